import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CMS_CONFIG_FILE,
  cmsConfig,
  cmsConfigText,
  readTermOptions,
  type CmsField,
} from '../../src/content-model/cms-config.ts';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { siteConfigSchema } from '../../src/content-model/schemas/site-config.ts';
import { editorPolicy } from '../../src/integrations/editor-page.ts';
import { FIXTURE_SITE } from '../support/fixtures.ts';

const fixtureConfig = readSiteConfig(FIXTURE_SITE);
const generated = cmsConfig(fixtureConfig, readTermOptions(FIXTURE_SITE)) as {
  backend: Record<string, unknown>;
  publish_mode: string;
  collections: {
    name: string;
    folder?: string;
    extension?: string;
    fields: CmsField[];
    files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  }[];
};
const collection = (name: string) => generated.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((f) => f['name'] === name)!;
const patternOf = (f: CmsField) => new RegExp((f['pattern'] as [string, string])[0]);

describe('the web editor configuration', () => {
  it('is in step with the schemas, the taxonomies and site.config.yaml (run npm run schemas)', () => {
    const fromSources = cmsConfig(readSiteConfig(process.cwd()), readTermOptions(process.cwd()));
    expect(readFileSync(CMS_CONFIG_FILE, 'utf8')).toBe(cmsConfigText(fromSources!));
  });

  it('saves through pull requests on the configured GitLab host, signing in with PKCE', () => {
    expect(generated.publish_mode).toBe('editorial_workflow');
    expect(generated.backend).toEqual({
      name: 'gitlab',
      repo: 'harbour-valley/staff-connections',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'staff-connections-editor',
      base_url: 'https://git.hvc.example.org',
      api_root: 'https://git.hvc.example.org/api/v4',
    });
  });

  it("saves through pull requests on a Gitea host with Decap's forgejo backend, signing in with PKCE", () => {
    // Decap's gitea backend refuses the editorial workflow; its forgejo one speaks Gitea's API.
    const onGitea = cmsConfig(
      siteConfigSchema.parse({
        ...fixtureConfig,
        editing: {
          backend: 'gitea',
          repo: 'harbour-valley/staff-connections',
          baseUrl: 'https://gitea.hvc.example.org',
          apiRoot: 'https://gitea.hvc.example.org/api/v1',
          appId: 'c0ffee00-gitea-editor',
        },
      }),
      readTermOptions(FIXTURE_SITE),
    ) as typeof generated;
    expect(onGitea.publish_mode).toBe('editorial_workflow');
    expect(onGitea.backend).toEqual({
      name: 'forgejo',
      repo: 'harbour-valley/staff-connections',
      branch: 'main',
      api_root: 'https://gitea.hvc.example.org/api/v1',
      app_id: 'c0ffee00-gitea-editor',
    });
  });

  it('opens a GitHub OAuth relay under a path at its origin, with the path in auth_endpoint', () => {
    // Decap takes the relay's messages only from an origin equal to base_url.
    const relayAt = (baseUrl: string) =>
      (
        cmsConfig(
          siteConfigSchema.parse({
            ...fixtureConfig,
            editing: { backend: 'github', repo: 'a/b', baseUrl },
          }),
          readTermOptions(FIXTURE_SITE),
        ) as typeof generated
      ).backend;
    expect(relayAt('https://www.hvc.example.org/cms-auth/')).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'main',
      base_url: 'https://www.hvc.example.org',
      auth_endpoint: 'cms-auth/auth',
    });
    expect(relayAt('https://cms-auth.hvc.example.org')).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'main',
      base_url: 'https://cms-auth.hvc.example.org',
    });
  });

  it('has a collection for each folder of entries', () => {
    const folders = generated.collections.filter((c) => c.folder !== undefined);
    expect(folders.map((c) => [c.name, c.folder, c.extension])).toEqual([
      ['contacts', 'content/contacts', 'yaml'],
      ['workshops', 'content/workshops', 'md'],
      ['groups', 'content/groups', 'yaml'],
      ['guides', 'content/guides', 'mdx'],
    ]);
  });

  it('offers departments by name and stores their ids', () => {
    const department = field(collection('contacts').fields, 'department');
    expect(department['widget']).toBe('select');
    expect(department['required']).toBe(true);
    expect((department['options'] as unknown[]).slice(0, 2)).toEqual([
      { label: 'Finance Office', value: 'finance' },
      { label: 'College Library', value: 'library' },
    ]);
  });

  it('shows a term named with a placeholder by the institution name, as pages do', () => {
    const terms = readTermOptions(FIXTURE_SITE);
    terms.goals = [{ label: 'Changes at %institution-short%', value: 'changes' }];
    const withPlaceholder = cmsConfig(fixtureConfig, terms) as typeof generated;
    const contacts = withPlaceholder.collections.find((c) => c.name === 'contacts')!;
    expect(field(contacts.fields, 'helpsWith')['options']).toEqual([
      { label: 'Changes at the college', value: 'changes' },
    ]);
  });
  it('asks for one to eight topics, as the schema does', () => {
    const topics = field(collection('contacts').fields, 'askMeAbout');
    expect([topics['widget'], topics['multiple'], topics['min'], topics['max']]).toEqual([
      'select',
      true,
      1,
      8,
    ]);
  });

  it('refuses an email address that is incomplete or on another domain', () => {
    const email = patternOf(field(collection('contacts').fields, 'email'));
    expect(email.test('rlowe@example.edu')).toBe(true);
    expect(email.test('nope@')).toBe(false);
    expect(email.test('rlowe@gmail.com')).toBe(false);
  });

  it('keeps lengths and hints from the schema', () => {
    const name = field(collection('contacts').fields, 'name');
    expect(name['hint']).toBe('The person\'s name, such as "Jordan Lee".');
    expect(patternOf(name).test('x'.repeat(100))).toBe(true);
    expect(patternOf(name).test('x'.repeat(101))).toBe(false);
  });

  it('dates a new contact today with a date picker', () => {
    expect(field(collection('contacts').fields, 'confirmed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      default: '{{now}}',
    });
  });

  it('starts a new contact accepting requests, with a switch that says what on and off mean', () => {
    expect(field(collection('contacts').fields, 'accepting')).toMatchObject({
      widget: 'boolean',
      default: true,
      hint: 'On when the person is taking requests now; switch off to pause their listing.',
    });
  });

  it('writes no empty list for an optional list the editor left alone', () => {
    const defaults = (name: string, fieldName: string) =>
      field(collection(name).fields, fieldName)['default'];
    expect([
      defaults('contacts', 'careerPath'),
      defaults('workshops', 'topics'),
      defaults('workshops', 'goals'),
      defaults('workshops', 'sessions'),
      defaults('groups', 'topics'),
      defaults('guides', 'goals'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    // A language the person speaks is not empty: the form starts with it.
    expect(defaults('contacts', 'languages')).toEqual(['English']);
  });

  it("starts a new workshop with no session, so a session's status has no default", () => {
    const sessions = field(collection('workshops').fields, 'sessions');
    expect(field(sessions['fields'] as CmsField[], 'status')).toMatchObject({
      required: false,
      hint: 'The session\'s status: full, cancelled or rescheduled, when plans change. Leave empty for "Places available".',
    });
    expect('default' in field(sessions['fields'] as CmsField[], 'status')).toBe(false);
  });

  it('says what a date means beside its picker, not how to type it', () => {
    const sessions = field(collection('workshops').fields, 'sessions');
    expect([
      field(collection('contacts').fields, 'confirmed')['hint'],
      field(collection('guides').fields, 'lastReviewed')['hint'],
      field(sessions['fields'] as CmsField[], 'start')['hint'],
    ]).toEqual([
      'The day the person last confirmed these details.',
      'The day the guide was last checked as correct.',
      "When the session starts, in the session's time zone, or else the workshop's.",
    ]);
  });

  it('says how to write the years of an earlier role, as validate does', () => {
    const careerPath = field(collection('contacts').fields, 'careerPath');
    const years = field(careerPath['fields'] as CmsField[], 'years');
    expect((years['pattern'] as [string, string])[1]).toBe(
      'Write a year such as 2019, or a range such as 2019-2023 or 2019-present',
    );
    expect(
      ['2019', '2019-2023', '2019-present'].map((value) => patternOf(years).test(value)),
    ).toEqual([true, true, true]);
    expect(patternOf(years).test('2019 to 2023')).toBe(false);
  });

  it('says what to write for every pattern, never only "check the format"', () => {
    const all = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [
        f,
        ...all((f['fields'] ?? (f['field'] ? [f['field']] : [])) as CmsField[]),
      ]);
    const messages = generated.collections
      .flatMap((c) => all(c.fields))
      .filter((f) => f['pattern'] !== undefined)
      .map((f) => (f['pattern'] as [string, string])[1]);
    expect(messages.length).toBeGreaterThan(20);
    expect(
      messages.filter(
        (message) => !message.startsWith('Write ') && !message.startsWith('A work email'),
      ),
    ).toEqual([]);
  });

  it("lists a workshop's sessions, each with a start and end picker", () => {
    const sessions = field(collection('workshops').fields, 'sessions');
    expect(sessions['widget']).toBe('list');
    const start = field(sessions['fields'] as CmsField[], 'start');
    expect(start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', required: true });
  });

  it('gives guides and workshops a body editor', () => {
    for (const name of ['guides', 'workshops'])
      expect(collection(name).fields.at(-1)).toMatchObject({
        name: 'body',
        widget: 'markdown',
        hint: 'Name the institution with %institution% and %institution-short%: %institution% shows its full name, %institution-short% its name in a sentence, such as "the University".',
      });
  });

  const listFile = (name: string) => collection('lists').files!.find((f) => f.name === name)!;
  const listOf = (name: string) => listFile(name).fields[0]!;

  it('has one collection of the lists, a file each, edited under the key of the file', () => {
    expect(collection('lists').files!.map((f) => [f.label, f.file, f.fields[0]!['name']])).toEqual([
      ['Departments', 'content/taxonomies/departments.yaml', 'departments'],
      ['Topics', 'content/taxonomies/topics.yaml', 'topics'],
      ['Goals', 'content/taxonomies/goals.yaml', 'goals'],
      ['Locations', 'content/taxonomies/locations.yaml', 'locations'],
      ['Question bank', 'content/questions.yaml', 'questions'],
    ]);
  });

  it('puts back the schema line on top of a list file it saves', () => {
    expect(collection('lists').fields.map((f) => f['comment'])).toEqual([
      'yaml-language-server: $schema=../../schemas/departments.schema.json',
      'yaml-language-server: $schema=../../schemas/topics.schema.json',
      'yaml-language-server: $schema=../../schemas/goals.schema.json',
      'yaml-language-server: $schema=../../schemas/locations.schema.json',
      'yaml-language-server: $schema=../schemas/questions.schema.json',
    ]);
  });

  it('shows each term of a list by its name, and each goal by its label', () => {
    expect([listOf('topics'), listOf('goals'), listOf('questions')]).toMatchObject([
      { widget: 'list', summary: '{{fields.name}}' },
      { widget: 'list', summary: '{{fields.label}}' },
      { widget: 'list', summary: '{{fields.question}}' },
    ]);
  });

  it("asks for a term's id as the schema does: required, lowercase words and hyphens", () => {
    const id = field(listOf('topics')['fields'] as CmsField[], 'id');
    expect(id['required']).toBe(true);
    expect(patternOf(id).test('public-speaking')).toBe(true);
    expect(patternOf(id).test('Public Speaking')).toBe(false);
  });

  it("keeps a term's lengths, hints and choices from its schema", () => {
    const name = field(listOf('topics')['fields'] as CmsField[], 'name');
    expect(name['hint']).toBe('The topic name, such as "Budgeting".');
    expect(patternOf(name).test('x'.repeat(80))).toBe(true);
    expect(patternOf(name).test('x'.repeat(81))).toBe(false);
    const purpose = field(listOf('questions')['fields'] as CmsField[], 'purpose');
    expect(purpose['widget']).toBe('select');
    expect((purpose['options'] as unknown[])[0]).toEqual({ label: 'Openers', value: 'opener' });
    expect(field(listOf('goals')['fields'] as CmsField[], 'order')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      required: true,
    });
  });

  it('writes valid YAML', () => {
    expect(parse(cmsConfigText(generated as never))).toEqual(generated);
  });
});

