/**
 * A small SVG tree: drawn once by pure code, written out as markup (the build, the exported file)
 * or built into the page's DOM (the browser), so both show the same picture.
 */
export interface SvgNode {
  name: string;
  attributes: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export function svg(
  name: string,
  attributes: Record<string, string | number> = {},
  ...children: (SvgNode | string)[]
): SvgNode {
  return { name, attributes, children };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** The tree as markup; every name and text is escaped, so a reader's entry cannot add markup. */
export function svgMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');
  return [
    '<',
    node.name,
    attributes,
    '>',
    ...node.children.map(svgMarkup),
    '</',
    node.name,
    '>',
  ].join('');
}
