import { afterEach, describe, expect, it } from 'vitest';
import { childEnv } from '../support/child-env.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';
import { runToEnd } from '../support/run-to-end.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function runValidate(fixture: string | undefined, env: Record<string, string> = {}) {
  const made = fixtureWith(fixture);
  cleanup = made.cleanup;
  const run = runToEnd(process.execPath, ['tools/validate.ts', made.root], {
    env: childEnv({ NETWORKING_HUB_TODAY: FIXTURE_TODAY, GITHUB_ACTIONS: '', ...env }),
  });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

describe('npm run validate', () => {
  it('exits 0 and says so when the content is valid', () => {
    const { status, lines } = runValidate(undefined);
    expect(status).toBe(0);
    expect(lines).toEqual(['Content is valid: 8 entries checked, 0 warnings.']);
  });

  it('exits 1 with one line per problem and a summary', () => {
    const { status, lines } = runValidate('invalid-email');
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/contacts/ada-lovelace.yaml:6:8 email: "jane@" is not a valid email address (expected name@domain)',
      '1 error and 0 warnings: fix the errors above, then run npm run validate again.',
    ]);
  });

  it('also prints GitHub annotations in GitHub Actions', () => {
    const { lines } = runValidate('invalid-email', { GITHUB_ACTIONS: 'true' });
    expect(lines).toContain(
      '::error file=content/contacts/ada-lovelace.yaml,line=6,col=8,title=email::"jane@" is not a valid email address (expected name@domain)',
    );
  });

  it('exits 0 on a warning alone', () => {
    const { status, lines } = runValidate('stale-contact');
    expect(status).toBe(0);
    expect(lines.at(-1)).toBe('Content is valid: 8 entries checked, 1 warning.');
  });
});
