/**
 * The second guard on guides: a Sätteri plugin that runs inside the MDX compilation itself, on the
 * very tree that becomes the page's code, and stops the build on anything a guide may not hold
 * (src/content-model/validation/body-constructs.ts): imports other than content components,
 * exports, expressions, HTML elements, attributes that are code, and a `layout` in the
 * frontmatter, which MDX would import. validate refuses the same things first; this guard holds
 * even when a guide reaches the compiler some other way, so a guide importing node:fs cannot run.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { checkBodyTree } from '../content-model/validation/body-constructs.ts';

/** Why the guard stopped: one line per refused construct, as validate writes them. */
export class RefusedGuideError extends Error {
  override name = 'RefusedGuideError';
}

function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> {
  const astro = data['astro'];
  if (typeof astro !== 'object' || astro === null) return {};
  const frontmatter = (astro as Record<string, unknown>)['frontmatter'];
  return typeof frontmatter === 'object' && frontmatter !== null
    ? (frontmatter as Record<string, unknown>)
    : {};
}

/** The guard for the MDX files of the project in `root`; Markdown compilations are left alone. */
export function mdxBodyGuard(root: string): MdastPluginEntry {
  return (compilation) =>
    compilation.sourceFormat === 'mdx' &&
    defineMdastPlugin({
      name: 'networking-hub:mdx-body-guard',
      options: { position: true },
      before(tree, context) {
        const path = context.fileURL ? fileURLToPath(context.fileURL) : root;
        const file = relative(root, path).split(sep).join('/');
        const lines = checkBodyTree(tree, { root, file }).findings.map(
          ({ line, column, message }) => `${file}:${line}:${column} ${message}`,
        );
        if ('layout' in frontmatterOf(context.data))
          lines.unshift(
            `${file}:1:1 layout: names code for MDX to import (expected no layout field: the site lays out every guide)`,
          );
        if (lines.length > 0)
          throw new RefusedGuideError(
            `The guide ${file} was not compiled: it holds what guides may not.\n${lines.join('\n')}`,
          );
      },
    });
}
