import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { groupSchema } from '../../src/content-model/schemas/group.ts';
import { linksIn } from '../../src/content-model/schemas/link-fields.ts';
import { workshopSchema } from '../../src/content-model/schemas/workshop.ts';
import { describeHosts, hostMatches } from '../../src/content-model/validation/link-hosts.ts';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

let cleanup = () => {};
afterEach(() => cleanup());

/** The valid fixture with its config's links section and its group's join link replaced. */
function validateWith({ links, joinUrl }: { links?: string; joinUrl?: string }) {
  const fixture = fixtureWith();
  cleanup = fixture.cleanup;
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(fixture.root, file), change(readFileSync(join(fixture.root, file), 'utf8')));
  if (links !== undefined)
    edit('site.config.yaml', (text) => text.replace(/^links:\n(?: .*\n)*/m, links));
  if (joinUrl !== undefined)
    edit('content/groups/budget-circle.yaml', (text) =>
      text.replace('https://groups.fixture.edu/budget', joinUrl),
    );
  return validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem);
}

describe('which hosts an entry of links.hosts allows', () => {
  it.each([
    ['groups.example.edu', 'groups.example.edu', true],
    ['groups.example.edu', 'lists.example.edu', false],
    ['groups.example.edu', 'groups.example.edu.evil.test', false],
    ['groups.example.edu', 'evil.groups.example.edu', false],
    ['.example.edu', 'groups.example.edu', true],
    ['.example.edu', 'a.b.example.edu', true],
    ['.example.edu', 'example.edu', false],
    ['.example.edu', 'evilexample.edu', false],
    ['.example.edu', 'example.edu.evil.test', false],
  ])('%s allows %s: %s', (entry, host, allowed) => {
    expect(hostMatches(host, entry)).toBe(allowed);
  });

  it('names them in messages as an editor reads them', () => {
    expect(describeHosts(['groups.example.edu'])).toBe('groups.example.edu');
    expect(describeHosts(['groups.example.edu', '.lists.example.edu', 'sapweb.example.edu'])).toBe(
      'groups.example.edu, any host under lists.example.edu or sapweb.example.edu',
    );
  });
});

describe('the links an entry holds', () => {
  it("are found from the schema: a group's join link and a workshop's registration link", () => {
    expect(
      linksIn(groupSchema, {
        name: 'A',
        join: { url: 'https://groups.example.edu/a', label: 'J' },
      }),
    ).toEqual([{ path: ['join', 'url'], url: 'https://groups.example.edu/a', hosts: 'outbound' }]);
    expect(
      linksIn(workshopSchema, { registration: { url: 'https://sapweb.example.edu/t' } }),
    ).toEqual([
      { path: ['registration', 'url'], url: 'https://sapweb.example.edu/t', hosts: 'registration' },
    ]);
  });
});

describe('a link from an entry to another site', () => {
  it('may point to a host under a leading-dot entry, but not to that domain itself', () => {
    const links = 'links:\n  hosts:\n    - .fixture.edu\n';
    expect(validateWith({ links, joinUrl: 'https://lists.fixture.edu/budget' })).toEqual([]);
    expect(validateWith({ links, joinUrl: 'https://fixture.edu/budget' })).toEqual([
      'content/groups/budget-circle.yaml:6:8 join.url: "https://fixture.edu/budget" leads to fixture.edu, which is not an allowed host for links (expected an https link to any host under fixture.edu or sapweb.fixture.edu; to link to another site, add its host to links.hosts in site.config.yaml)',
    ]);
  });

  it('may point to the registration system without listing it again', () => {
    expect(validateWith({ joinUrl: 'https://sapweb.fixture.edu/groups/budget' })).toEqual([]);
  });

  it('is refused when site.config.yaml lists no link hosts, naming the setting to add it to', () => {
    expect(validateWith({ links: '' })).toEqual([
      'content/groups/budget-circle.yaml:6:8 join.url: "https://groups.fixture.edu/budget" leads to groups.fixture.edu, which is not an allowed host for links (expected an https link to sapweb.fixture.edu; to link to another site, add its host to links.hosts in site.config.yaml)',
    ]);
  });

  it.each(['/\\evil.test/budget', '//evil.test/budget', '/groups/'])(
    'written as a path, %j, is refused: data fields link only to other sites, over https',
    (joinUrl) => {
      expect(validateWith({ joinUrl })).toEqual([
        `content/groups/budget-circle.yaml:6:8 join.url: ${JSON.stringify(joinUrl)} is not an https web address (expected a web address starting with https://)`,
      ]);
    },
  );

  it('is refused with a host entry that is an address, naming the line of the setting', () => {
    expect(
      validateWith({ links: 'links:\n  hosts:\n    - https://groups.fixture.edu/\n' }),
    ).toEqual([
      'site.config.yaml:17:7 links.hosts[0]: "https://groups.fixture.edu/" is not a host name (expected a host name such as groups.example.edu, or .example.edu for every host under example.edu, without https:// or a path)',
    ]);
  });
});
