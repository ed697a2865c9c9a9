/**
 * Which imports cross runtimes the wrong way. The folders say where code runs:
 * - src/browser/ and every <script> of an .astro file run in the browser: they may import
 *   src/browser/, src/shared/, src/content-model/vocabularies.ts and pure libraries, nothing else;
 * - src/shared/ runs anywhere: it may import src/shared/, vocabularies.ts and pure libraries;
 * - src/content-model/ runs in Node, also outside Astro (validate, tools): it never imports site
 *   rendering (src/site/, components, layouts, pages, integrations), browser code or astro:*;
 * - build code (src/site/, src/integrations/, frontmatter) and tools/ never import browser code,
 *   and nothing in src/ imports tools/ or tests/.
 * The schemas own the shape of content, so browser and shared code may `import type` from
 * src/content-model/: a type-only import is erased before the code runs.
 */
import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import type { FoundImport } from './source-facts.ts';

/** Libraries that need neither Node nor a build, so browser code may use them. */
// ics writes calendar text only; the validator checks sessions with it, in src/shared/calendar.ts.
export const PURE_LIBRARIES = ['luxon', 'ics', 'fastest-levenshtein'];

const VOCABULARIES = 'src/content-model/vocabularies.ts';
const SITE_RENDERING = [
  'src/site/',
  'src/components/',
  'src/layouts/',
  'src/pages/',
  'src/integrations/',
];

type Target =
  | { kind: 'node'; name: string }
  | { kind: 'astro'; name: string }
  | { kind: 'package'; name: string }
  | { kind: 'file'; path: string };

function targetOf(file: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/'))
    return { kind: 'file', path: posix.normalize(posix.join(posix.dirname(file), specifier)) };
  if (specifier.startsWith('astro:')) return { kind: 'astro', name: specifier };
  if (isBuiltin(specifier)) return { kind: 'node', name: specifier };
  const [first = '', second = ''] = specifier.split('/');
  return { kind: 'package', name: first.startsWith('@') ? `${first}/${second}` : first };
}

const under = (path: string, folders: readonly string[]) =>
  folders.some((folder) => path === folder || path.startsWith(folder));

/** Why the import breaks a rule, or undefined when it keeps them. */
function problem(file: string, found: FoundImport, target: Target): string | undefined {
  const browser = found.inBrowserScript || file.startsWith('src/browser/');
  const shared = !found.inBrowserScript && file.startsWith('src/shared/');
  if (browser || shared) {
    const where = browser ? 'browser code' : 'shared code, which also runs in the browser,';
    if (target.kind === 'node' || target.kind === 'astro')
      return `${where} cannot use ${target.kind === 'node' ? 'Node' : 'Astro'} modules`;
    if (target.kind === 'package')
      return PURE_LIBRARIES.includes(target.name)
        ? undefined
        : `${where} may use only pure libraries (${PURE_LIBRARIES.join(', ')})`;
    const allowed = browser
      ? ['src/browser/', 'src/shared/', VOCABULARIES]
      : ['src/shared/', VOCABULARIES];
    if (under(target.path, allowed)) return undefined;
    if (found.typeOnly && target.path.startsWith('src/content-model/')) return undefined;
    return `${where} may import only ${allowed.join(', ')}${target.path.startsWith('src/content-model/') ? ' (or `import type` from src/content-model/)' : ''}`;
  }
  if (file.startsWith('src/content-model/')) {
    if (target.kind === 'astro')
      return 'the content model runs outside Astro too (validate, tools): no astro:* modules';
    if (target.kind === 'file' && under(target.path, [...SITE_RENDERING, 'src/browser/']))
      return 'the content model never depends on site rendering or browser code';
  }
  if (target.kind === 'file' && target.path.startsWith('src/browser/'))
    return 'browser code runs in the browser only: import it from a <script>';
  if (file.startsWith('src/') && target.kind === 'file' && under(target.path, ['tools/', 'tests/']))
    return 'the site never depends on tools or tests';
  return undefined;
}

/** "src/shared/x.ts:3 imports node:fs: shared code, which also runs in the browser, cannot use Node modules" */
export function importProblems(file: string, imports: readonly FoundImport[]): string[] {
  return imports.flatMap((found) => {
    const why = problem(file, found, targetOf(file, found.specifier));
    return why ? [`${file}:${found.line} imports ${found.specifier}: ${why}`] : [];
  });
}
