import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { rewriteContentFiles, savedOnWindows } from '../support/fixtures.ts';
import { buildCopy, type BuiltCopy } from '../support/project-copy.ts';
import { exactCases } from '../support/reading-cases.ts';

const made: BuiltCopy[] = [];
// Some ninety copies, each with its own src/ and tools/: removing them takes a while on a busy disk.
afterAll(() => made.forEach((copy) => copy.remove()), 120_000);

/** Builds this project's code with the minimal valid fixture, or with invalid/<name> laid over it. */
function buildWith(fixture?: string, prepare?: (root: string) => void) {
  const copy = buildCopy({ ...(fixture ? { fixture } : {}), ...(prepare ? { prepare } : {}) });
  made.push(copy);
  return copy;
}

let validBuild: BuiltCopy | undefined;
const builtValid = () => (validBuild ??= buildWith());

const page = (copy: BuiltCopy, path: string) =>
  cheerio.load(readFileSync(join(copy.root, 'dist', path), 'utf8'));

describe('npm run build', () => {
  it('builds the valid fixture', () => {
    const result = builtValid();
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
    expect(result.distExists).toBe(true);
  });

  // Run as CI runs it: the output goes to a log, not a terminal. The valid fixture has guides in
  // MDX, each of which once drew a bundler warning, and no content that deserves a warning.
  it('prints nothing an editor would take for a warning or an error, and no colour codes', () => {
    const lines = builtValid().output.split('\n');
    expect(lines.filter((line) => /warn|error|MODULE_LEVEL_DIRECTIVE/i.test(line))).toEqual([]);
    // A CI log shows colour codes as raw text such as "[33m".
    expect(lines.filter((line) => line.includes('\u001b'))).toEqual([]);
    expect(builtValid().output).toContain('Published the new site to dist/.');
  });

  it("ships every question of the valid fixture's question bank", () => {
    const $ = page(builtValid(), 'guides/question-bank/index.html');
    expect($('[data-question-bank] li.question').length).toBe(2);
    expect($('[data-question-id="biggest-challenge"] .question__text').text()).toBe(
      'What is the biggest challenge your team faces this year?',
    );
  });

  it('builds content saved with a byte order mark and Windows line ends, with the same text', () => {
    const result = buildWith(undefined, (root) => rewriteContentFiles(root, savedOnWindows));
    expect(result.status).toBe(0);
    expect(page(result, 'directory/ada-lovelace/index.html')('body').text()).toContain(
      'Ada builds the annual budget for the finance office. She likes explaining spreadsheets.',
    );
    expect(page(result, 'guides/start-here/index.html')('h1').text()).toBe('Start here');
    expect(page(result, 'guides/start-here/index.html')('article').text()).toContain(
      'Talk to people.',
    );
    expect(page(result, 'workshops/intro-workshop/index.html')('main').text()).toContain(
      'The workshop body.',
    );
    expect(page(result, 'guides/question-bank/index.html')('li.question').length).toBe(2);
  });

  it.each(Object.entries(exactCases))(
    'stops on %s with the same lines as npm run validate, before writing dist/',
    (fixture, lines) => {
      const result = buildWith(fixture);
      expect(result.status).not.toBe(0);
      for (const line of lines) expect(result.output).toContain(line);
      expect(result.distExists).toBe(false);
    },
  );

  it.each([
    [
      'invalid-email',
      'content/contacts/ada-lovelace.yaml:6:8 email: "jane@" is not a valid email address (expected name@domain)',
      'content/contacts/ada-lovelace.yaml,line=6',
    ],
    [
      'unknown-topic',
      'content/contacts/ada-lovelace.yaml:10:5 askMeAbout[1]: "data-analysys" is not a known topic; did you mean data-analysis (Data analysis)?',
      'content/contacts/ada-lovelace.yaml,line=10',
    ],
    [
      'session-ends-before-start',
      'content/workshops/intro-workshop.md:18:10 sessions[0].end: 2026-03-10T12:00 is not after the start',
      'content/workshops/intro-workshop.md,line=18',
    ],
    [
      'waiting-list-not-https',
      'content/workshops/intro-workshop.md:24:21 sessions[1].waitingListUrl: "http://sapweb.fixture.edu/training/intro/waiting-list" is not an https web address (expected a web address starting with https://)',
      'content/workshops/intro-workshop.md,line=24',
    ],
    [
      'waiting-list-host-not-allowed',
      'content/workshops/intro-workshop.md:27:19 registration.waitingListUrl: "https://waitlist.example.com/training/intro" is not on an allowed registration host (expected a link to sapweb.fixture.edu, as listed in site.config.yaml)',
      'content/workshops/intro-workshop.md,line=27',
    ],
  ])(
    'stops on %s before writing dist/, naming the file, line and field',
    (fixture, line, annotation) => {
      const result = buildWith(fixture);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(line);
      expect(result.output).toContain(`::error file=${annotation}`);
      expect(result.distExists).toBe(false);
    },
  );

  it('stops on a bad site configuration before writing dist/, naming the file, line and field', () => {
    const result = buildWith('config-bad-colour');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('site.config.yaml:7:11 theme.accent: "maroon" is not a colour');
    expect(result.distExists).toBe(false);
  });

  it('stops when the privacy notice that every footer links to is missing', () => {
    const result = buildWith(undefined, (root) =>
      rmSync(join(root, 'content/guides/privacy-notice.mdx')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/guides/privacy-notice.mdx:1:1 is missing (expected the "Privacy notice" guide, which the site links to from every page footer, the directory and each profile: restore the file, or write your own with this file name)',
    );
    expect(result.distExists).toBe(false);
  });

  it('leaves out a contact whose confirmation expired, and says who and why', () => {
    const result = buildWith('stale-contact');
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      'Left out of the site: Ada Lovelace (content/contacts/ada-lovelace.yaml), last confirmed 2025-10-01',
    );
    // Not on any page, in the search index or in any other built file.
    const files = readdirSync(join(result.root, 'dist'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => readFileSync(file, 'latin1').includes('Lovelace'))).toEqual([]);
  });
});
