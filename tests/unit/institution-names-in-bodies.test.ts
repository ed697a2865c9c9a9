import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { institutionNamesInBodies } from '../../src/integrations/institution-names.ts';

const northfield = { name: 'Northfield University', shortName: 'the University' };
/** Satteri compiles at once unless a plugin is asynchronous; this one is not. */
function now<T>(result: T | Promise<T>): T {
  if (result instanceof Promise) throw new Error('expected the compilation to finish at once');
  return result;
}

const html = (markdown: string, names = northfield) =>
  now(markdownToHtml(markdown, { mdastPlugins: [institutionNamesInBodies(names)] })).html.trim();

describe('the institution placeholders in a body', () => {
  it('are capitalised where a heading, list item, paragraph or sentence starts', () => {
    expect(html('## %institution-short% at a glance')).toBe('<h2>The University at a glance</h2>');
    expect(html('- %institution-short% runs it\n- Ask %institution%')).toBe(
      '<ul>\n<li>The University runs it</li>\n<li>Ask Northfield University</li>\n</ul>',
    );
    expect(html('**%institution-short%** leads. %institution-short% listens.')).toBe(
      '<p><strong>The University</strong> leads. The University listens.</p>',
    );
  });

  it('stay in lower case after a link in the same sentence', () => {
    expect(html('See [the guide](/guides/start-here/) from %institution-short%.')).toBe(
      '<p>See <a href="/guides/start-here/">the guide</a> from the University.</p>',
    );
  });

  it('show a name with Markdown or HTML signs as text', () => {
    const odd = { name: '<b>A*B</b> {College}', shortName: 'the *College*' };
    expect(html('At %institution%, %institution-short%.', odd)).toBe(
      '<p>At &lt;b&gt;A*B&lt;/b&gt; {College}, the *College*.</p>',
    );
    expect(
      now(mdxToJs('At %institution%.', { mdastPlugins: [institutionNamesInBodies(odd)] })).code,
    ).toContain('"At <b>A*B</b> {College}."');
  });
});
