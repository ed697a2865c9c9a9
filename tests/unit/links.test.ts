import { describe, expect, it } from 'vitest';
import { contentLinkHref, isSitePath, linkKind } from '../../src/shared/links.ts';
import { siteUrls } from '../../src/shared/urls.ts';

describe('what a link written in content points to', () => {
  it.each([
    ['/', 'site-path'],
    ['/directory/', 'site-path'],
    ['/guides/start-here/#ask', 'site-path'],
    ['/search/?q=budget%2Fplans', 'site-path'],
    ['#ask', 'fragment'],
    ['https://groups.example.edu/budget', 'scheme'],
    ['HTTPS://groups.example.edu/budget', 'scheme'],
    ['mailto:hr@example.edu', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    // Browsers take each of these off the site, or read them relative to the page.
    ['//evil.test/path', 'ambiguous'],
    ['/\\evil.test/path', 'ambiguous'],
    ['\\\\evil.test/path', 'ambiguous'],
    ['/guides\\start-here/', 'ambiguous'],
    ['/%5Cevil.test/path', 'ambiguous'],
    ['/%5cevil.test/path', 'ambiguous'],
    ['/%2F/evil.test/path', 'ambiguous'],
    ['/\t/evil.test/path', 'ambiguous'],
    ['/\n/evil.test/path', 'ambiguous'],
    [' //evil.test/path', 'ambiguous'],
    ['/guides/start here/', 'ambiguous'],
    ['guides/start-here/', 'ambiguous'],
    ['./start-here/', 'ambiguous'],
    ['?q=budget', 'ambiguous'],
    ['', 'ambiguous'],
  ])('%j is %s', (href, kind) => {
    expect(linkKind(href)).toBe(kind);
  });

  it('puts the base path only in front of paths of the site', () => {
    expect(isSitePath('/directory/')).toBe(true);
    expect(isSitePath('/\\evil.test/')).toBe(false);
    expect(isSitePath('//evil.test/')).toBe(false);
  });
});

describe('the address a link in a body gets on the page', () => {
  const underBase = siteUrls('/networking');
  it.each([
    ['/directory/', '/networking/directory/'],
    ['#ask', '#ask'],
    ['https://groups.example.edu/budget', 'https://groups.example.edu/budget'],
    ['mailto:hr@example.edu', 'mailto:hr@example.edu'],
    ['/\\evil.test/path', undefined],
    ['//evil.test/path', undefined],
    ['javascript:alert(1)', undefined],
    ['http://groups.example.edu/budget', undefined],
    ['data:text/html,hello', undefined],
  ])('%j links to %j', (href, resolved) => {
    expect(contentLinkHref(href, underBase)).toBe(resolved);
  });
});
