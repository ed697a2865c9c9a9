import { describe, expect, it } from 'vitest';
import {
  parseYamlSource,
  splitFrontmatter,
} from '../../src/content-model/validation/yaml-source.ts';

describe('parseYamlSource', () => {
  const text = 'name: Ada\nsessions:\n  - start: "2026-03-10T13:00"\n    end: "2026-03-10T16:00"\n';
  const { source } = parseYamlSource('x.yaml', text);

  it('finds the line and column of a value', () => {
    expect(source?.locate(['sessions', 0, 'end'])).toEqual({ line: 4, column: 10 });
  });

  it('points a missing field at its nearest parent', () => {
    expect(source?.locate(['sessions', 0, 'location'])).toEqual({ line: 3, column: 5 });
  });

  it('finds a key', () => {
    expect(source?.locateKey(['sessions', 0], 'end')).toEqual({ line: 4, column: 5 });
  });

  it('reads dates as the text the editor typed', () => {
    expect(parseYamlSource('y.yaml', 'confirmed: 2026-06-01\n').source?.data).toEqual({
      confirmed: '2026-06-01',
    });
  });

  it('reports a syntax error with its line and a hint', () => {
    const { problems, source: broken } = parseYamlSource('z.yaml', 'name: Ada\n\ttitle: Analyst\n');
    expect(broken).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'z.yaml', line: 2, field: '' });
    expect(problems[0]?.message).toMatch(/^YAML syntax: .+ \(expected .+\)$/);
  });

  it('reports a field written twice', () => {
    const { problems } = parseYamlSource('d.yaml', 'name: Ada\nname: Grace\n');
    expect(problems[0]?.line).toBe(2);
    expect(problems[0]?.message).toContain('(expected each field once)');
  });
});

describe('a file with a syntax error', () => {
  const text =
    'name: Ada\npronouns: she/her\ntitle Budget Analyst\ndepartment: vpf\nemail: nope@\n';
  const { source, partial, problems } = parseYamlSource('s.yaml', text);

  it('has no source to load, only the partial tree to check', () => {
    expect(source).toBeUndefined();
    expect(problems.map((problem) => problem.line)).toEqual([3]);
    expect(partial?.data).toEqual({
      name: 'Ada',
      pronouns: 'she/her',
      'title Budget Analyst department': 'vpf',
      email: 'nope@',
    });
  });

  it('trusts the fields the error does not touch', () => {
    expect(partial?.intact(['name'])).toBe(true);
    expect(partial?.intact(['email'])).toBe(true);
    expect(partial?.intact([], 'email')).toBe(true);
  });

  it('distrusts the broken lines, the line before them and any field that seems missing', () => {
    expect(partial?.intact([], 'title Budget Analyst department')).toBe(false);
    expect(partial?.intact(['pronouns'])).toBe(false);
    expect(partial?.intact(['title'])).toBe(false);
    expect(partial?.intact(['department'])).toBe(false);
  });
});

