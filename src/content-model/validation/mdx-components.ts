/**
 * The components a guide uses must be imported, from files that exist: otherwise the build stops
 * half-way, on an import it cannot resolve or a page it cannot render.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { MdastNode } from 'satteri';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

interface Point {
  line: number;
  column: number;
}

/** Extensions Vite tries for an import written without one. */
const EXTENSIONS = ['', '.ts', '.js', '.mjs', '.tsx', '.jsx', '.astro', '.mdx'];

const IMPORT = /import\s+([\s\S]*?)\s+from\s+(['"])([^'"]+)\2/g;
const EXPORT = /export\s+(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)/g;

/** The names an import clause defines: `A`, `{ B, C as D }`, `* as E`. */
function importedNames(clause: string): string[] {
  const names: string[] = [];
  const named = /\{([^}]*)\}/.exec(clause);
  for (const part of named?.[1]?.split(',') ?? []) {
    const name = part
      .trim()
      .split(/\s+as\s+/)
      .at(-1);
    if (name) names.push(name);
  }
  const rest = clause.replace(/\{[^}]*\}/, '');
  for (const part of rest.split(',')) {
    const name = part.trim().replace(/^\*\s+as\s+/, '');
    if (/^[A-Za-z_$][\w$]*$/.test(name)) names.push(name);
  }
  return names;
}

function pointIn(value: string, start: Point, offset: number): Point {
  const before = value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const last = before.at(-1) ?? '';
  return { line, column: before.length === 1 ? start.column + last.length : last.length + 1 };
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function nodes(tree: MdastNode): MdastNode[] {
  const children = 'children' in tree ? (tree.children as MdastNode[]) : [];
  return [tree, ...children.flatMap(nodes)];
}

/** Imports of missing files, and components used without an import. */
export function mdxComponentProblems(root: string, file: string, tree: MdastNode): Problem[] {
  const problems: Problem[] = [];
  const report = (at: Point, message: string) =>
    problems.push({ severity: 'error', file, ...at, field: '', message });
  const folder = dirname(join(root, file));
  const defined = new Set<string>();
  const all = nodes(tree);

  for (const node of all) {
    if (node.type !== 'mdxjsEsm' || !node.position) continue;
    const { value } = node as { value: string };
    for (const match of value.matchAll(EXPORT)) if (match[1]) defined.add(match[1]);
    for (const match of value.matchAll(IMPORT)) {
      for (const name of importedNames(match[1] ?? '')) defined.add(name);
      const path = match[3] ?? '';
      if (!path.startsWith('./') && !path.startsWith('../')) continue;
      if (EXTENSIONS.some((extension) => isFile(join(folder, `${path}${extension}`)))) continue;
      const target = join(folder, dirname(path));
      const nearby = existsSync(target) ? readdirSync(target) : [];
      report(
        pointIn(value, node.position.start, match.index + match[0].indexOf(path)),
        `imports "${path}", a file that does not exist${didYouMean(posix.basename(path), nearby)} (expected the path of a component from src/components/, written as in the other guides)`,
      );
    }
  }

  for (const node of all) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = (node as { name?: string | null }).name ?? '';
    const component = name.split('.')[0] ?? '';
    if (!/^[A-Z]/.test(component) && !name.includes('.')) continue;
    if (defined.has(component) || !node.position) continue;
    const candidate = join(root, 'src', 'components', `${component}.astro`);
    const line = existsSync(candidate)
      ? `import ${component} from '${posix.relative(posix.dirname(file), `src/components/${component}.astro`)}';`
      : `import ${component} from '../../src/components/${component}.astro';`;
    report(
      node.position.start,
      `uses <${name} />, which is not imported (expected a line such as ${line} below the frontmatter)`,
    );
  }
  return problems;
}
