/**
 * The real web editor (Decap CMS, /admin/ of the staff edition) in Chromium, against decap-server
 * on a git repository made from a copy of the fixture site: what an HR editor does in the form is
 * what lands in git, and it validates and builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { splitFrontmatter } from '../../src/content-model/validation/yaml-source.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_NOW_MS, FIXTURE_TODAY } from '../support/fixtures.ts';
import { startEditor, type EditorSetup } from '../support/web-editor.ts';

let editor: EditorSetup;
let browser: Browser;
let page: Page;
const policyViolations: string[] = [];
/** What the editor reports as wrong in its own configuration. */
const configErrors: string[] = [];

beforeAll(async () => {
  editor = await startEditor();
  browser = await launchBrowser();
  const context = await browser.newContext();
  // The browser's today is the fixture's, so a new contact is confirmed on the pinned day.
  await context.clock.install({ time: FIXTURE_NOW_MS });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    if (message.type() === 'error' && /collection|config/i.test(message.text()))
      configErrors.push(message.text());
  });
  await page.goto(editor.adminUrl);
  // decap-server needs no password: its sign-in is one button.
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Network contacts').first().waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
});

const file = (path: string) => readFileSync(join(editor.copy.root, path), 'utf8');
const field = (label: string) => page.getByLabel(label, { exact: true });

