import { describe, expect, inject, it } from 'vitest';

// The build of the fixture site, which has every kind of content, run as CI runs it: its output
// goes to a log, not a terminal.
const output = inject('buildOutput');
const lines = output.split('\n');

describe('a clean build', () => {
  it('finished, and said so', () => {
    expect(output).toContain('Published the new site to dist/.');
  });

  it('prints nothing an editor would take for a warning or an error', () => {
    expect(lines.filter((line) => /warn|error|MODULE_LEVEL_DIRECTIVE/i.test(line))).toEqual([]);
  });

  it('prints no colour codes, which a CI log shows as raw text such as "[33m"', () => {
    expect(lines.filter((line) => line.includes('\u001b'))).toEqual([]);
  });
});