describe('what parseYamlSource refuses, because other readers take it differently', () => {
  const messages = (text: string) =>
    parseYamlSource('x.yaml', text).problems.map(
      (problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
    );

  it('refuses a control character written as an escape, at the value', () => {
    expect(messages('name: Ada\nbio: "Builds\\vbudgets"\n')).toEqual([
      '2:6 bio: contains an invisible character, U+000B (a vertical tab), often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)',
    ]);
  });

  it('refuses a control character in a comment, at the character', () => {
    expect(messages('# Notes\f\nname: Ada\n')).toEqual([
      '1:8 : contains an invisible character, U+000C (a form feed), often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)',
    ]);
  });

  it('refuses a standard tag too, pointing at its first "!"', () => {
    expect(messages('years: !!str 2016\n')).toEqual([
      '1:8 years: uses the YAML tag "!!str" (expected a plain value; to keep a value as text, put it in quotes)',
    ]);
  });

  it('refuses a %TAG directive', () => {
    expect(messages('%TAG !e! tag:example.edu,2026:\n---\nname: Ada\n')).toEqual([
      '1:1 : "%TAG !e! tag:example.edu,2026:" is a YAML directive, which changes how the rest of the file is read (expected the file to start with its fields: delete this line)',
    ]);
  });

  it('refuses a list as a key, and an empty key', () => {
    expect(messages('? [a, b]\n: c\n')).toEqual([
      '1:3 : A list or group of fields is not a field name (expected a name such as title, then a colon and the value)',
    ]);
    expect(messages(': c\n')).toEqual([
      '1:1 : An empty name is not a field name (expected a name such as title, then a colon and the value)',
    ]);
  });

  it('refuses a file of aliases without expanding them', () => {
    const laughs = 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n';
    // The first anchor and alias, then one problem for the other seven: an alias bomb has thousands.
    expect(messages(laughs)).toEqual([
      '1:4 a: uses the YAML anchor "&a" (expected each value written out in full where it is used)',
      '2:8 b[0]: uses the YAML alias "*a" (expected the value written out in full here)',
      '2:4 : has 7 more YAML anchors and aliases from here on (expected each value written out in full where it is used: aliases of aliases can stand for billions of values, so none is read)',
    ]);
  });

  it('refuses, before parsing, a file of more pieces than any entry has', () => {
    // Pieces 1 to 7 are x : &x 1 y : [, then item k is pieces 2k + 6 (its alias) and 2k + 7 (its
    // comma): piece 50,001 is the comma of item 24,997, at column 4 + 4 * 24,996 + 3.
    const dense = `x: &x 1\ny: [${'*x, '.repeat(60_000)}]\n`;
    expect(messages(dense)).toEqual([
      '2:99991 : holds more than 50,000 values, names and marks (expected an entry of fields as in the other files: this many cannot be one entry)',
    ]);
  });

  it('refuses, before parsing, brackets nested more than 32 deep', () => {
    expect(messages(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)).toEqual([
      '1:36 : nests lists or groups of fields in brackets more than 32 deep (expected fields a few levels deep, as in the other entries)',
    ]);
    expect(parseYamlSource('x.yaml', `a: ${'['.repeat(32)}1${']'.repeat(32)}\n`).problems).toEqual(
      [],
    );
  });

  it('keeps a tab inside a value, and refuses a tab as indentation', () => {
    expect(parseYamlSource('t.yaml', 'bio: Budgets\tand plans\n').source?.data).toEqual({
      bio: 'Budgets\tand plans',
    });
    expect(messages('topics:\n\t- budgeting\n')[0]).toMatch(
      /^2:1 : YAML syntax: this line is indented with a tab \(expected spaces: replace the tab/,
    );
  });

  it('reads a file with a byte order mark and Windows line ends like any other', () => {
    const { source, problems } = parseYamlSource(
      'w.yaml',
      '\uFEFFname: Ada\r\nbio: |\r\n  Two\r\n  lines\r\n',
    );
    expect(problems).toEqual([]);
    expect(source?.data).toEqual({ name: 'Ada', bio: 'Two\nlines\n' });
    expect(source?.locate(['name'])).toEqual({ line: 1, column: 7 });
    expect(source?.locate(['bio'])).toEqual({ line: 2, column: 6 });
  });

  it('reads yes and 010 as YAML 1.2 does: text and the number 10', () => {
    expect(parseYamlSource('v.yaml', 'a: yes\nb: 010\n').source?.data).toEqual({ a: 'yes', b: 10 });
  });
});

describe('splitFrontmatter', () => {
  it('returns the YAML between the --- lines, starting on line 2', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nBody\n')).toEqual({
      yaml: 'title: A',
      lineOffset: 1,
      end: 17,
    });
  });

  it('ends only at a --- line, not at --- inside a value', () => {
    const text = '---\ntitle: A --- B\nnote: x---\n---\nBody ---\n';
    const frontmatter = splitFrontmatter(text);
    expect(frontmatter?.yaml).toBe('title: A --- B\nnote: x---');
    expect(text.slice(frontmatter?.end)).toBe('Body ---\n');
  });

  it('finds nothing when the file does not start with ---', () => {
    expect(splitFrontmatter('title: A\n')).toBeUndefined();
  });

  it('gives frontmatter positions in the lines of the whole file', () => {
    const frontmatter = splitFrontmatter('---\ntitle: A\norder: x\n---\n');
    const { source } = parseYamlSource('g.mdx', frontmatter?.yaml ?? '', frontmatter?.lineOffset);
    expect(source?.locate(['order'])).toEqual({ line: 3, column: 8 });
  });
});
