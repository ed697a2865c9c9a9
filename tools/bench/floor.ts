/**
 * The floor: what bare Astro plus the Pagefind CLI take for the same contacts, measured in the same
 * run as our build. A throwaway Astro project with the project's own astro and pagefind packages,
 * no integrations, no CSP and no validation: one plain page per contact at /directory/<slug>/,
 * read from the synthetic contact YAML by Astro's glob() loader, then `pagefind --site dist`.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { measureCommand, type BuildResult } from './measure-build.ts';
import { taxonomyTerms } from './taxonomy-terms.ts';

export interface FloorResult {
  astro: BuildResult;
  pagefind: BuildResult | undefined;
  /** astro build and pagefind together. */
  seconds: number;
  cpuSeconds: number;
  /** The larger of the two steps' peaks: they run one after the other. */
  peakBytes: number;
  ok: boolean;
}

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({});
`;

const contentConfig = (contactsFolder: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  contacts: defineCollection({
    loader: glob({ base: ${JSON.stringify(contactsFolder)}, pattern: '*.yaml' }),
  }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

/** The fields a profile shows, as plain HTML. */
const PROFILE_PAGE = `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
import terms from '../../terms.json';

export async function getStaticPaths() {
  const contacts = await getCollection('contacts');
  return contacts.map((entry) => ({ params: { slug: entry.id }, props: { contact: entry.data } }));
}

const { contact } = Astro.props;
const term = (kind, id) => terms[kind]?.[id] ?? id;
const day = (date) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));
---

<Layout title={contact.name}>
  <article data-pagefind-body>
    <h1>{contact.name}</h1>
    <p>
      {contact.pronouns && <span>({contact.pronouns})</span>} {contact.title},{' '}
      {term('departments', contact.department)}
    </p>
    <p>{contact.accepting === false ? 'Not taking requests at the moment' : 'Taking requests'}</p>
    <p>{contact.bio}</p>
    <dl>
      <dt>Ask me about</dt>
      <dd><ul>{contact.askMeAbout.map((id) => <li>{term('topics', id)}</li>)}</ul></dd>
      <dt>Can help you find out</dt>
      <dd><ul>{(contact.helpsWith ?? []).map((id) => <li>{term('goals', id)}</li>)}</ul></dd>
      <dt>Ways to meet</dt>
      <dd>{(contact.formats ?? []).join(', ')}</dd>
      <dt>Conversations a month</dt>
      <dd>Up to {contact.capacity}</dd>
      <dt>Location</dt>
      <dd>{term('locations', contact.location)}</dd>
      <dt>Languages</dt>
      <dd>{(contact.languages ?? []).join(', ')}</dd>
    </dl>
    {(contact.careerPath ?? []).length > 0 && (
      <ul>
        {contact.careerPath.map((role) => (
          <li>{role.title}, {role.organization} ({role.years})</li>
        ))}
      </ul>
    )}
    <p>Last confirmed {day(contact.confirmed)}.</p>
    <p><a href={'mailto:' + contact.email}>{contact.email}</a></p>
  </article>
</Layout>
`;

/** Each taxonomy's term names by id, as the profile shows them, from the copy's taxonomy files. */
function termNames(copy: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    taxonomyTerms(copy).map(({ kind, terms }) => [
      kind,
      Object.fromEntries(
        terms.map((term) => [term.id, term.profilePhrase ?? term.name ?? term.id]),
      ),
    ]),
  );
}

/** Writes the bare project next to `copy`, reading the contacts `copy` holds; returns its folder. */
export function writeFloorProject(copy: string, projectRoot: string): string {
  const floor = mkdtempSync(join(tmpdir(), 'networking-hub-floor-'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }),
    'astro.config.mjs': ASTRO_CONFIG,
    'src/content.config.ts': contentConfig(join(copy, 'content/contacts')),
    'src/layouts/Layout.astro': LAYOUT,
    'src/pages/directory/[slug].astro': PROFILE_PAGE,
    'src/terms.json': JSON.stringify(termNames(copy)),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(floor, path)), { recursive: true });
    writeFileSync(join(floor, path), text);
  }
  // As in project-copy.ts: links to the project's packages, caches of its own.
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(floor, 'node_modules'));
  for (const name of readdirSync(modules))
    if (name === '.bin' || !name.startsWith('.'))
      symlinkSync(join(modules, name), join(floor, 'node_modules', name));
  return floor;
}

/** Builds the floor project with `astro build`, then indexes it with the Pagefind CLI. */
export async function measureFloor(floor: string): Promise<FloorResult> {
  const bin = (name: string) => join(floor, 'node_modules', '.bin', name);
  const astro = await measureCommand(floor, process.execPath, [bin('astro'), 'build']);
  const pagefind = astro.ok
    ? await measureCommand(floor, process.execPath, [bin('pagefind'), '--site', 'dist'])
    : undefined;
  return {
    astro,
    pagefind,
    seconds: astro.seconds + (pagefind?.seconds ?? 0),
    peakBytes: Math.max(astro.peakBytes, pagefind?.peakBytes ?? 0),
    cpuSeconds: astro.cpuSeconds + (pagefind?.cpuSeconds ?? 0),
    ok: astro.ok && (pagefind?.ok ?? false),
  };
}
