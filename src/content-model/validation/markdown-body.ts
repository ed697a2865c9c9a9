/**
 * Reads the body of a workshop (Markdown) with the parser the build renders it with (Sätteri), as
 * Markdown, not MDX: braces and import lines are text there. It holds the body to what pages show
 * (body-constructs.ts): raw HTML, pictures and links that leave the site unsafely are refused.
 */
import { markdownToMdast } from 'satteri';
import { checkBodyTree } from './body-constructs.ts';
import { blankFrontmatter } from './body-point.ts';
import { bodyResult, type BodyResult } from './body-result.ts';

/** What a Markdown body may not contain, and its links into the site. */
export function markdownBodyCheck(file: string, text: string, frontmatterEnd: number): BodyResult {
  const tree = markdownToMdast(blankFrontmatter(text, frontmatterEnd), { features: { gfm: true } });
  return bodyResult(file, checkBodyTree(tree));
}
