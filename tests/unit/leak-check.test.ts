import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bioRuns,
  describeEditorIn,
  describeLeaks,
  findLeaks,
} from '../../tools/build/leak-check.ts';

const JORDAN = {
  id: 'jordan-lee',
  name: 'Jordan Lee',
  email: 'jlee@example.edu',
  bio: 'Jordan runs the payroll office. She has moved from finance to research administration twice.',
};

let dir = '';
function site(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'hub-leaks-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the leak check', () => {
  it('finds nothing in a site that names no one', () => {
    const clean = site({ 'index.html': '<p>Learn to network.</p>', 'guides/a/index.html': 'Lee' });
    expect(findLeaks(clean, [JORDAN])).toEqual([]);
  });

  it('names the file and what leaked: name, email, slug and bio text', () => {
    const leaky = site({
      'guides/a/index.html': '<p>Ask Jordan\n   Lee.</p>',
      'data.json': '{"to":"JLee@Example.edu"}',
      'sitemap-0.xml': '<loc>https://hr.example.edu/directory/jordan-lee/</loc>',
      'search.js': 'She has moved from finance to research administration',
    });
    expect(findLeaks(leaky, [JORDAN])).toEqual([
      { file: 'data.json', contact: 'jordan-lee', what: 'the email address jlee@example.edu' },
      { file: 'guides/a/index.html', contact: 'jordan-lee', what: 'the name "Jordan Lee"' },
      {
        file: 'search.js',
        contact: 'jordan-lee',
        what: 'bio text "She has moved from finance to research administration"',
      },
      { file: 'sitemap-0.xml', contact: 'jordan-lee', what: 'the slug jordan-lee' },
    ]);
  });

  it('unpacks compressed files, such as the search index', () => {
    const leaky = site({
      'pagefind/fragment/en_1.pf_fragment': gzipSync('{"content":"Jordan Lee"}'),
    });
    expect(findLeaks(leaky, [JORDAN])).toEqual([
      {
        file: 'pagefind/fragment/en_1.pf_fragment',
        contact: 'jordan-lee',
        what: 'the name "Jordan Lee"',
      },
    ]);
  });

  it('reads a name as a page shows it, entities decoded', () => {
    const leaky = site({ 'a.html': '<p>Ask O&#39;Brien</p>' });
    const obrien = { id: 'sam-obrien', name: "O'Brien", email: 'so@example.edu', bio: '' };
    expect(findLeaks(leaky, [obrien]).map((leak) => leak.what)).toEqual([`the name "O'Brien"`]);
  });

  it('does not take a slug inside a longer one for it', () => {
    const clean = site({ 'a.html': '<a href="/directory/jordan-leeds/">' });
    expect(findLeaks(clean, [JORDAN])).toEqual([]);
  });

  it('finds the name a contact is greeted by and what they ask not to be asked about', () => {
    const bea = {
      id: 'beatriz-almeida',
      name: 'Beatriz Almeida',
      email: 'balmeida@example.edu',
      bio: '',
      knownAs: 'Bea',
      notFor: 'the budget of one particular grant, please',
    };
    const leaky = site({
      'a.html': '<p>Ask Bea Almeida about the budget of one particular grant.</p>',
      'b.html': '<p>Bea and Almeida; Bea Almeidas</p>',
    });
    expect(findLeaks(leaky, [bea])).toEqual([
      { file: 'a.html', contact: 'beatriz-almeida', what: 'the name "Bea Almeida"' },
      {
        file: 'a.html',
        contact: 'beatriz-almeida',
        what: '"please don\'t ask me about" text "the budget of one particular grant"',
      },
    ]);
  });

  it('looks for runs of at least six plain words of a bio, eight at most', () => {
    expect(bioRuns(JORDAN.bio)).toEqual(['She has moved from finance to research administration']);
    expect(bioRuns('Short one. Another short bit.')).toEqual([]);
  });

  it('finds the words of a name in the search vocabulary, not the labels that share them', () => {
    const leaky = site({
      'search-vocabulary.json': JSON.stringify({ labels: ['lee'], people: ['jordan', 'analyst'] }),
    });
    expect(findLeaks(leaky, [JORDAN])).toEqual([
      {
        file: 'search-vocabulary.json',
        contact: 'jordan-lee',
        what: 'the word "jordan" of the name "Jordan Lee"',
      },
    ]);
    rmSync(dir, { recursive: true, force: true });
    const clean = site({
      'search-vocabulary.json': JSON.stringify({ labels: ['lee', 'budgeting'], people: [] }),
    });
    expect(findLeaks(clean, [JORDAN])).toEqual([]);
  });

  it("finds the words of a name in the directory search index's word shards", () => {
    const leaky = site({
      'directory/search-index/words/le.json': JSON.stringify({ lee: [[0]], leeds: [[], [0]] }),
      'directory/search-index/words/pa.json': JSON.stringify({ payroll: [[], [0]] }),
    });
    expect(findLeaks(leaky, [JORDAN])).toEqual([
      {
        file: 'directory/search-index/words/le.json',
        contact: 'jordan-lee',
        what: 'the word "lee" of the name "Jordan Lee"',
      },
    ]);
  });

  it('says what to do', () => {
    expect(describeLeaks([])).toBeUndefined();
    expect(
      describeLeaks([
        { file: 'guides/a/index.html', contact: 'jordan-lee', what: 'the name "Jordan Lee"' },
      ]),
    ).toBe(
      'The public edition holds personal data of contacts (expected none: names, email addresses, slugs and bios belong in the staff edition only):\n  guides/a/index.html: the name "Jordan Lee" of contact jordan-lee',
    );
  });
});

describe('the public edition check for the web editor', () => {
  it('refuses a public edition that holds admin/, and passes one without it', () => {
    expect(describeEditorIn(site({ 'admin/index.html': '<p>Editor</p>' }))).toBe(
      'The public edition holds the web editor in admin/ (expected it in the staff edition only, behind sign-in).',
    );
    rmSync(dir, { recursive: true, force: true });
    expect(describeEditorIn(site({ 'index.html': '<p>Learn to network.</p>' }))).toBeUndefined();
  });
});
