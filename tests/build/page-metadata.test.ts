import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';
import { readPng } from '../support/png.ts';

// The fixture site is published at the root of https://people.example.edu, titled "Staff
// Connections", with the theme colours #1d5a8c (accent) and #9fcbf0 (accentDark).
const IMAGE = 'https://people.example.edu/social-image.png';
// In the fixture, pages that name contacts are the ones that ask search engines to stay away.
const namesContacts = (page: string) =>
  loadPage(page)('meta[name="robots"]').attr('content') === 'noindex';
const pages = htmlPages().filter((page) => page !== '404.html' && !namesContacts(page));
const contactPages = htmlPages().filter((page) => page !== '404.html' && namesContacts(page));

const meta = (page: string) => {
  const $ = loadPage(page);
  const value = (selector: string) => $(selector).attr('content');
  return {
    type: value('meta[property="og:type"]'),
    siteName: value('meta[property="og:site_name"]'),
    title: value('meta[property="og:title"]'),
    description: value('meta[property="og:description"]'),
    url: value('meta[property="og:url"]'),
    image: value('meta[property="og:image"]'),
    imageWidth: value('meta[property="og:image:width"]'),
    imageHeight: value('meta[property="og:image:height"]'),
    imageAlt: value('meta[property="og:image:alt"]'),
    card: value('meta[name="twitter:card"]'),
    metaDescription: value('meta[name="description"]'),
    canonical: $('link[rel="canonical"]').attr('href'),
  };
};

describe('link previews', () => {
  it('a guide gives its title, description, absolute address and the default image', () => {
    expect(meta('guides/become-a-contact/index.html')).toMatchObject({
      type: 'website',
      siteName: 'Staff Connections',
      title: 'Become a network contact',
      url: 'https://people.example.edu/guides/become-a-contact/',
      image: IMAGE,
      imageWidth: '1200',
      imageHeight: '630',
      card: 'summary_large_image',
      canonical: 'https://people.example.edu/guides/become-a-contact/',
    });
  });

  it('a workshop page gives its own title and summary', () => {
    expect(meta('workshops/networking-basics/index.html')).toMatchObject({
      title: 'Networking Basics',
      description:
        'A half-day workshop on finding colleagues to talk to and holding short, useful conversations.',
      url: 'https://people.example.edu/workshops/networking-basics/',
    });
  });

  it.each(pages)('%s has every Open Graph and Twitter card tag, with absolute URLs', (page) => {
    const tags = meta(page);
    expect(tags.siteName).toBe('Staff Connections');
    expect(tags.type).toBe('website');
    expect(tags.title?.trim()).toBeTruthy();
    expect(tags.metaDescription?.trim()).toBeTruthy();
    expect(tags.description).toBe(tags.metaDescription);
    expect(tags.url).toBe(`https://people.example.edu/${page.replace(/index\.html$/, '')}`);
    expect(tags.image).toBe(IMAGE);
    expect(tags.imageAlt?.trim()).toBeTruthy();
    expect(tags.card).toBe('summary_large_image');
  });
});

describe('pages that name contacts', () => {
  it('include the profiles and the directory', () => {
    expect(contactPages).toContain('directory/abel-abbott/index.html');
    expect(contactPages).toContain('directory/index.html');
  });

  it.each(contactPages)('%s offers no link preview', (page) => {
    const $ = loadPage(page);
    expect($('meta[property^="og:"]')).toHaveLength(0);
    expect($('meta[name^="twitter:"]')).toHaveLength(0);
  });

  // A description is for search results and link previews, and these pages are in neither.
  it.each(contactPages)('%s carries no meta description', (page) => {
    expect(loadPage(page)('meta[name="description"]')).toHaveLength(0);
  });
});

describe('the default image', () => {
  const png = readPng(readFileSync(join(DIST, 'social-image.png')));

  it('is a 1200 by 630 PNG', () => {
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it("is drawn in the site's colours", () => {
    // The ground is the accent, the band at the foot the dark-mode accent, the centre white.
    expect(png.pixel(300, 100)).toBe('#1d5a8c');
    expect(png.pixel(1100, 620)).toBe('#9fcbf0');
    expect(png.pixel(600, 315)).toBe('#ffffff');
  });
});

describe('the "not found" page', () => {
  const $ = loadPage('404.html');

  it('has no canonical link and asks search engines not to index it', () => {
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('meta[property="og:url"]')).toHaveLength(0);
  });

  it('still previews as a page of the site', () => {
    expect($('meta[property="og:title"]').attr('content')).toBe('Page not found');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[property="og:image"]').attr('content')).toBe(IMAGE);
  });
});
