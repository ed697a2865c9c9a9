import { siteConfigSchema, type SiteConfig } from './schemas/site-config.ts';
import { SITE_CONFIG_FILE } from './sources.ts';
import { readContentFile } from './validation/content-file.ts';
import { formatProblem, type Problem } from './validation/problem.ts';
import { schemaProblems } from './validation/schema-problems.ts';
import { parseYamlSource } from './validation/yaml-source.ts';

/** Reads and checks site.config.yaml, returning the problems pinned to its lines. */
export function loadSiteConfig(root: string): {
  config: SiteConfig | undefined;
  problems: Problem[];
} {
  const read = readContentFile(root, SITE_CONFIG_FILE, 'the site configuration file itself');
  if (!('text' in read)) {
    const problem: Problem = {
      severity: 'error',
      file: SITE_CONFIG_FILE,
      line: 'refused' in read ? read.line : 1,
      column: 'refused' in read ? read.column : 1,
      field: '',
      message:
        'refused' in read
          ? read.refused
          : 'is missing (expected the site configuration file at the top of the project)',
    };
    return { config: undefined, problems: [problem] };
  }
  const { source, partial, problems } = parseYamlSource(SITE_CONFIG_FILE, read.text);
  if (partial) {
    // Syntax errors, and what else is wrong in the settings they leave readable, in one run.
    const checked = siteConfigSchema.safeParse(partial.data ?? {});
    const more = checked.success
      ? []
      : schemaProblems(partial, siteConfigSchema, checked.error.issues);
    return { config: undefined, problems: [...problems, ...more] };
  }
  if (!source) return { config: undefined, problems };
  const result = siteConfigSchema.safeParse(source.data ?? {});
  if (result.success) return { config: result.data, problems: [] };
  return {
    config: undefined,
    problems: schemaProblems(source, siteConfigSchema, result.error.issues),
  };
}

/** The site configuration, or an error that lists every problem with its line. */
export function readSiteConfig(root: string): SiteConfig {
  const { config, problems } = loadSiteConfig(root);
  if (!config) {
    throw new Error(
      `${SITE_CONFIG_FILE} is not valid, so the site was not built:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return config;
}
