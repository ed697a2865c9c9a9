/**
 * MDX files are compiled from their own text, and @astrojs/mdx would parse their frontmatter again
 * with another YAML parser (js-yaml), which reads some values differently or refuses them. This
 * plugin runs first and puts the validated data in place of the frontmatter, written as JSON,
 * which every YAML parser reads the same way. Line numbers in the body do not change.
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { validatedContent } from '../content-model/validation/validated-content.ts';
import { splitFrontmatter, withoutByteOrderMark } from '../content-model/validation/yaml-source.ts';

/** `text` with its frontmatter replaced by `data` as one line of JSON, padded to the same lines. */
export function withValidatedFrontmatter(text: string, data: unknown): string | undefined {
  const source = withoutByteOrderMark(text);
  const frontmatter = splitFrontmatter(source);
  if (!frontmatter?.yaml) return undefined;
  const start = source.indexOf('\n') + 1;
  const lines = frontmatter.yaml.split('\n').length;
  return `${source.slice(0, start)}${JSON.stringify(data)}${'\n'.repeat(lines - 1)}${source.slice(start + frontmatter.yaml.length)}`;
}

export function validatedMdxFrontmatter(root: string): Plugin {
  return {
    name: 'networking-hub:validated-mdx-frontmatter',
    // Before @astrojs/mdx, which is also a "pre" plugin but comes from a later integration.
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const file = relative(root, id).split(sep).join('/');
        const { entries } = validatedContent(root, { changed: id }).content;
        const entry = Object.values(entries)
          .flat()
          .find((candidate) => candidate.file === file);
        const replaced = entry && withValidatedFrontmatter(code, entry.data);
        return replaced === undefined ? undefined : { code: replaced, map: null };
      },
    },
  };
}
