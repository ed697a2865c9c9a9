import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxBodyProblems } from '../../src/content-model/validation/mdx-body.ts';
import { formatProblem } from '../../src/content-model/validation/problem.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FRONTMATTER = '---\ntitle: A guide\n---\n';

const problems = (body: string) =>
  mdxBodyProblems(ROOT, 'content/guides/a-guide.mdx', FRONTMATTER + body, FRONTMATTER.length).map(
    formatProblem,
  );

describe('mdxBodyProblems', () => {
  it('accepts text, HTML, code and components that are imported', () => {
    const body = [
      "import QuestionBank from '../../src/components/content/QuestionBank.astro';",
      "import { A, B as Bee } from '../../src/shared/format.ts';",
      "import * as Parts from '../../src/shared/urls.ts';",
      "import { Image } from 'astro:assets';",
      '',
      'Plain text & more, 3 > 2, a `<code>` span and <abbr>HR</abbr>.',
      '',
      '<QuestionBank />',
      '',
      '<Bee /> <Parts.Link /> <Image />',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });

  it('explains a brace that MDX reads as code', () => {
    expect(problems('\nUse {braces here.\n')).toEqual([
      'content/guides/a-guide.mdx:5:5 has a "{" or "}" that MDX reads as code (expected text: write \\{ and \\} for the signs themselves)',
    ]);
  });

  it('explains a tag that is not closed', () => {
    expect(problems('\n<div>Open\n')).toEqual([
      'content/guides/a-guide.mdx:5:1 has a tag <div> that is not closed (expected a closing </div> after it, or a self-closing tag such as <QuestionBank />)',
    ]);
  });

  it('names a component that is not imported, and a file that does not exist', () => {
    const body = "import Map from './missing/NetworkMap.astro';\n\n<Map />\n\n<NetworkMap />\n";
    expect(problems(body)).toEqual([
      'content/guides/a-guide.mdx:4:18 imports "./missing/NetworkMap.astro", a file that does not exist (expected the path of a component from src/components/, written as in the other guides)',
      "content/guides/a-guide.mdx:8:1 uses <NetworkMap />, which is not imported (expected a line such as import NetworkMap from '../../src/components/content/NetworkMap.astro'; below the frontmatter)",
    ]);
  });
});
