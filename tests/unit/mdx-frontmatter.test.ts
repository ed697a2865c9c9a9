// The frontmatter reader of @astrojs/mdx (js-yaml), called as the MDX plugin calls it.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { withValidatedFrontmatter } from '../../src/integrations/mdx-frontmatter.ts';

const readByMdx = (text: string) => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });

describe('withValidatedFrontmatter', () => {
  // js-yaml reads the date as a Date; the validator reads it as the text written.
  const guide = [
    '---',
    'title: Start here',
    'description: Why networking helps.',
    'lastReviewed: 2026-11-01',
    'goals:',
    '  - skills',
    '---',
    '',
    '## Why network',
    '',
    'Talk to { people }.',
    '',
  ].join('\n');
  const validated = {
    title: 'Start here',
    description: 'Why networking helps.',
    lastReviewed: '2026-11-01',
    goals: ['skills'],
  };

  it('makes MDX read exactly the validated data', () => {
    expect(readByMdx(guide).frontmatter).toEqual({
      title: 'Start here',
      description: 'Why networking helps.',
      lastReviewed: new Date('2026-11-01T00:00:00Z'),
      goals: ['skills'],
    });
    expect(readByMdx(withValidatedFrontmatter(guide, validated) ?? '').frontmatter).toEqual({
      title: 'Start here',
      description: 'Why networking helps.',
      lastReviewed: '2026-11-01',
      goals: ['skills'],
    });
  });

  it('keeps every line of the body where it was, so MDX errors point at the right line', () => {
    const lines = readByMdx(withValidatedFrontmatter(guide, validated) ?? '').content.split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[8]).toBe('## Why network');
    expect(lines[10]).toBe('Talk to { people }.');
  });

  it('reads a file with a byte order mark and Windows line ends', () => {
    const windows = `\uFEFF${guide.replace(/\n/g, '\r\n')}`;
    const read = readByMdx(withValidatedFrontmatter(windows, validated) ?? '');
    expect(read.frontmatter).toEqual(validated);
    expect(read.content.split('\n')[10]).toBe('Talk to { people }.\r');
  });

  it('leaves a file without frontmatter alone', () => {
    expect(withValidatedFrontmatter('## Just a body\n', validated)).toBeUndefined();
  });
});
