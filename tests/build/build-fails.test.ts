import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, type BuiltCopy } from '../support/project-copy.ts';

const made: BuiltCopy[] = [];
afterAll(() => made.forEach((copy) => copy.remove()));

/** Builds this project's code with the fixture content (valid, or with invalid/<name> laid over it). */
function buildWith(fixture?: string) {
  const copy = buildCopy(fixture ? { fixture } : {});
  made.push(copy);
  return copy;
}

describe('npm run build', () => {
  it('builds the valid fixture', () => {
    const result = buildWith();
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
    expect(result.distExists).toBe(true);
  });

  it.each([
    [
      'invalid-email',
      'content/contacts/ada-lovelace.yaml:6:8 email: "jane@" is not a valid email address (expected name@domain)',
      'content/contacts/ada-lovelace.yaml,line=6',
    ],
    [
      'unknown-topic',
      'content/contacts/ada-lovelace.yaml:10:5 askMeAbout[1]: "data-analysys" is not a known topic; did you mean "data-analysis"?',
      'content/contacts/ada-lovelace.yaml,line=10',
    ],
    [
      'session-ends-before-start',
      'content/workshops/intro-workshop.md:18:10 sessions[0].end: 2026-03-10T12:00 is not after the start',
      'content/workshops/intro-workshop.md,line=18',
    ],
    [
      'config-bad-colour',
      'site.config.yaml:7:11 theme.accent: "maroon" is not a colour',
      undefined,
    ],
  ])(
    'stops on %s before writing dist/, naming the file, line and field',
    (fixture, line, annotation) => {
      const result = buildWith(fixture);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(line);
      if (annotation) expect(result.output).toContain(`::error file=${annotation}`);
      expect(result.distExists).toBe(false);
    },
  );

  it('leaves out a contact whose confirmation expired, and says who and why', () => {
    const result = buildWith('stale-contact');
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      'Left out of the site: Ada Lovelace (content/contacts/ada-lovelace.yaml), last confirmed 2025-10-01',
    );
  });
});
