import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../support/dist.ts';

// The fixture institution's own values (tests/fixtures/site/site.config.yaml), not the sample
// content's: the pages must take them from the configuration.
const HR_MAILTO = 'mailto:staff-connections@hvc.example.org';
const HR_CONTACT = 'People and Culture at staff-connections@hvc.example.org';
const SIGN_UP_FORM =
  'https://github.com/harbour-valley/staff-connections/issues/new?template=add-me.yml';
const PRIVACY_NOTICE = '/guides/privacy-notice/';
const JOIN_PAGE = '/guides/become-a-contact/';

const mainText = (page: string) => loadPage(page)('main').text().replace(/\s+/g, ' ');

describe('the privacy notice', () => {
  const page = 'guides/privacy-notice/index.html';
  const text = mainText(page);
  const $ = loadPage(page);

  it('says who runs the directory and gives their mailbox as a mailto link', () => {
    expect(text).toContain('The directory is run by People and Culture at Harbour Valley College.');
    expect($(`main a[href="${HR_MAILTO}"]`).first().text()).toBe(
      'staff-connections@hvc.example.org',
    );
  });

  it('says the directory is for staff, behind sign-in, and the public site shows only counts', () => {
    expect(text).toContain(
      'It is on the staff site, which asks you to sign in with your staff account before it shows any page.',
    );
    expect(text).toContain('the public site only says how many can help.');
    expect($('main a[href="https://careers.example.edu/"]')).toHaveLength(1);
  });

  it('lists every field a profile publishes', () => {
    expect(
      $('main ul.published-fields li')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual([
      'your name',
      'the name to greet you by, if it is not your first name',
      'your pronouns, if you give them',
      'your job title',
      'your department',
      'where you work',
      'your work email address, so colleagues can write to you',
      'a short bio, in your own words',
      'the topics you are happy to talk about',
      'the questions you can help colleagues answer',
      'what you would rather not be asked about, if you say',
      'your earlier roles, if you list them',
      'the languages you speak',
      'the ways you are happy to meet',
      'how many conversations you can take each month',
      'whether you are taking requests now',
      'the date you last confirmed your listing, and the date it ends',
    ]);
  });

  it('gives the re-confirmation period of the configuration, and that listings end on their own', () => {
    expect(text).toContain('Your listing lasts 18 months from the date you last confirmed it.');
    expect(text).toContain('your listing ends on that date by itself');
    expect(text).not.toContain('12 months');
  });

  it('says how to pause or leave, whom to ask and how soon the site changes', () => {
    expect(text).toContain('pause your listing');
    expect(text).toContain('leave the directory');
    expect(text).toContain(`To do any of these, contact ${HR_CONTACT}.`);
    expect(text).toContain('This happens each time a change is merged, and at least once a day.');
  });

  it('says that complete removal also rewrites the version history', () => {
    expect(text).toContain(
      'If you ask to be removed completely, an administrator also rewrites the version history',
    );
  });
});

describe('the "Become a network contact" page', () => {
  const page = 'guides/become-a-contact/index.html';
  const text = mainText(page);
  const $ = loadPage(page);

  it('links to the sign-up form of the configuration', () => {
    expect($(`main a[href="${SIGN_UP_FORM}"]`).text()).toBe('the sign-up form');
  });

  it('gives the HR mailbox for questions', () => {
    expect(text).toContain(
      `If you cannot use the form, or have a question, contact ${HR_CONTACT}.`,
    );
    expect($(`main a[href="${HR_MAILTO}"]`)).toHaveLength(1);
  });

  it('says what is published, how consent works and links to the privacy notice', () => {
    expect($('main ul.published-fields li').first().text()).toBe('your name');
    expect(text).toContain('Your agreement lasts 18 months.');
    expect($(`main a[href="${PRIVACY_NOTICE}"]`).length).toBeGreaterThan(0);
  });
});

describe('every "contact Human Resources" in the guides', () => {
  it('names the team of the configuration and carries its address', () => {
    const guides = htmlPages().filter((page) => /^guides\/[^/]+\/index\.html$/.test(page));
    const instructions = guides.flatMap((page) => {
      const $ = loadPage(page);
      return $('main .prose p, main .prose li')
        .filter((_, element) => /\bcontact\b/i.test($(element).text()))
        .filter((_, element) => /Human Resources|People and Culture/.test($(element).text()))
        .map((_, element) => ({
          page,
          mailto: $(element).find(`a[href="${HR_MAILTO}"]`).length,
        }))
        .get();
    });
    expect(instructions.map((found) => found.page)).toEqual([
      'guides/become-a-contact/index.html',
      'guides/privacy-notice/index.html',
      'guides/privacy-notice/index.html',
    ]);
    expect(instructions.every((found) => found.mailto === 1)).toBe(true);
  });
});

describe('links to the privacy notice', () => {
  it('are in the footer of every page, with the join page', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(90);
    const without = pages.filter((page) => {
      const footer = loadPage(page)('footer.site-footer');
      return (
        footer.find(`a[href="${PRIVACY_NOTICE}"]`).text() !== 'Privacy notice' ||
        footer.find(`a[href="${JOIN_PAGE}"]`).text() !== 'Become a network contact'
      );
    });
    expect(without).toEqual([]);
  });

  it('are on the directory page and on each profile, in the page itself', () => {
    const profiles = htmlPages().filter((page) =>
      /^directory\/(?!match\/)[a-z-]+\/index\.html$/.test(page),
    );
    expect(profiles).toHaveLength(57);
    const without = ['directory/index.html', ...profiles].filter(
      (page) => loadPage(page)(`main a[href="${PRIVACY_NOTICE}"]`).length === 0,
    );
    expect(without).toEqual([]);
    expect(mainText('directory/amara-osei/index.html')).toContain(
      'Amara Osei asked to be listed. The privacy notice says what is published and how to pause or leave.',
    );
  });
});
