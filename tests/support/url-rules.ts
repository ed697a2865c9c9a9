/**
 * Where an internal URL is put together outside src/shared/urls.ts, the one module that builds
 * them. Four signs, read from the parsed source (comments never count):
 * - a trailing-slash regular expression: one that makes sure of a trailing slash, such as /\/?$/,
 *   anywhere; one that finds it, /\/$/, in rendering code. The rule is asFolder() in urls.ts;
 * - a text that starts with a path of the site, such as '/directory/', 'guides/' or
 *   'favicon.svg', in code or in a markup attribute, and any markup link starting with "/";
 * - in rendering code (pages, components, layouts, src/site, src/browser, src/shared), a template
 *   that joins a path, a fragment or a query, `${base}guides/${id}/`, `#${id}`, `?goal=${id}`, or
 *   that only puts values side by side, as `${base}${path}` does;
 * - `new URL(path, base)`, which makes an absolute URL.
 */
import { isSitePath } from '../../src/shared/links.ts';
import type { SourceFacts } from './source-facts.ts';

export const URL_MODULE = 'src/shared/urls.ts';

/** The first folder of every page of the site, and the files it serves at its root. */
const SITE_PATHS = [
  'directory',
  'departments',
  'topics',
  'goals',
  'locations',
  'guides',
  'workshops',
  'groups',
  'search',
  'pagefind',
];
const SITE_FILES = ['favicon.svg', 'theme.css', 'sitemap-index.xml', 'calendar.ics', 'pagefind.js'];

const SITE_PATH = new RegExp(
  `^(/(${SITE_PATHS.join('|')})(/|\\?|#|$)|(${SITE_PATHS.join('|')})(/|\\?|#))`,
);
const SITE_FILE = new RegExp(`(^|/)(${SITE_FILES.map((f) => f.replace('.', '\\.')).join('|')})$`);
const ENSURES_TRAILING_SLASH = /\\\/[?*+]\$/;
const FINDS_TRAILING_SLASH = /\\\/\$/;
/** A path, fragment or query next to a substitution: "guides/${id}", "${id}/", "#${id}", "?goal=${id}". */
const JOINED = /^\/|\/$|#$|[?&][a-z]+=$|\.ics$/;
/** mailto:, https: and the like: another site's address or another application. */
const EXTERNAL = /^[a-z][a-z+.-]*:/;

const RENDERING = [
  'src/pages/',
  'src/components/',
  'src/layouts/',
  'src/site/',
  'src/browser/',
  'src/shared/',
];

/** "src/site/x.ts:4 builds a URL: ..." for each place, none in the URL module itself. */
export function urlProblems(file: string, facts: SourceFacts): string[] {
  if (file === URL_MODULE) return [];
  const rendering = RENDERING.some((folder) => file.startsWith(folder));
  const problems: string[] = [];
  const report = (line: number, what: string) =>
    problems.push(`${file}:${line} builds a URL outside ${URL_MODULE}: ${what}`);
  for (const literal of facts.literals) {
    const shown = JSON.stringify(literal.text);
    if (literal.kind === 'regex') {
      if (
        ENSURES_TRAILING_SLASH.test(literal.text) ||
        (rendering && FINDS_TRAILING_SLASH.test(literal.text))
      )
        report(literal.line, `${literal.text} is the trailing-slash rule (use asFolder)`);
      continue;
    }
    if (SITE_PATH.test(literal.text) || SITE_FILE.test(literal.text.split('?')[0] ?? ''))
      report(literal.line, `${shown} is a path of the site`);
    else if (literal.kind === 'attribute' && isSitePath(literal.text))
      report(literal.line, `${literal.attribute}=${shown} ignores the base path`);
    else if (
      rendering &&
      !EXTERNAL.test(literal.text) &&
      literal.parts?.some((part) => JOINED.test(part))
    )
      report(literal.line, `the template ${shown} joins a path, fragment or query`);
    else if (rendering && literal.parts?.every((part) => part === ''))
      report(literal.line, `the template ${shown} puts values side by side, as paths are joined`);
  }
  for (const line of facts.urlJoins) report(line, 'new URL(path, base) makes an absolute URL');
  return problems;
}
