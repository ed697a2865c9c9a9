import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/shared/contrast.ts';
import { suggest } from '../../src/content-model/validation/suggest.ts';
import { contactSchema } from '../../src/content-model/schemas/contact.ts';
import { isoDate, localDateTime } from '../../src/content-model/schemas/fields.ts';

describe('dates written by editors', () => {
  it('are read the same whether a YAML parser hands over text or a Date', () => {
    expect(isoDate.parse('2026-06-01')).toBe('2026-06-01');
    expect(isoDate.parse(new Date('2026-06-01T00:00:00Z'))).toBe('2026-06-01');
    expect(localDateTime.parse('2026-12-08T09:30')).toBe('2026-12-08T09:30');
    expect(localDateTime.parse(new Date('2026-12-08T09:30:00Z'))).toBe('2026-12-08T09:30');
  });

  it('reject impossible dates and times', () => {
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(localDateTime.safeParse('2026-12-08T24:30').success).toBe(false);
    expect(localDateTime.safeParse('2026-12-08').success).toBe(false);
  });
});

describe('a contact bio', () => {
  const contact = {
    name: 'Ada Lovelace',
    title: 'Analyst',
    department: 'vpf',
    location: 'main-campus',
    email: 'ada@example.edu',
    bio: 'Ada builds budgets. She has done so since 2015-2019 and likes it.',
    askMeAbout: ['budgeting'],
    helpsWith: ['skills'],
    formats: ['video'],
    capacity: 2,
    accepting: true,
    confirmed: '2026-06-01',
  };

  it('may mention years', () => {
    expect(contactSchema.safeParse(contact).success).toBe(true);
  });

  it('may not hold a phone number in any common form', () => {
    for (const phone of ['617-253-1000', '(617) 253 1000', '+1 617 253 1000', '6172531000']) {
      expect(
        contactSchema.safeParse({ ...contact, bio: `Call me on ${phone}.` }).success,
        phone,
      ).toBe(false);
    }
  });

  it('has at most three sentences', () => {
    expect(
      contactSchema.safeParse({ ...contact, bio: 'One here. Two here. Three here. Four here.' })
        .success,
    ).toBe(false);
  });

  it('defaults languages to English and earlier roles to none', () => {
    expect(contactSchema.parse(contact)).toMatchObject({ languages: ['English'], careerPath: [] });
  });
});

describe('suggest', () => {
  it('offers the closest known value, and nothing when none is close', () => {
    expect(suggest('budgetting', ['budgeting', 'data-analysis'])).toBe('budgeting');
    expect(suggest('zzzz', ['budgeting', 'data-analysis'])).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG formula at its extremes and for the default accent', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#8a1538', '#ffffff')).toBeGreaterThan(4.5);
  });
});
