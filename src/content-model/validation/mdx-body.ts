/**
 * Reads the body of a guide with the MDX parser the build uses (Sätteri, Astro's default Markdown
 * processor), so a "<" or "{" that MDX takes for code is reported by npm run validate, in words an
 * editor can act on, instead of stopping the build.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { checkBodyTree } from './body-constructs.ts';
import { bodyResult, type BodyResult } from './body-result.ts';
import { blankFrontmatter } from './body-point.ts';

function explain(reason: string): string {
  if (reason.includes('after `<`'))
    return `has a "<" that MDX reads as the start of a tag (expected text: write "less than", or &lt; for the sign itself)`;
  if (reason.includes('brace') || reason.includes('expression'))
    return `has a "{" or "}" that MDX reads as code (expected text: write \\{ and \\} for the signs themselves)`;
  const tag = /closing tag for `(<[^`]+>)`/.exec(reason)?.[1];
  if (tag)
    return `has a tag ${tag} that is not closed (expected a closing ${tag.replace('<', '</')} after it, or a self-closing tag such as <QuestionBank />)`;
  return `cannot be read as MDX: ${reason} (expected text, with components written as in the other guides)`;
}

/**
 * What is wrong with the body of guide `file` (relative to `root`): a syntax error, or a construct
 * a guide may not hold (body-constructs.ts); and its links into the site, to check once every entry
 * is read. `frontmatterEnd` is where the body starts.
 */
export function mdxBodyCheck(
  root: string,
  file: string,
  text: string,
  frontmatterEnd: number,
): BodyResult {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(blankFrontmatter(text, frontmatterEnd), { features: { gfm: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
    const line = match ? Number(match[1]) : 1;
    const column = match ? Number(match[2]) : 1;
    return bodyResult(file, {
      findings: [{ line, column, message: explain(match?.[3] ?? message) }],
      internalLinks: [],
    });
  }
  return bodyResult(file, checkBodyTree(tree, { root, file }));
}
