/**
 * Fills %institution% and %institution-short% in the words of every Markdown and MDX body (a
 * workshop's description, a guide) with site.config.yaml's names, as the page is compiled. Only
 * text is changed, never a link's address or a component, and a name with Markdown's special
 * characters stays text. The validator has refused misspelt placeholders before this runs.
 */
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { fillNames, type InstitutionNames } from '../shared/institution-names.ts';

/** Where a text that starts its parent starts a sentence: a paragraph, heading or table cell. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

type Target = Parameters<MdastVisitorContext['indexOf']>[0];

/** Whether `node` is the first words of its paragraph, heading or cell (list items hold paragraphs). */
function startsBlock(node: Target, context: MdastVisitorContext): boolean {
  let current = node;
  for (;;) {
    if (context.indexOf(current) !== 0) return false;
    const parent = context.parent(current);
    if (parent === undefined || BLOCKS.has(parent.type)) return true;
    current = parent;
  }
}

export function institutionNamesInBodies(names: InstitutionNames): MdastPluginEntry {
  return defineMdastPlugin({
    name: 'networking-hub:institution-names',
    text(node, context) {
      if (!node.value.includes('%')) return;
      const filled = fillNames(node.value, names, { startsBlock: startsBlock(node, context) });
      if (filled !== node.value) context.setProperty(node, 'value', filled);
    },
  });
}
