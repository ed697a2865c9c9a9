/**
 * What the source-layout tests need to know about a file, read with real parsers: TypeScript's for
 * .ts and .mjs files, Astro's own compiler for .astro files (frontmatter, markup and <script>s).
 * Comments are never mistaken for code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface FoundImport {
  specifier: string;
  /** `import type` and `export type`, which are erased before the code runs. */
  typeOnly: boolean;
  /** In a <script> of an .astro file: code that runs in the browser. */
  inBrowserScript: boolean;
  line: number;
}

export interface FoundLiteral {
  /** A template's text has `${}` where each substitution goes. */
  kind: 'string' | 'template' | 'regex' | 'attribute';
  text: string;
  line: number;
  /** For an attribute of the markup: its name, such as href. */
  attribute?: string;
  /** Templates with substitutions: the text between them. */
  parts?: string[];
}

export interface SourceFacts {
  imports: FoundImport[];
  literals: FoundLiteral[];
  /** Lines of `new URL(path, base)`, which puts an absolute URL together. */
  urlJoins: number[];
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Facts of TypeScript or JavaScript code that starts at `firstLine` of its file. */
function codeFacts(
  code: string,
  firstLine: number,
  inBrowserScript: boolean,
  kind = ts.ScriptKind.TS,
): SourceFacts {
  const source = ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, true, kind);
  const facts: SourceFacts = { imports: [], literals: [], urlJoins: [] };
  const line = (node: ts.Node) =>
    firstLine + source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const addImport = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier))
      facts.imports.push({
        specifier: specifier.text,
        typeOnly,
        inBrowserScript,
        line: line(specifier),
      });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      addImport(
        node.moduleSpecifier,
        node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword,
      );
      return;
    }
    if (ts.isExportDeclaration(node)) {
      addImport(node.moduleSpecifier, node.isTypeOnly);
      return;
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      addImport(node.argument.literal, true);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      addImport(node.arguments[0], false);
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      (node.arguments?.length ?? 0) >= 2
    )
      facts.urlJoins.push(line(node));
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      facts.literals.push({
        kind: ts.isStringLiteral(node) ? 'string' : 'template',
        text: node.text,
        line: line(node),
      });
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      facts.literals.push({ kind: 'template', text: parts.join('${}'), parts, line: line(node) });
    }
    if (ts.isRegularExpressionLiteral(node))
      facts.literals.push({ kind: 'regex', text: node.text, line: line(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

interface AstroNode {
  type?: string;
  start?: number;
  end?: number;
  [key: string]: unknown;
}

/** Facts of an .astro file: its frontmatter and <script>s as code, and its markup's expressions and attributes. */
function astroFacts(text: string, file: string): SourceFacts {
  const { ast, diagnostics } = parseAstro(text);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new Error(`${file} could not be parsed: ${errors[0]!.text}`);
  const facts: SourceFacts = { imports: [], literals: [], urlJoins: [] };
  const addCode = (program: AstroNode, inBrowserScript: boolean) => {
    const code = text.slice(program.start, program.end);
    const found = codeFacts(code, lineAt(text, program.start ?? 0), inBrowserScript);
    facts.imports.push(...found.imports);
    facts.literals.push(...found.literals);
    facts.urlJoins.push(...found.urlJoins);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as AstroNode;
    if (n.type === 'AstroFrontmatter' || n.type === 'AstroScript') {
      addCode(n['program'] as AstroNode, n.type === 'AstroScript');
      return;
    }
    // Expressions in the markup are TypeScript too: read them with the same parser.
    if (n.type === 'JSXExpressionContainer') {
      const expression = n['expression'] as AstroNode;
      if (expression.type !== 'JSXEmptyExpression') {
        const code = `(${text.slice(expression.start, expression.end)})`;
        const line = lineAt(text, expression.start ?? 0);
        const found = codeFacts(code, line, false, ts.ScriptKind.TSX);
        facts.literals.push(...found.literals);
        facts.urlJoins.push(...found.urlJoins);
      }
      return;
    }
    if (n.type === 'JSXAttribute') {
      const value = n['value'] as AstroNode | null;
      const name = (n['name'] as { name?: unknown }).name;
      if (value?.type === 'Literal' && typeof value['value'] === 'string')
        facts.literals.push({
          kind: 'attribute',
          attribute: String(name),
          text: value['value'],
          line: lineAt(text, value.start ?? 0),
        });
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'type') walk(child);
  };
  walk(ast);
  return facts;
}

export function sourceFacts(file: string, text: string): SourceFacts {
  return file.endsWith('.astro') ? astroFacts(text, file) : codeFacts(text, 1, false);
}

/** Every .ts, .mjs and .astro file under the folders, as project paths with forward slashes. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) =>
      folder.includes('.')
        ? [folder]
        : readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map(
            (file) => `${folder}/${file.replaceAll('\\', '/')}`,
          ),
    )
    .filter((file) => /\.(ts|mjs|astro)$/.test(file))
    .sort();
}

export function readSource(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