describe("the editor's content security policy", () => {
  it('lets the editor reach, and show avatars from, only the configured git host', () => {
    expect(editorPolicy(fixtureConfig)).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://git.hvc.example.org; connect-src 'self' https://git.hvc.example.org; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it("shows a Gitea user's avatar, which the host serves itself", () => {
    const onGitea = siteConfigSchema.parse({
      ...fixtureConfig,
      editing: {
        backend: 'gitea',
        repo: 'a/b',
        baseUrl: 'https://gitea.hvc.example.org',
        apiRoot: 'https://gitea.hvc.example.org/api/v1',
        appId: 'c0ffee00-gitea-editor',
      },
    });
    expect(editorPolicy(onGitea)).toContain(
      "img-src 'self' data: blob: https://gitea.hvc.example.org; connect-src 'self' https://gitea.hvc.example.org;",
    );
  });

  it('reaches the GitHub API for a GitHub repository', () => {
    expect(editorPolicy(readSiteConfig(process.cwd()))).toContain(
      "connect-src 'self' https://api.github.com;",
    );
  });
});

describe('the editing settings in site.config.yaml', () => {
  const problems = (editing: unknown) =>
    siteConfigSchema
      .safeParse({ ...readSiteConfig(FIXTURE_SITE), editing })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('names the git hosts it supports', () => {
    expect(problems({ backend: 'bitbucket', repo: 'a/b' })).toEqual([
      'editing.backend: "bitbucket" is not a git host the editor supports (expected the git host the web editor commits to: one of github, gitlab, gitea)',
    ]);
  });

  it('asks for the PKCE application of a GitLab host', () => {
    expect(problems({ backend: 'gitlab', repo: 'a/b' })).toEqual([
      'editing.appId: is missing (expected the id of the OAuth application IT registered on the GitLab host for the editor, with PKCE)',
    ]);
  });
});
