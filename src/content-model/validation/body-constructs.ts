/**
 * The one list of what a Markdown or MDX body may contain, checked on the tree the parser gives:
 * headings, paragraphs, lists, links, emphasis, block quotes, tables, line breaks, rules and code,
 * and in MDX the site's own content components. Everything else is a finding with what to write
 * instead. npm run validate and the build's MDX guard (src/integrations/mdx-body-guard.ts) both
 * use it.
 *
 * Code spans and code blocks stay: the renderer escapes their text, and with syntax highlighting
 * off (astro.config.mjs) they carry no inline styles, so they show text and run nothing.
 */
import type { MdastNode } from 'satteri';
import { classifyLink } from './body-links.ts';
import { pointIn, type Point } from './body-point.ts';
import { esmFindings, elementFinding, expressionFinding, type MdxFile } from './mdx-components.ts';
import { describeHtml } from './raw-html.ts';
import { placeholdersIn } from '../../shared/institution-names.ts';
import { unknownPlaceholderMessage } from './placeholders.ts';

/** A refused construct, where it starts in the file. */
export interface BodyFinding extends Point {
  message: string;
  /** "body" for a problem in the words themselves, such as a misspelt placeholder. */
  field?: string;
}

/** A link to a page of this site, to check against the pages the site builds. */
export interface InternalLink extends Point {
  path: string;
}

export interface BodyCheck {
  findings: BodyFinding[];
  internalLinks: InternalLink[];
}

/** The kinds of Markdown node a body may contain; their children are checked in turn. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'list',
  'listItem',
  'link',
  'linkReference',
  'definition',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'break',
  'thematicBreak',
  'inlineCode',
  'code',
]);

const WHAT_BODIES_HOLD =
  'headings, paragraphs, lists, links, **bold**, *italic*, block quotes and tables';

type Node = MdastNode & { position?: { start: Point } };

function childrenOf(node: Node): Node[] {
  return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : [];
}

/** A string property of a node, or "" when it has none. */
function textOf(node: Node, key: string): string {
  const value = (node as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** The message for a node that is not in the allowed set. */
function refusal(node: Node): string {
  if (node.type === 'image' || node.type === 'imageReference')
    return `has a picture, and pages show no pictures from bodies (expected a link to it instead: [${textOf(node, 'alt') || 'The picture'}](https://...))`;
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition')
    return `has a footnote, [^${textOf(node, 'label')}] (expected the note written out as a sentence where it belongs)`;
  return `uses Markdown that pages do not show (${node.type}) (expected ${WHAT_BODIES_HOLD})`;
}

/**
 * What in `tree` a body may not contain, and its links into the site. `mdx` is the guide's file
 * for MDX bodies, whose imports and components are checked; undefined for Markdown.
 */
export function checkBodyTree(tree: MdastNode, mdx?: MdxFile): BodyCheck {
  const findings: BodyFinding[] = [];
  const internalLinks: InternalLink[] = [];
  const imported = new Set<string>();
  const nodes: Node[] = [];
  const collect = (node: Node) => {
    nodes.push(node);
    childrenOf(node).forEach(collect);
  };
  collect(tree as Node);

  // Imports first: a component may be used above the line that imports it.
  for (const node of nodes) {
    if (node.type !== 'mdxjsEsm' || !mdx) continue;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const esm = esmFindings(mdx, textOf(node, 'value'), start);
    esm.names.forEach((name) => imported.add(name));
    findings.push(...esm.findings);
  }

  /** The message for `node` if it is refused; then its children are not looked at. */
  const refused = (node: Node): string | undefined => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      return mdx ? elementFinding(mdx, node, imported) : refusal(node);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      return mdx ? expressionFinding(textOf(node, 'value')) : refusal(node);
    if (!ALLOWED.has(node.type)) return refusal(node);
    if (node.type === 'listItem' && typeof (node as { checked?: unknown }).checked === 'boolean')
      return 'has a task list checkbox, "[ ]" (expected a plain list item: "- " then the text)';
    return undefined;
  };

  const visit = (node: Node) => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'mdxjsEsm' && mdx) return;
    if (node.type === 'html') {
      const value = textOf(node, 'value');
      const construct = describeHtml(value);
      if (construct)
        findings.push({ ...pointIn(value, at, construct.offset), message: construct.message });
      return;
    }
    const message = refused(node);
    if (message) {
      findings.push({ ...at, message });
      return;
    }
    if (node.type === 'text') {
      const value = textOf(node, 'value');
      for (const { offset, placeholder, known } of placeholdersIn(value))
        if (!known)
          findings.push({
            ...pointIn(value, at, offset),
            field: 'body',
            message: unknownPlaceholderMessage(placeholder),
          });
    }
    if (node.type === 'link' || node.type === 'definition') {
      const verdict = classifyLink(textOf(node, 'url'));
      if (verdict.kind === 'refused') findings.push({ ...at, message: verdict.message });
      if (verdict.kind === 'internal')
        internalLinks.push({ line: at.line, column: at.column, path: verdict.path });
    }
    childrenOf(node).forEach(visit);
  };
  visit(tree as Node);
  return { findings, internalLinks };
}
