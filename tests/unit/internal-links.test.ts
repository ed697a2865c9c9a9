import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const GUIDE = 'content/guides/start-here.mdx';

/** The errors of the valid fixture (or `overlay` on it) once `links` are the text of a guide. */
function errorsWithLinks(links: string[], overlay?: string, change?: (root: string) => void) {
  const fixture = fixtureWith(overlay);
  cleanup = fixture.cleanup;
  const path = join(fixture.root, GUIDE);
  writeFileSync(
    path,
    `${readFileSync(path, 'utf8')}\n${links.map((link) => `[a](${link})`).join('\n\n')}\n`,
  );
  change?.(fixture.root);
  return validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem);
}

describe('a link in a body to a page of the site', () => {
  it('leads to any page the site builds, with or without a query or fragment', () => {
    const links = [
      '/',
      '/guides/',
      '/guides/question-bank/#pick',
      '/directory/',
      '/directory/?q=budget&department=vpf',
      '/directory/grace-hopper/',
      '/departments/',
      '/departments/vpf/',
      '/topics/data-analysis/',
      '/goals/skills/',
      '/workshops/',
      '/workshops/intro-workshop/',
      '/workshops/calendar.ics',
      '/groups/#group-budget-circle',
      '/search/?q=budget',
    ];
    expect(errorsWithLinks(links)).toEqual([]);
  });

  it('is refused when the page does not exist, with the closest page', () => {
    expect(
      errorsWithLinks(['/workshops/intro-workshop', '/topic/budgeting/', '/nowhere/at/all/']),
    ).toEqual([
      `${GUIDE}:15:1 links to "/workshops/intro-workshop", a page the site does not have; did you mean "/workshops/intro-workshop/"? (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")`,
      `${GUIDE}:17:1 links to "/topic/budgeting/", a page the site does not have; did you mean "/topics/budgeting/"? (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")`,
      `${GUIDE}:19:1 links to "/nowhere/at/all/", a page the site does not have (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")`,
    ]);
  });

  it('is refused when it leads to a contact left out of the site', () => {
    expect(errorsWithLinks(['/directory/ada-lovelace/'], 'stale-contact')).toEqual([
      `${GUIDE}:15:1 links to "/directory/ada-lovelace/", a page the site does not have (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")`,
    ]);
  });

  it('is not reported again when the page it leads to has a mistake of its own', () => {
    const errors = errorsWithLinks(['/workshops/intro-workshop/'], undefined, (root) => {
      const workshop = join(root, 'content/workshops/intro-workshop.md');
      writeFileSync(
        workshop,
        readFileSync(workshop, 'utf8').replace('kind: workshop', 'kind: seminar'),
      );
    });
    expect(errors).toEqual([
      'content/workshops/intro-workshop.md:2:7 kind: "seminar" is not a kind of event (expected one of workshop, networking-event)',
    ]);
  });
});
