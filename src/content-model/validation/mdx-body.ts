/**
 * Reads the body of a guide with the MDX parser the build uses (Sätteri, Astro's default Markdown
 * processor), so a "<" or "{" that MDX takes for code is reported by npm run validate, in words an
 * editor can act on, instead of stopping the build.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { mdxComponentProblems } from './mdx-components.ts';
import type { Problem } from './problem.ts';

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
 * What stops MDX from compiling or rendering the body of `file` (relative to `root`): a syntax
 * error, or a component that is not imported. `frontmatterEnd` is where the body starts.
 */
export function mdxBodyProblems(
  root: string,
  file: string,
  text: string,
  frontmatterEnd: number,
): Problem[] {
  // As @astrojs/mdx does: the frontmatter becomes blank lines, so positions are the file's own.
  const body = `${text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ')}${text.slice(frontmatterEnd)}`;
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
    return [
      {
        severity: 'error',
        file,
        line: match ? Number(match[1]) : 1,
        column: match ? Number(match[2]) : 1,
        field: '',
        message: explain(match?.[3] ?? message),
      },
    ];
  }
  return mdxComponentProblems(root, file, tree);
}
