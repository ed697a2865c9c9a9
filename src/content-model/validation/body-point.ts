/** A place in a content file: line and column, from 1. */
export interface Point {
  line: number;
  column: number;
}

/** `offset` characters into `value`, which starts at `start` in the file. */
export function pointIn(value: string, start: Point, offset: number): Point {
  const before = value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const last = before.at(-1) ?? '';
  return { line, column: before.length === 1 ? start.column + last.length : last.length + 1 };
}

/**
 * The text of a Markdown or MDX file with its frontmatter (up to `frontmatterEnd`) made blank, as
 * @astrojs/mdx does, so that positions in the body are the file's own.
 */
export function blankFrontmatter(text: string, frontmatterEnd: number): string {
  return `${text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ')}${text.slice(frontmatterEnd)}`;
}
