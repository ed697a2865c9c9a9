import { describe, expect, it } from 'vitest';
import { mailtoHref } from '../../src/shared/mailto.ts';

/** Reads a mailto link back the way a mail client does. */
function parse(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: decodeURIComponent(/[?&]subject=([^&]*)/.exec(url.search)?.[1] ?? ''),
    body: decodeURIComponent(/[?&]body=([^&]*)/.exec(url.search)?.[1] ?? ''),
  };
}

describe('mailtoHref', () => {
  it('addresses the contact and keeps the @ readable', () => {
    expect(mailtoHref({ to: 'jlee@example.edu', subject: 'Hi', body: '' })).toMatch(
      /^mailto:jlee@example\.edu\?subject=Hi&body=$/,
    );
  });

  it('encodes line breaks as CRLF, as RFC 6068 asks', () => {
    const href = mailtoHref({
      to: 'a@example.edu',
      subject: 'S',
      body: 'Dear Jo,\n\nThanks.\r\nBye',
    });
    expect(href).toContain('body=Dear%20Jo%2C%0D%0A%0D%0AThanks.%0D%0ABye');
    expect(parse(href).body).toBe('Dear Jo,\r\n\r\nThanks.\r\nBye');
  });

  it('encodes non-ASCII names as UTF-8', () => {
    const href = mailtoHref({
      to: 'tnguyen@example.edu',
      subject: 'Cà phê?',
      body: 'Dear Thảo Nguyễn and Zoë Ramírez-Okafor',
    });
    expect(href).toContain('subject=C%C3%A0%20ph%C3%AA%3F');
    expect(parse(href)).toEqual({
      to: 'tnguyen@example.edu',
      subject: 'Cà phê?',
      body: 'Dear Thảo Nguyễn and Zoë Ramírez-Okafor',
    });
  });

  it('encodes characters that would otherwise end or split a field', () => {
    const href = mailtoHref({
      to: 'a@example.edu',
      subject: 'Budgets & plans = 100% #1?',
      body: "R&D (it's) a+b",
    });
    expect(href).not.toMatch(/[ #'()]/);
    expect(href.split('&')).toHaveLength(2);
    expect(parse(href)).toMatchObject({
      subject: 'Budgets & plans = 100% #1?',
      body: "R&D (it's) a+b",
    });
  });
});
