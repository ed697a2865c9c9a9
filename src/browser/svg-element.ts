/** Builds an SvgNode tree into the page's DOM; text goes in as text, never as markup. */
import type { SvgNode } from '../shared/svg-tree.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.name);
  for (const [name, value] of Object.entries(node.attributes))
    element.setAttribute(name, String(value));
  for (const child of node.children)
    element.append(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return element;
}
