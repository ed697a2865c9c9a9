import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { contactSchema, meetingFormats } from '../../src/content-model/schemas/contact.ts';
import { listKey } from '../../src/content-model/sources.ts';
import { TAXONOMIES, type TaxonomyName } from '../../src/content-model/taxonomies.ts';

// 107 first and 99 last names: 10,593 distinct names, so none repeats up to 10,000 contacts.
const FIRST_NAMES =
  `Aiko Amara Andre Anika Beatriz Carlos Chen Claire Connor Daniel Darnell Diego Ekow Elena Emeka Fatima Grace Hannah Hyun-woo
  Ian Ingrid Isabel Jamal Ji-yeon Jonas Keisha Kwame Laura Leila Lucas Marcus Margaret Mateo Meera Megan Mohammed Naledi Nia Noah Olga Omar
  Priya Rachel Rajesh Rosa Samuel Sana Sofia Tariq Thao Tomas Valentina Victor Wei Yara Yusuf Zoe Zainab Adam Alice Amir Ana Arjun Ben
  Bianca Camille David Dmitri Eva Felix Gabriel Hana Hugo Ines Ivan Jin Julia Kai Kenji Lena Liam Lina Malik Maria Mei Nadia Nikhil Oscar
  Paula Pedro Quinn Ravi Rina Ruth Sam Sara Simon Tanvi Theo Uma Vera Yuki Zara Farah Kofi Lars Noor`.split(
    /\s+/,
  );
const LAST_NAMES =
  `Abdi Adeyemi Almeida Asante Baptiste Bennett Brown Castellanos Choi Delgado Dlamini Dubois Ferreira Goldberg Haddad Herrera
  Hughes Iyer Jean-Baptiste Kim Kowalski Krishnan Larsen Lin Liu MacLeod Mendoza Mensah Moreau Nguyen Novak O'Brien Okafor Osei Park
  Petrova Qureshi Raman Ramirez Robinson Russo Santos Schwartz Silva Singh Tanaka Walsh Whitfield Yamamoto Zhang Ahmed Alvarez Andersen
  Bauer Becker Chowdhury Cohen Costa Das Diaz Edwards Eriksson Fischer Garcia Gupta Hansen Hassan Ito Jansen Johnson Kaur Khan Kumar Lee
  Lopez Martin Meyer Morales Murphy Nakamura Nielsen Ortiz Patel Popescu Reyes Rossi Sato Shah Smith Sokolov Suzuki Torres Vargas Wang
  Weber Williams Wilson Wong Yilmaz`.split(/\s+/);
const TITLES =
  `Budget Analyst|Data Analyst|Project Manager|HR Generalist|Research Administrator|Software Engineer|Librarian|Facilities Manager|
  Communications Specialist|Event Coordinator|Lab Manager|Procurement Specialist|Financial Officer|Student Services Advisor|Grants Manager|
  Systems Administrator|Training Coordinator|Compliance Officer|Fundraising Officer|Sustainability Coordinator`.split(
    /\s*\|\s*/,
  );
const PRONOUNS = ['she/her', 'he/him', 'they/them'];
const OTHER_LANGUAGES = [
  'Spanish',
  'French',
  'Mandarin',
  'Portuguese',
  'Arabic',
  'Hindi',
  'Korean',
  'German',
];

/** Deterministic pseudo-random numbers (mulberry32), so a run with the same N builds the same site. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const shuffled = <T>(list: readonly T[]): T[] => [...list].sort(() => next() - 0.5);
  const some = <T>(list: readonly T[], min: number, max: number): T[] =>
    shuffled(list).slice(0, int(min, max));
  return { next, int, pick, shuffled, some };
}

/** O'Brien becomes obrien, as in the real content. */
const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-');

interface Term {
  id: string;
  name?: string;
}
const readYaml = (root: string, file: string): unknown =>
  parse(readFileSync(join(root, file), 'utf8'));

/** Replaces content/contacts with `count` valid contacts confirmed in the last six months; returns their slugs. */
export function writeContacts(root: string, count: number, today = new Date()): string[] {
  const folder = join(root, 'content/contacts');
  for (const file of readdirSync(folder)) if (file.endsWith('.yaml')) rmSync(join(folder, file));
  const taxonomy = (name: TaxonomyName) =>
    (readYaml(root, TAXONOMIES[name].file) as Record<string, Term[]>)[listKey(name)] ?? [];
  const [departments, locations, topics, goals] = [
    taxonomy('departments'),
    taxonomy('locations'),
    taxonomy('topics'),
    taxonomy('goals'),
  ];
  const domains = (readYaml(root, 'site.config.yaml') as { contacts: { emailDomains: string[] } })
    .contacts.emailDomains;
  const rng = random(count);
  const names = rng.shuffled(
    FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const)),
  );
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    const [first, last] = names[index % names.length] ?? ['Sam', 'Lee'];
    const name = `${first} ${last}`;
    // Beyond the 10,000 distinct names, repeats get a number: jordan-lee-2.
    const slug =
      slugify(name) + (index >= names.length ? `-${Math.floor(index / names.length) + 1}` : '');
    slugs.push(slug);
    const department = rng.pick(departments);
    const askMeAbout = rng.some(topics, 1, 5);
    const accepting = rng.next() > 0.15;
    const confirmed = new Date(today.getTime() - rng.int(1, 180) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const joined = rng.int(1995, 2022);
    const topicNames = askMeAbout.map((topic) => (topic.name ?? topic.id).toLowerCase()).join(', ');
    // What an editor writes: fields with a default may be left out.
    const contact: z.input<typeof contactSchema> = {
      name,
      ...(rng.next() < 0.6 ? { pronouns: rng.pick(PRONOUNS) } : {}),
      title: rng.pick(TITLES),
      department: department.id,
      location: rng.pick(locations).id,
      email: `${slug.replace(/-/g, '.')}@${rng.pick(domains)}`,
      bio:
        `${first} joined ${department.name ?? department.id} in ${joined}. ` +
        `Ask ${first} about ${topicNames}.` +
        (accepting ? '' : ` ${first} is not taking new requests this term.`),
      askMeAbout: askMeAbout.map((topic) => topic.id),
      helpsWith: rng.some(goals, 1, 3).map((goal) => goal.id),
      careerPath: Array.from({ length: rng.int(0, 3) }, (_, step) => ({
        title: rng.pick(TITLES),
        organization: rng.pick(departments).name ?? 'Another university',
        years: `${joined - 12 + step * 4}-${joined - 9 + step * 4}`,
      })),
      languages: rng.next() < 0.3 ? ['English', rng.pick(OTHER_LANGUAGES)] : ['English'],
      formats: rng.some(meetingFormats, 1, 3),
      capacity: rng.int(1, 8),
      accepting,
      confirmed,
    };
    writeFileSync(join(folder, `${slug}.yaml`), stringify(contact));
  }
  return slugs;
}
