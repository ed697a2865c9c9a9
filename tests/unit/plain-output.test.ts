import { describe, expect, it } from 'vitest';
import { plainOutputWanted } from '../../tools/build/plain-output.ts';

describe('the build prints without colour codes', () => {
  it.each([
    ['into a log or a pipe', {}, false, true],
    ['in CI, even on a terminal', { CI: 'true' }, true, true],
    ['in CI, even where FORCE_COLOR is set', { CI: '1', FORCE_COLOR: '1' }, true, true],
    ['but with colours on a terminal outside CI', {}, true, false],
    ['and with colours on a terminal where CI is "false"', { CI: 'false' }, true, false],
  ])('%s', (_, env, isTerminal, plain) => {
    expect(plainOutputWanted(env, isTerminal)).toBe(plain);
  });
});