async function choose(label: string, option: string) {
  await field(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Saves a draft (a branch, as a pull request would be), marks it ready and publishes it. An entry
 * of a folder collection then offers its delete button; a file of the Lists collection stays, so
 * its published status is the sign.
 */
async function saveAndPublish({ file = false } = {}) {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Changes saved').waitFor();
  await page.getByText('Status: Draft').click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByText('Status: Ready').waitFor();
  await page.getByText('Publish', { exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await (
    file
      ? page.getByText('Published', { exact: true })
      : page.getByRole('button', { name: 'Delete published entry' })
  ).waitFor();
}

/** Opens an entry in a fresh page load, as an editor following a link would; the sign-in is kept. */
async function openEntry(path: string) {
  await page.goto('about:blank');
  await page.goto(`${editor.adminUrl}#/collections/${path}`);
}

const cmsBranches = () => editor.git('branch', '--list', 'cms/*').trim();

describe('the web editor', () => {
  it('refuses an incomplete email address in the form, saving nothing', async () => {
    await page.goto(`${editor.adminUrl}#/collections/contacts/new`);
    await field('Name').fill('Robin Lowe');
    // Typed and then cleared: an optional field left empty is not written.
    // Optional fields are labelled "Pronouns (optional)".
    await page.getByLabel(/^Pronouns/).fill('they/them');
    await page.getByLabel(/^Pronouns/).clear();
    await field('Title').fill('Payroll Officer');
    await choose('Department', 'Finance Office');
    await choose('Location', 'North campus');
    await field('Email').fill('nope@');
    await field('Bio').fill(
      'Robin runs the payroll team and helps colleagues plan a move into finance.',
    );
    await choose('Ask me about', 'Budgeting');
    await choose('Helps with', 'Changes in my department');
    await choose('Formats', 'Video call');
    await field('Capacity').fill('2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() =>
        page
          .getByText("Email didn't match the pattern", { exact: false })
          .textContent()
          .catch(() => null),
      )
      .toBe(
        "Email didn't match the pattern: A work email address ending in @example.edu, such as jlee@example.edu.",
      );
    expect(cmsBranches()).toBe('');
  });

  it('creates the contact as YAML an editor would write, confirmed today and accepting', async () => {
    expect(await field('Confirmed').inputValue()).toBe(FIXTURE_TODAY);
    await field('Email').clear();
    await field('Email').fill('rlowe@example.edu');
    await saveAndPublish();
    expect(file('content/contacts/robin-lowe.yaml')).toBe(`name: Robin Lowe
title: Payroll Officer
department: finance
location: north-campus
email: rlowe@example.edu
bio: Robin runs the payroll team and helps colleagues plan a move into finance.
askMeAbout:
  - budgeting
helpsWith:
  - department-changes
languages:
  - English
formats:
  - video
capacity: 2
accepting: true
confirmed: ${FIXTURE_TODAY}
`);
    expect(editor.git('log', '-1', '--format=%s')).toContain('robin-lowe');
  });

  it('adds a session to a workshop', async () => {
    await openEntry('workshops/entries/networking-basics');
    await page.getByRole('button', { name: 'Add sessions' }).click();
    await page.getByLabel('Start', { exact: true }).last().fill('2026-12-17T13:00');
    await page.getByLabel('End', { exact: true }).last().fill('2026-12-17T15:30');
    await page
      .getByLabel(/^Location/)
      .last()
      .fill('Harbour Hall, Room 204');
    await saveAndPublish();
    const frontmatter = parse(
      splitFrontmatter(file('content/workshops/networking-basics.md'))?.yaml ?? '',
    ) as { sessions: unknown[] };
    expect(frontmatter.sessions).toHaveLength(6);
    expect(frontmatter.sessions.at(-1)).toEqual({
      start: '2026-12-17T13:00',
      end: '2026-12-17T15:30',
      location: 'Harbour Hall, Room 204',
    });
  });

  it("edits a group's meeting time, changing only that line", async () => {
    await openEntry('groups/entries/budget-holders-forum');
    await field('Cadence').clear();
    await field('Cadence').fill('Second Thursday of the month, 12:30-13:30');
    await saveAndPublish();
    const diff = editor
      .git('diff', 'HEAD~1', '--unified=0', '--', 'content/groups/budget-holders-forum.yaml')
      .split('\n')
      .filter((line) => /^[-+][^-+]/.test(line));
    expect(diff).toEqual([
      '-cadence: First Thursday of the month, 12:30-13:30',
      '+cadence: Second Thursday of the month, 12:30-13:30',
    ]);
  });

  it('adds a topic to the list of topics, writing only its lines', async () => {
    await openEntry('lists/entries/topics');
    await page.getByRole('button', { name: 'Add topic' }).click();
    await field('Id').last().fill('public-speaking');
    await field('Name').last().fill('Public speaking');
    await field('Description').last().fill('Presenting to a room, a panel or a camera.');
    await saveAndPublish({ file: true });
    const added = editor
      .git('diff', 'HEAD~1', '--unified=0', '--', 'content/taxonomies/topics.yaml')
      .split('\n')
      .filter((line) => /^[-+][^-+]/.test(line));
    expect(added).toEqual([
      '+  - id: public-speaking',
      '+    name: Public speaking',
      '+    description: Presenting to a room, a panel or a camera.',
    ]);
  });

  it('left no drafts behind, broke no content security policy, found its configuration sound', () => {
    expect(cmsBranches()).toBe('');
    expect(policyViolations).toEqual([]);
    expect(configErrors).toEqual([]);
  });

  it('wrote files that pass validate', () => {
    expect(validateContent(editor.copy.root, FIXTURE_TODAY).errors).toEqual([]);
  });

  it('shows the edits in the rebuilt site', () => {
    const run = editor.rebuild();
    expect(run.status, run.output).toBe(0);
    const dist = editor.copy.dist;
    expect(existsSync(join(dist, 'directory/robin-lowe/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'directory/robin-lowe/index.html'), 'utf8')).toContain(
      'Payroll Officer',
    );
    expect(readFileSync(join(dist, 'workshops/networking-basics/index.html'), 'utf8')).toContain(
      'Harbour Hall, Room 204',
    );
    expect(readFileSync(join(dist, 'groups/index.html'), 'utf8')).toContain(
      'Second Thursday of the month, 12:30-13:30',
    );
  });

  it('lists the new topic in the rebuilt site, with a page of its own', () => {
    const dist = editor.copy.dist;
    expect(existsSync(join(dist, 'topics/public-speaking/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'topics/index.html'), 'utf8')).toContain('Public speaking');
  });
});
