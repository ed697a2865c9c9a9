import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, FIXTURES } from '../support/fixtures.ts';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds this project's code with the fixture content (valid, or with invalid/<name> laid over it). */
function buildWith(fixture?: string) {
  const root = mkdtempSync(join(tmpdir(), 'hub-build-'));
  made.push(root);
  for (const file of PROJECT_FILES) cpSync(join(process.cwd(), file), join(root, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (fixture) cpSync(join(FIXTURES, 'invalid', fixture), root, { recursive: true });
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NETWORKING_HUB_TODAY: FIXTURE_TODAY, GITHUB_ACTIONS: 'true', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, distExists: existsSync(join(root, 'dist')) };
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
    ['config-bad-colour', 'site.config.yaml:7:11 theme.accent: "maroon" is not a colour', undefined],
  ])('stops on %s before writing dist/, naming the file, line and field', (fixture, line, annotation) => {
    const result = buildWith(fixture);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(line);
    if (annotation) expect(result.output).toContain(`::error file=${annotation}`);
    expect(result.distExists).toBe(false);
  });

  it('leaves out a contact whose confirmation expired, and says who and why', () => {
    const result = buildWith('stale-contact');
    expect(result.status).toBe(0);
    expect(result.output).toContain('Left out of the site: Ada Lovelace (content/contacts/ada-lovelace.yaml), last confirmed 2025-10-01');
  });
});
