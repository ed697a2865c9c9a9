import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Adds a person to the network map through its form, as a reader would. */
async function addToMap(page: Page, name: string, circle: string, closeness: string) {
  await page.getByLabel('Name or initials').fill(name);
  await page.getByLabel('Circle').selectOption({ label: circle });
  await page.getByLabel(closeness).check();
  await page.getByRole('button', { name: 'Add to my map' }).click();
}

describe('the question bank and interview plan', () => {
  it('reads as a plain page without JavaScript, one section per purpose', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('guides/question-bank/'));
    const sections = await page.locator('[data-question-bank] h2').allTextContents();
    expect(sections).toEqual([
      'Openers',
      'Organizational needs',
      'Culture',
      'Future opportunities',
      'Fit with my skills, interests and values',
      'Closers',
    ]);
    expect(await page.locator('[data-question-bank] .question').count()).toBe(12);
    await expect(page.locator('#plan').isHidden()).resolves.toBe(true);
    // It says what the plan needs, and that the questions print as a list.
    await expect(page.getByText('This tool needs JavaScript').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-question-bank] .question').nth(11).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('article').innerText()).resolves.not.toMatch(/use the tool/i);
    await context.close();
  });

  it('builds a plan, reorders it, adds an own question and downloads it', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('guides/question-bank/'));
    await expect(page.getByText('This tool needs JavaScript').isVisible()).resolves.toBe(false);
    const questions = page.locator('[data-question-bank] .question');
    // The first opener and the first closer of the fixture's question bank.
    const first = 'What does a normal week look like for you?';
    const second = 'May I tell you later how things went?';
    await questions
      .nth(0)
      .getByRole('button', { name: /^Add to my plan/ })
      .click();
    await questions
      .nth(10)
      .getByRole('button', { name: /^Add to my plan/ })
      .click();
    await expect(page.locator('[data-plan-status]').textContent()).resolves.toBe(
      `Added to your plan: ${second}`,
    );
    await page.locator('#own-question').fill('What surprised you most when you joined?');
    await page.locator('#own-question').press('Enter');
    await page
      .getByRole('button', { name: 'Move up: May I tell you later how things went?' })
      .click();
    const planned = await page.locator('[data-plan-list] .plan__question').allTextContents();
    await expect(page.locator('[data-plan-counter]').textContent()).resolves.toBe(
      'My interview plan: 3 questions',
    );
    expect(planned).toEqual([second, first, 'What surprised you most when you joined?']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as text' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('interview-plan.txt');
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(
      `My interview plan\n\n1. ${second}\n2. ${first}\n3. What surprised you most when you joined?\n`,
    );
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(readFileSync((await markdown.path()) ?? '', 'utf8')).toMatch(
      /^# My interview plan\n\n1\. /,
    );

    await page.reload();
    expect(await page.locator('[data-plan-list] .plan__question').allTextContents()).toEqual(
      planned,
    );

    // The bank's button now removes, and keeps keyboard focus; removing the last plan item focuses the plan heading.
    const toggle = questions.nth(0).locator('[data-plan-add]');
    await expect(toggle.getAttribute('aria-label')).resolves.toBe(`Remove from my plan: ${first}`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    for (let left = 2; left > 0; left--) {
      await page.locator('[data-plan-list] [data-action="remove"]').first().click();
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('plan-heading');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the network map', () => {
  it('without JavaScript, says what the tool needs and offers a blank map to print', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('guides/map-your-network/'));
    await expect(page.locator('#network-map').isHidden()).resolves.toBe(true);
    await expect(page.getByText('This tool needs JavaScript').isVisible()).resolves.toBe(true);
    const blank = page.getByRole('img', { name: 'A blank network map to print' });
    await expect(blank.isVisible()).resolves.toBe(true);
    await expect(blank.locator('.network-drawing__ring').count()).resolves.toBe(3);
    await expect(blank.locator('text[data-circle]').allTextContents()).resolves.toEqual([
      'Your own team',
      'Other departments',
      'Leadership',
      'People in similarroles elsewhere',
      'Employee groups',
      'Outside yourinstitution',
    ]);
    await expect(blank.locator('.network-drawing__person').count()).resolves.toBe(0);
    await expect(page.locator('article').innerText()).resolves.not.toMatch(/use the tool/i);

    // The blank map downloads as an image of its own.
    const link = page.getByRole('link', { name: 'download the blank map' });
    await expect(link.getAttribute('download')).resolves.toBe('blank-network-map.svg');
    const file = await context.request.get(
      new URL((await link.getAttribute('href'))!, page.url()).href,
    );
    expect(file.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await file.text()).toContain(
      '<title id="blank-network-map-title">A blank network map</title>',
    );

    // On paper: the blank map prints, the sentence about printing does not.
    await page.emulateMedia({ media: 'print' });
    await expect(blank.isVisible()).resolves.toBe(true);
    await expect(page.getByText('This tool needs JavaScript').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('draws the reader at the centre and each person in their ring and circle', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    const picture = page.getByRole('img', { name: 'Your network map' });
    await expect(picture.locator('.network-drawing__person').count()).resolves.toBe(0);
    await expect(page.locator('.tool-fallback').isVisible()).resolves.toBe(false);
    const add = (name: string, circle: string, closeness: string) =>
      addToMap(page, name, circle, closeness);
    await add('Ana', 'Your own team', 'They would help me if I asked');
    await add('Ben', 'Outside your institution', 'We have met');
    const people = await picture.locator('.network-drawing__person').evaluateAll((groups) =>
      groups.map((group) => ({
        name: group.querySelector('text')?.textContent,
        circle: group.getAttribute('data-circle'),
        closeness: group.getAttribute('data-closeness'),
      })),
    );
    expect(people).toEqual([
      { name: 'Ana', circle: 'own-team', closeness: '3' },
      { name: 'Ben', circle: 'outside', closeness: '1' },
    ]);
    await expect(picture.locator('.network-drawing__ring').count()).resolves.toBe(3);
    await expect(picture.locator('text[data-circle]').count()).resolves.toBe(6);
    await expect(picture.locator('desc').textContent()).resolves.toContain(
      'Your own team: 1 (Ana). Outside your institution: 1 (Ben).',
    );
    // The radio buttons sit beside their labels, on the same line.
    const radio = await page.getByLabel('We have met').boundingBox();
    const label = await page.locator('label[for="closeness-1"]').boundingBox();
    expect(label!.x).toBeGreaterThan(radio!.x + radio!.width);
    expect(Math.abs(label!.y + label!.height / 2 - (radio!.y + radio!.height / 2))).toBeLessThan(4);

    // The picture downloads as an SVG file and as a PNG image.
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the picture (SVG)' }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toBe('my-network-map.svg');
    const svgText = readFileSync((await svgFile.path()) ?? '', 'utf8');
    expect(svgText).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svgText).toContain('>Ana</text>');
    expect(svgText).toContain('>Ben</text>');
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the picture (PNG)' }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toBe('my-network-map.png');
    const png = readFileSync((await pngFile.path()) ?? '');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Twice the picture's size, read from the PNG's header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1800, 1580]);

    // On paper: the picture and the list, none of the controls.
    await page.emulateMedia({ media: 'print' });
    await expect(picture.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-network-circles]').isVisible()).resolves.toBe(true);
    for (const control of [
      page.locator('[data-network-form]'),
      page.getByRole('button', { name: 'Download the picture (SVG)' }),
      page.getByRole('button', { name: 'Delete my data' }),
      page.getByRole('button', { name: 'Remove Ana' }),
    ]) {
      await expect(control.isVisible()).resolves.toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before Delete: Keep keeps everything, Yes deletes it', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    await page.getByLabel('Name or initials').fill('Ana');
    await page.getByRole('button', { name: 'Add to my map' }).click();
    const remove = page.getByRole('button', { name: 'Delete my data' });
    const question = page.getByRole('group', {
      name: 'Delete all entries from this browser? This cannot be undone.',
    });
    await expect(question.isVisible()).resolves.toBe(false);

    await remove.click();
    await expect(question.isVisible()).resolves.toBe(true);
    // Focus goes to the choice that loses nothing.
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Keep them',
    );
    await page.keyboard.press('Enter');
    await expect(question.isVisible()).resolves.toBe(false);
    await expect(remove.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(page.locator('[data-network-status]').textContent()).resolves.toBe(
      'Nothing was deleted.',
    );
    await expect(page.locator('[data-network-circles]').textContent()).resolves.toContain('Ana');
    await expect(
      page.evaluate(() => localStorage.getItem('networking-hub:network-map')),
    ).resolves.toContain('"Ana"');

    await remove.click();
    await page.keyboard.press('Escape');
    await expect(question.isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-network-circles]').textContent()).resolves.toContain('Ana');

    await remove.click();
    await question.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(question.isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-network-empty]').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('img', { name: 'Your network map' })
        .locator('.network-drawing__person')
        .count(),
    ).resolves.toBe(0);
    await expect(
      page.evaluate(() => localStorage.getItem('networking-hub:network-map')),
    ).resolves.toBeNull();
    await expect(remove.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('scores a network, keeps it after a reload, exports, deletes and imports it', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    const add = (name: string, circle: string, closeness: string) =>
      addToMap(page, name, circle, closeness);
    await add('Ana', 'Your own team', 'They would help me if I asked');
    await add('Ben', 'Leadership', 'We have met');
    await expect(page.locator('[data-network-breadth]').textContent()).resolves.toBe(
      'Narrow: your network reaches 2 of 6 circles.',
    );
    const gapLinks = await page
      .locator('[data-network-gaps] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(gapLinks).toContain('/directory/?goal=other-departments');
    expect(gapLinks).toContain('/directory/?goal=leadership-changes');

    await page.reload();
    await expect(page.locator('[data-network-circles]').textContent()).resolves.toContain('Ana');
    await expect(page.locator('[data-network-circles]').textContent()).resolves.toContain('Ben');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as a file' }).click(),
    ]);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    const saved = join(tmpdir(), `network-map-${Date.now()}.json`);
    writeFileSync(saved, exported);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.locator('[data-network-empty]').isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(() => localStorage.getItem('networking-hub:network-map')),
    ).resolves.toBeNull();
    await page.reload();
    await expect(page.locator('[data-network-empty]').isVisible()).resolves.toBe(true);

    await page.locator('#network-import').setInputFiles(saved);
    // Reading the file is asynchronous: wait for the page to say it is done.
    await page.locator('[data-network-status]', { hasText: 'Imported 2 people.' }).waitFor();
    await expect(page.locator('[data-network-circles]').textContent()).resolves.toContain('Ana');

    // Importing over a map that has people asks first.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.locator('#network-import').setInputFiles(saved);
    await page.locator('[data-network-status]', { hasText: 'Nothing was imported.' }).waitFor();
    expect(asked).toBe('Replace the 2 people on your map with the 2 in this file?');
    await expect(page.locator('[data-network-breadth]').textContent()).resolves.toBe(
      'Narrow: your network reaches 2 of 6 circles.',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    await page.getByLabel('Name or initials').focus();
    await page.keyboard.type('Cleo');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-network-status]').textContent()).resolves.toBe(
      'Added Cleo to your map, in your own team.',
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('person-name');
    await context.close();
  });
});

