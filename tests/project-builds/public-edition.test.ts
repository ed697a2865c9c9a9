import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIn, projectCopy } from '../support/project-copy.ts';
import { treeDigest } from '../support/tree-digest.ts';

// The fixture institution's public edition, built once with `npm run build:public`.
const copy = projectCopy({ content: 'site' });
afterAll(() => copy.remove());
const first = buildIn(copy, { edition: 'public' });
const publicDist = join(copy.root, 'dist-public');
const page = (path: string) => load(readFileSync(join(publicDist, path), 'utf8'));

describe('npm run build:public', () => {
  it('passes the leak check and publishes dist-public/, leaving dist/ alone', () => {
    expect(first.output).toContain('Published the new public edition to dist-public/.');
    expect(first.status).toBe(0);
    expect(existsSync(join(copy.root, 'dist'))).toBe(false);
  });

  it('no file, unpacked where compressed, holds the name or email of any fixture contact', () => {
    const contactsDir = join(copy.root, 'content/contacts');
    const contacts = readdirSync(contactsDir).map((file) => {
      const text = readFileSync(join(contactsDir, file), 'utf8');
      return [/^name: (.+)$/m.exec(text)![1]!, /^email: (.+)$/m.exec(text)![1]!];
    });
    expect(contacts.length).toBeGreaterThan(50);
    const files = readdirSync(publicDist, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile(),
    );
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((entry) => {
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString();
      return contacts.flat().filter((trace) => text.includes(trace));
    });
    expect(found).toEqual([]);
  });

  it("its search vocabulary holds the labels' words and none of the contacts'", () => {
    const vocabulary = JSON.parse(
      readFileSync(join(publicDist, 'search-vocabulary.json'), 'utf8'),
    ) as { labels: string[]; people: string[] };
    expect(vocabulary.people).toEqual([]);
    expect(vocabulary.labels).toEqual(expect.arrayContaining(['budgeting', 'finance']));
    expect(vocabulary.labels).not.toContain('osei');
  });

  it('has no directory listing, profile or browse page', () => {
    for (const path of [
      'directory/page/2/index.html',
      'directory/amara-osei/index.html',
      'topics/index.html',
      'topics/budgeting/index.html',
      'departments/index.html',
      'goals/index.html',
      // The guided match suggests people, from data that names them.
      'directory/match',
      // The directory search's own index names them too.
      'directory/search-index',
      // The web editor commits to the repository: staff only.
      'admin/index.html',
      'admin/config.yml',
      'admin/decap-cms.js',
    ]) {
      expect(existsSync(join(publicDist, path)), path).toBe(false);
    }
  });

  it('keeps the guides, workshops, groups, search and calendars', () => {
    for (const path of [
      'guides/start-here/index.html',
      'guides/question-bank/index.html',
      'workshops/networking-basics/index.html',
      'groups/index.html',
      'search/index.html',
      'workshops/calendar.ics',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(publicDist, path)), path).toBe(true);
    }
  });

  it('its home page sends the seven questions to the staff edition’s guided match', () => {
    const $ = page('index.html');
    expect($('ol.goals a').first().text()).toBe('What is changing in my department?');
    expect($('ol.goals a').first().attr('href')).toBe(
      'https://people.example.edu/directory/match/?goal=department-changes',
    );
  });

  it('its directory page sends the reader to sign in to the staff edition', () => {
    const $ = page('directory/index.html');
    expect($('main .contact-card')).toHaveLength(0);
    expect($('main a[href="https://people.example.edu/directory/"]').text()).toBe(
      'Sign in to the staff directory',
    );
  });

  it('its search offers guides, workshops and groups, and sends the reader to the staff directory for people', () => {
    const $ = page('search/index.html');
    expect($('label[for="site-search-page-q"]').text()).toBe('Search guides, workshops and groups');
    expect($('#site-search-form').attr('data-groups')).toBe('guide workshop group');
    expect($('meta[name="description"]').attr('content')).toBe(
      'Search the guides, workshops and employee groups.',
    );
    expect($('main').text()).not.toMatch(/contact/i);
    const toStaff = $('#site-search-people a');
    expect(toStaff.text()).toBe('staff directory');
    expect(toStaff.attr('href')).toBe('https://people.example.edu/directory/');
  });

  it('has the privacy notice and the join page, with the HR mailbox, linked from its directory page', () => {
    const notice = page('guides/privacy-notice/index.html');
    expect(notice('main a[href="mailto:staff-connections@hvc.example.org"]')).toHaveLength(2);
    expect(notice('main').text()).toContain(
      'This is the public version of the site, with the guides, workshops and tools. It never names a contact. Where the staff site lists colleagues, this site only says how many can help.',
    );
    const join = page('guides/become-a-contact/index.html');
    expect(
      join(
        'main a[href="https://github.com/harbour-valley/staff-connections/issues/new?template=add-me.yml"]',
      ).text(),
    ).toBe('the sign-up form');
    const $ = page('directory/index.html');
    expect($('main a[href="/guides/privacy-notice/"]').text()).toBe('directory privacy notice');
    expect($('main a[href="/guides/become-a-contact/"]').text()).toBe('Become a network contact');
    expect($('footer a[href="/guides/privacy-notice/"]').text()).toBe('Privacy notice');
  });

  it('a guide says how many colleagues can help and links to the staff directory', () => {
    const $ = page('guides/map-your-network/index.html');
    const section = $('section[aria-labelledby="related-contacts-heading"]');
    expect(section.find('.contact-card')).toHaveLength(0);
    expect(section.text()).toContain('53 colleagues have agreed to talk with you about this.');
    expect(section.find('a').attr('href')).toBe(
      'https://people.example.edu/directory/?goal=other-departments',
    );
  });

  it('links within itself only to files it has, and to the staff edition for people', () => {
    const PUBLIC = 'https://careers.example.edu';
    const pages = readdirSync(publicDist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.split('\\').join('/'));
    const links = pages.flatMap((file) => {
      const $ = page(file);
      const here = new URL(`/${file.replace(/index\.html$/, '')}`, PUBLIC);
      return (
        $('a[href], link[href], script[src]')
          .toArray()
          // The not-found page names itself canonically at /404/, as in the staff edition.
          .filter((element) => $(element).attr('rel') !== 'canonical')
          .map((element) => new URL($(element).attr('href') ?? $(element).attr('src')!, here))
      );
    });
    const missing = links
      .filter((url) => url.origin === PUBLIC)
      .map((url) => (url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname))
      .filter((path) => !existsSync(join(publicDist, path)));
    expect(missing).toEqual([]);
    const toStaff = new Set(
      links.filter((url) => url.origin === 'https://people.example.edu').map((url) => url.pathname),
    );
    expect([...toStaff].sort()).toEqual([
      '/directory/',
      '/directory/match/',
      '/topics/budgeting/',
      '/topics/mentoring/',
    ]);
  });

  it('is published at its own address', () => {
    expect(readFileSync(join(publicDist, 'robots.txt'), 'utf8')).toContain(
      'https://careers.example.edu/sitemap-index.xml',
    );
  });

  it('previews its pages at its own address, with its own copy of the default image', () => {
    const $ = page('guides/start-here/index.html');
    expect($('meta[property="og:url"]').attr('content')).toBe(
      'https://careers.example.edu/guides/start-here/',
    );
    expect($('meta[property="og:image"]').attr('content')).toBe(
      'https://careers.example.edu/social-image.png',
    );
    expect(existsSync(join(publicDist, 'social-image.png'))).toBe(true);
  });
});

describe('the leak check', () => {
  it('stops a public edition that names a contact, leaving dist-public/ untouched', () => {
    const before = treeDigest(publicDist);
    appendFileSync(
      join(copy.root, 'content/guides/start-here.mdx'),
      '\nAsk Amara Osei about the budget.\n',
    );
    const run = buildIn(copy, { edition: 'public' });
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'guides/start-here/index.html: the name "Amara Osei" of contact amara-osei',
    );
    expect(run.output).toContain('The site was not published: dist-public/ was not changed.');
    expect(treeDigest(publicDist)).toEqual(before);
  });
});

describe('an institution that runs the staff edition alone', () => {
  const alone = projectCopy({ content: 'site', editConfig: (text) => text.split('editions:')[0]! });
  afterAll(() => alone.remove());

  it('is told build:public has no public edition to build', () => {
    const run = buildIn(alone, { edition: 'public' });
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'site.config.yaml has no public edition, so there is none to build',
    );
    expect(run.distExists).toBe(false);
  });
});
