/**
 * What MDX adds to Markdown, held to what a guide needs: components from the one folder of content
 * components, each imported with one line `import Name from '.../src/components/content/Name.astro';`.
 * Any other import, any export or other code, expressions in braces, HTML elements and attributes
 * that are code are refused: MDX runs all of them when the site is built, or in the reader's
 * browser. The folder is code, reviewed by developers (.github/CODEOWNERS).
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { MdastNode } from 'satteri';
import type { BodyFinding } from './body-constructs.ts';
import { pointIn, type Point } from './body-point.ts';
import { describeTag } from './raw-html.ts';
import { didYouMean } from './suggest.ts';

/** The one folder guides may import from: the site's content components. */
export const CONTENT_COMPONENTS_DIR = 'src/components/content';

/** A guide being checked: the project folder and the guide's path in it. */
export interface MdxFile {
  root: string;
  file: string;
}

/** The only line of ESM a guide may have. */
const IMPORT_LINE = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])([A-Za-z0-9_./-]+)\2\s*;?$/;

/** The names components are known by in the folder, without ".astro". */
function contentComponents(root: string): string[] {
  const folder = join(root, CONTENT_COMPONENTS_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.astro'))
    .map((name) => name.slice(0, -'.astro'.length))
    .sort();
}

/** The import line for component `name`, written from the guide's folder. */
export function importLineFor({ file }: MdxFile, name: string): string {
  const path = posix.relative(posix.dirname(file), `${CONTENT_COMPONENTS_DIR}/${name}.astro`);
  return `import ${name} from '${path}';`;
}

/** An import line to show as an example: the question bank's, which every site has to begin with. */
const example = (mdx: MdxFile) => {
  const components = contentComponents(mdx.root);
  return importLineFor(
    mdx,
    components.includes('QuestionBank') ? 'QuestionBank' : (components[0] ?? 'QuestionBank'),
  );
};

/** The start of `text`, to quote in a message. */
const quote = (text: string, length = 60) =>
  `"${text.length > length ? `${text.slice(0, length)}...` : text}"`;

/** Why `specifier`, imported by the guide, is not a content component; undefined if it is one. */
function importTargetProblem(mdx: MdxFile, specifier: string): string | undefined {
  const allowed = `(expected only the site's content components from ${CONTENT_COMPONENTS_DIR}/, such as ${example(mdx)})`;
  if (!specifier.startsWith('./') && !specifier.startsWith('../'))
    return `imports "${specifier}", code that would run when the site is built ${allowed}`;
  const folder = join(mdx.root, CONTENT_COMPONENTS_DIR);
  const target = resolve(dirname(join(mdx.root, mdx.file)), specifier);
  const inFolder = relative(folder, target);
  if (inFolder.startsWith('..') || inFolder.includes(sep) || !inFolder.endsWith('.astro'))
    return `imports "${specifier}", which is not in ${CONTENT_COMPONENTS_DIR}/ ${allowed}`;
  if (existsSync(target) && lstatSync(target).isFile()) return undefined;
  const known = contentComponents(mdx.root).map((name) => `${name}.astro`);
  return `imports "${specifier}", a file that does not exist${didYouMean(posix.basename(specifier), known)} (expected the path of a component in ${CONTENT_COMPONENTS_DIR}/, written as in the other guides)`;
}

/** The names a line of ESM would define, so that using them is not also reported. */
function namesIn(line: string): string[] {
  const clause = /^import\s+(.*?)\s+from\b/.exec(line)?.[1] ?? '';
  return clause
    .split(/[\s,{}*]+/)
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'as');
}

/** The import and export lines of an ESM block that starts at `start` in the file. */
export function esmFindings(
  mdx: MdxFile,
  value: string,
  start: Point,
): { findings: BodyFinding[]; names: string[] } {
  const findings: BodyFinding[] = [];
  const names: string[] = [];
  let offset = 0;
  let previousFine = true;
  for (const line of value.split('\n')) {
    const at = pointIn(value, start, offset + (line.length - line.trimStart().length));
    offset += line.length + 1;
    const text = line.trim();
    if (!text) continue;
    const match = IMPORT_LINE.exec(text);
    names.push(...namesIn(text));
    let message: string | undefined;
    if (match) {
      message = importTargetProblem(mdx, match[3] ?? '');
      if (message) {
        const column = at.column + text.indexOf(match[3] ?? '');
        findings.push({ line: at.line, column, message });
        previousFine = false;
        continue;
      }
    } else if (text.startsWith('export')) {
      message = `exports code, ${quote(text)}, which would run when the site is built (expected no export lines: a guide is text and content components)`;
    } else if (text.startsWith('import')) {
      const quoted = /(['"])([^'"]*)\1/.exec(text);
      const target = quoted?.[2] === undefined ? undefined : importTargetProblem(mdx, quoted[2]);
      if (quoted && target) {
        findings.push({ line: at.line, column: at.column + quoted.index + 1, message: target });
        previousFine = false;
        continue;
      }
      message = `imports in a way guides cannot, ${quote(text, 60)} (expected one component a line, such as ${example(mdx)})`;
    } else if (previousFine) {
      message = `has code, ${quote(text)}, which would run when the site is built (expected text; only import lines of content components may stand on their own)`;
    }
    previousFine = message === undefined;
    if (message) findings.push({ ...at, message });
  }
  return { findings, names };
}

/** An expression in braces: code MDX runs when the site is built. */
export function expressionFinding(value: string): string {
  const code = value.trim();
  if (code.startsWith('/*') && code.endsWith('*/'))
    return 'has an MDX comment, {/* ... */}, which is code (expected text only: delete it; notes for other editors belong in the pull request)';
  const shown = code.length > 30 ? `${code.slice(0, 30)}...` : code;
  return `has {${shown}}, code that MDX would run when the site is built (expected text: write \\{ and \\} for the braces themselves)`;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Why a JSX element may not stand in a guide; undefined for an imported content component. */
export function elementFinding(
  mdx: MdxFile,
  node: MdastNode,
  imported: ReadonlySet<string>,
): string | undefined {
  const { name, attributes = [] } = node as { name?: string | null; attributes?: JsxAttribute[] };
  if (!name)
    return 'has a fragment, <>, which is code (expected text, and content components such as <QuestionBank />)';
  const attributeNames = attributes.map((attribute) => attribute.name ?? '');
  const components = contentComponents(mdx.root);
  if (/^[a-z][\w-]*$/.test(name)) return describeTag(name, attributeNames);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    return `uses <${name}>, which is not one of the site's content components (expected a component from ${CONTENT_COMPONENTS_DIR}/: ${components.join(', ')})`;
  if (!imported.has(name)) {
    if (!components.includes(name))
      return `uses <${name} />, which is not one of the site's content components${didYouMean(name, components)} (expected a component from ${CONTENT_COMPONENTS_DIR}/: ${components.join(', ')})`;
    return `uses <${name} />, which is not imported (expected a line such as ${importLineFor(mdx, name)} below the frontmatter)`;
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute')
      return `gives <${name}> code in braces, {${String(attribute.value)}}, which would run when the site is built (expected attributes written as name="text")`;
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName))
      return `has an event attribute (${attributeName}) on <${name}>, code that would run in the reader's browser (expected the component without it, such as <${name} />)`;
    if (attribute.value !== null && typeof attribute.value === 'object')
      return `gives <${name}> code in braces for ${attributeName}, which would run when the site is built (expected text in quotes: ${attributeName}="...")`;
  }
  return undefined;
}
