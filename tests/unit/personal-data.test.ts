import { getCountries, getExampleNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { emailAddressesIn, phoneNumbersIn } from '../../src/content-model/schemas/personal-data.ts';
import { text } from '../../src/content-model/schemas/fields.ts';

const found = (findings: { found: string }[]) => findings.map((finding) => finding.found);

describe('phone numbers in text', () => {
  it.each([
    ['Call 617–555–0123 today.', '617–555–0123'],
    ['Call 617—555—0123 today.', '617—555—0123'],
    ['Office 617/555/0199.', '617/555/0199'],
    ['Office 617.555.0199.', '617.555.0199'],
    ['Office (617) 555-0199.', '(617) 555-0199'],
    ['Office ６１７－５５５－０１９９.', '６１７－５５５－０１９９'],
    ['Office +44 20 7946 0958.', '+44 20 7946 0958'],
    // The shortest numbers there are: four digits after a three-digit country code.
    ['Niue: +683 4002.', '+683 4002'],
    ['Call 6 1 7 5 5 5 0 1 9 9 at lunch.', '6 1 7 5 5 5 0 1 9 9'],
    ['Reach me on (617)  555 - 0199 or by mail.', '(617)  555 - 0199'],
  ])('are found in %j, quoted as typed', (written, expected) => {
    expect(found(phoneNumbersIn(written))).toEqual([expected]);
  });

  it('are found in every country, written as its own example number is', () => {
    const missed = getCountries().flatMap((country) => {
      const example = getExampleNumber(country, examples);
      if (!example) return [];
      const written = example.formatInternational();
      return phoneNumbersIn(`Call ${written} at noon.`).length === 1 ? [] : [written];
    });
    expect(missed).toEqual([]);
  });

  it.each([
    'She worked there 2019–2024 and 2015-2019.',
    'Sessions run 9:30–11:00 and 13:00-16:00 on 2026-03-10.',
    'Twelve sessions, 3 hours each, in Building E19, Room 623.',
    'Second Tuesday of each month, 12:00-13:00, for 40 people.',
    'ISBN 978-0-306-40615-7.',
  ])('are not found in %j', (written) => {
    expect(phoneNumbersIn(written)).toEqual([]);
  });
});

describe('email addresses in text', () => {
  it.each([
    ['Write to jlee@example.edu.', 'jlee@example.edu'],
    ['Write to jlee＠example.edu.', 'jlee＠example.edu'],
    ['Write to jlee [at] example [dot] edu.', 'jlee [at] example [dot] edu'],
    ['Write to jlee(at)example.edu.', 'jlee(at)example.edu'],
    ['Write to jlee at example dot edu.', 'jlee at example dot edu'],
    ['Write to J.Lee+hr @ mail.example.edu now.', 'J.Lee+hr @ mail.example.edu'],
  ])('are found in %j, quoted as typed', (written, expected) => {
    expect(found(emailAddressesIn(written))).toEqual([expected]);
  });

  it.each([
    'Find us at hr.example.edu.',
    'Meet at noon. Then talk at length.',
    'Follow @networking on the intranet.',
    'Coffee at 10.30 in the lobby.',
  ])('are not found in %j', (written) => {
    expect(emailAddressesIn(written)).toEqual([]);
  });
});

describe('a short text field', () => {
  const name = text('a name', { max: 100 });
  const bio = text('a bio', { max: 600 });
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('refuses zero-width and direction characters, which long prose may carry', () => {
    expect(messages(name.safeParse('Wei\u2060 Lin'))).toEqual([
      'contains an invisible character, U+2060 (a word joiner), which can make text look like other text or read backwards (expected ordinary text: delete the character, or retype the words around it)',
    ]);
    expect(messages(name.safeParse('Wei Lin\u2067'))).toEqual([
      'contains an invisible character, U+2067 (a right-to-left isolate), which can make text look like other text or read backwards (expected ordinary text: delete the character, or retype the words around it)',
    ]);
    expect(bio.safeParse('A family of four: 👨\u200d👩\u200d👧\u200d👦.').success).toBe(true);
  });
});