describe('outreach templates', () => {
  it('without JavaScript, show the messages but no copy buttons that could not work', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('guides/ask-for-a-conversation/'));
    await expect(page.locator('.template pre').first().isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: /^Copy the/ }).count()).toBe(0);
    await context.close();
  });

  it('offers four messages, each with a copy button', async () => {
    const { page, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(siteUrl('guides/ask-for-a-conversation/'));
    expect(await page.locator('.template h3').allTextContents()).toEqual([
      'Request',
      'Reminder',
      'Thank you',
      'Later update',
    ]);
    await page.getByRole('button', { name: 'Copy the reminder message' }).click();
    await page.locator('[data-copy-status]', { hasText: 'Copied.' }).waitFor({ state: 'attached' });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
      /^Subject: Following up/,
    );
    await context.close();
  });
});

describe('guides', () => {
  it('have contents, previous and next links, and a last-reviewed date', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('guides/question-bank/'));
    await expect(page.locator('nav.contents a').allTextContents()).resolves.toEqual([
      'How to choose',
      'After you choose',
    ]);
    await expect(page.locator('a[rel="prev"]').textContent()).resolves.toBe(
      'Previous Prepare for a conversation',
    );
    await expect(page.locator('a[rel="next"]').textContent()).resolves.toBe(
      'Next Ask for a conversation',
    );
    await expect(page.locator('article').textContent()).resolves.toContain(
      'Last reviewed 1 October 2026.',
    );
    await context.close();
  });

  it('print without navigation, related lists or tools', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header nav',
      'nav.contents',
      '.related',
      '.guide-pagination',
      '[data-network-form]',
    ]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['guide', 'guides/start-here/'],
    ['question bank', 'guides/question-bank/'],
    ['network map', 'guides/map-your-network/'],
    ['outreach templates', 'guides/ask-for-a-conversation/'],
  ],
);
