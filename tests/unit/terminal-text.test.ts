import { describe, expect, it } from 'vitest';
import {
  terminalLine,
  terminalLines,
  visible,
  workflowCommand,
} from '../../src/content-model/validation/terminal-text.ts';

describe('visible', () => {
  it.each([
    [
      'an ANSI colour (ESC, CSI)',
      '\u001b[32mContent is valid\u001b[0m',
      '\\u001b[32mContent is valid\\u001b[0m',
    ],
    ['a C1 CSI', '\u009b31mred', '\\u009b31mred'],
    [
      'an OSC link',
      '\u001b]8;;https://evil.example\u0007x',
      '\\u001b]8;;https://evil.example\\u0007x',
    ],
    ['a C1 OSC', '\u009d0;title\u009c', '\\u009d0;title\\u009c'],
    ['a carriage return that would overwrite the line', 'bad\rgood', 'bad\\rgood'],
    ['line feeds and tabs', 'one\ntwo\tthree', 'one\\ntwo\\tthree'],
    ['a backspace and a delete', 'a\bb\u007f', 'a\\u0008b\\u007f'],
    ['a right-to-left override', 'name\u202Eexe.txt', 'name\\u202eexe.txt'],
    ['bidi isolates and marks', '\u2066a\u2069\u200F\u061C', '\\u2066a\\u2069\\u200f\\u061c'],
    ['zero-width characters', 'Wei\u200BLin\uFEFF', 'Wei\\u200bLin\\ufeff'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['half of a surrogate pair', 'x\uD800y', 'x\\ud800y'],
    ['a legacy runner command', '##[stop-commands]tok', '#\\u0023[stop-commands]tok'],
  ])('shows %s as escapes', (_what, text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  it('leaves ordinary text alone, in any script', () => {
    const text = 'Zoë Ramírez-Okafor, 李伟 — “ask me” ＠ 617–555 😀 # [x] 100% a:b';
    expect(visible(text)).toBe(text);
  });
});

describe('terminalLine', () => {
  it.each([
    ['::error file=README.md::x', '\\u003a:error file=README.md::x'],
    ['  ::stop-commands::tok', '  \\u003a:stop-commands::tok'],
    ['\u00A0::warning::x', '\u00A0\\u003a:warning::x'],
    ['key\n::error file=README.md::x', 'key\\n::error file=README.md::x'],
    ['content/a.yaml:1:1 fine: text', 'content/a.yaml:1:1 fine: text'],
  ])('makes %j one line no runner takes for a command', (text, line) => {
    expect(terminalLine(text)).toBe(line);
  });
});

describe('terminalLines', () => {
  it('keeps the lines of a message, each made safe', () => {
    expect(terminalLines('first\n::error::x\r\n\u001b[2Kthird')).toBe(
      'first\n\\u003a:error::x\n\\u001b[2Kthird',
    );
  });
});

describe('workflowCommand', () => {
  it('escapes data and properties as GitHub documents', () => {
    expect(
      workflowCommand(
        'error',
        { file: 'content/a,b:c.yaml', line: 3, col: 1, title: 'key\r\n::x' },
        '100% sure\r\n::stop-commands::tok',
      ),
    ).toBe(
      '::error file=content/a%2Cb%3Ac.yaml,line=3,col=1,title=key%0D%0A%3A%3Ax::100%25 sure%0D%0A::stop-commands::tok',
    );
  });

  it('shows other control characters in the data as escapes', () => {
    expect(workflowCommand('warning', { title: '\u001b[31m' }, 'ok\u001b[0m ##[error]x')).toBe(
      '::warning title=\\u001b[31m::ok\\u001b[0m #\\u0023[error]x',
    );
  });
});
