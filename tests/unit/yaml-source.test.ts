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
