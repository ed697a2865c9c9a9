/** The rules for the file name of an entry, which is also its id and the last part of its web address. */
import { basename, extname } from 'node:path';
import { entrySources, type EntryCollectionName } from '../sources.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Zoë Ramírez-Okafor" -> "zoe-ramirez-okafor": the file name a name or title gives. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What is wrong with `fileName` in the folder of `collection`, if anything. */
export function entryFileNameProblem(
  collection: EntryCollectionName,
  fileName: string,
): string | undefined {
  const { extensions, reserved } = entrySources[collection];
  const extension = extname(fileName);
  const slug = basename(fileName, extension);
  if (!(extensions as readonly string[]).includes(extension))
    return `is not read (expected a file ending in ${extensions.join(' or ')})`;
  if (!SLUG.test(slug))
    return `has a file name that cannot be a web address (expected lowercase letters, digits and hyphens, such as ${slugify(slug) || 'jane-doe'}${extension})`;
  if ((reserved as readonly string[]).includes(slug))
    return `has a file name the site uses for its own pages (expected another name, such as ${slug}-1${extension})`;
  return undefined;
}
