/**
 * What an HTML tag in a body is, in words an editor knows, and what to write instead. Bodies take
 * no HTML at all: a tag can run code, send readers to another site or show a look-alike form, and
 * the Markdown for everything a page needs is short.
 */

/** A refused construct and the offset in the HTML where it starts. */
export interface HtmlConstruct {
  offset: number;
  message: string;
}

const FORM_TAGS = ['form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset'];
const EMBED_TAGS = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'video',
  'audio',
  'portal',
  'svg',
  'math',
];

const LINK_EXAMPLE = '[the words to click](https://...)';

/** The Markdown that does the job of an ordinary tag. */
const MARKDOWN_FOR: Record<string, string> = {
  a: `a Markdown link: ${LINK_EXAMPLE}`,
  b: '**bold** in Markdown',
  strong: '**bold** in Markdown',
  i: '*italic* in Markdown',
  em: '*italic* in Markdown',
  br: 'a line that ends with a backslash \\, or a blank line for a new paragraph',
  p: 'a blank line between paragraphs',
  div: 'a blank line between paragraphs',
  span: 'plain text',
  h1: '"## " and the heading at the start of a line',
  h2: '"## " and the heading at the start of a line',
  h3: '"### " and the heading at the start of a line',
  h4: '"#### " and the heading at the start of a line',
  ul: '"- " at the start of each item of a list',
  ol: '"1. " at the start of each item of a numbered list',
  li: '"- " at the start of each item of a list',
  blockquote: '"> " at the start of each line of the quotation',
  hr: 'a line with only "---" on it',
  table: 'a Markdown table: | Column | Column |, then | --- | --- |, then a line per row',
  code: 'the text in backticks: `like this`',
  pre: 'the text between two lines of three backticks ```',
  img: `a link to the picture: ${LINK_EXAMPLE} (pages show no pictures from bodies)`,
};

/** The message for a tag `name` with attributes named `attributes`; `offset` is where it starts. */
export function describeTag(name: string, attributes: readonly string[]): string {
  const tag = name.toLowerCase();
  const event = attributes.find((attribute) => /^on/i.test(attribute));
  if (tag === 'script')
    return "has a <script> tag, code that would run in the reader's browser (expected text only: a page body cannot run code, so delete the tag)";
  if (tag === 'meta')
    return 'has a <meta> tag, which can send readers to another page or site (expected text only: delete the tag, and link to another page with [the words to click](https://...))';
  if (tag === 'base')
    return 'has a <base> tag, which changes where every link on the page goes (expected text only: delete the tag)';
  if (FORM_TAGS.includes(tag))
    return `has a form (<${tag}>), which could ask readers for a password or other details (expected a link to the real form instead, such as [Register in the training system](https://...))`;
  if (EMBED_TAGS.includes(tag))
    return `has embedded content (<${tag}>), which shows another site or file inside the page (expected a link to it instead, such as [Watch the recording](https://...))`;
  if (tag === 'style' || tag === 'link')
    return `has styles (<${tag}>), which can hide or change what readers see (expected plain Markdown: the site's own styles apply)`;
  if (event)
    return `has an event attribute (${event.toLowerCase()}) on <${tag}>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)`;
  const markdown =
    MARKDOWN_FOR[tag] ?? 'Markdown: headings, paragraphs, lists, links, **bold** and *italic*';
  return `has the HTML tag <${tag}>, and bodies take no HTML (expected ${markdown})`;
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/** How dangerous a tag is, to name the worst one of a block of HTML first. */
function weight(name: string, attributes: readonly string[]): number {
  const tag = name.toLowerCase();
  if (tag === 'script') return 6;
  if (tag === 'meta' || tag === 'base') return 5;
  if (FORM_TAGS.includes(tag)) return 4;
  if (EMBED_TAGS.includes(tag)) return 3;
  if (tag === 'style' || tag === 'link') return 2;
  return attributes.some((attribute) => /^on/i.test(attribute)) ? 1 : 0;
}

/**
 * The construct that a piece of raw HTML in Markdown stands for: the most dangerous of its tags, or
 * its comment. Undefined for a piece that only closes tags, which the opening tag already names.
 */
export function describeHtml(html: string): HtmlConstruct | undefined {
  if (html.trimStart().startsWith('<!--'))
    return {
      offset: html.indexOf('<!--'),
      message:
        'has an HTML comment (<!-- -->), which is published in the page source (expected text only: delete it; notes for other editors belong in the pull request)',
    };
  let worst: { offset: number; name: string; attributes: string[]; weight: number } | undefined;
  for (const match of html.matchAll(TAG)) {
    if (match[1]) continue;
    const name = match[2] ?? '';
    const attributes = [...(match[3] ?? '').matchAll(ATTRIBUTE)].map((part) => part[1] ?? '');
    const found = { offset: match.index, name, attributes, weight: weight(name, attributes) };
    if (!worst || found.weight > worst.weight) worst = found;
  }
  if (worst) return { offset: worst.offset, message: describeTag(worst.name, worst.attributes) };
  const closing = /<\/([A-Za-z][\w:-]*)/.exec(html);
  if (closing) return undefined;
  return {
    offset: 0,
    message: `has HTML, "${html.trim().slice(0, 40)}", and bodies take no HTML (expected Markdown: headings, paragraphs, lists, links, **bold** and *italic*)`,
  };
}
