/**
 * Links in bodies to pages of this site must lead to a page the build makes: a guide, a workshop,
 * a listed contact, a browse page, or one of the fixed pages. Paths come from src/shared/urls.ts
 * with the base "/", as editors write them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { siteUrls } from '../../shared/urls.ts';
import { entrySources, type EntryCollectionName } from '../sources.ts';
import { BROWSE_KINDS } from '../taxonomies.ts';
import type { LoadedContent } from './load-content.ts';
import type { Problem } from './problem.ts';
import { suggest } from './suggest.ts';

/**
 * The ids of the entries of a folder: the valid ones, and those of files with mistakes of their
 * own, so that a link to them is not reported as well.
 */
function entryIds(content: LoadedContent, name: EntryCollectionName): string[] {
  const { dir, extensions } = entrySources[name];
  const folder = join(content.root, dir);
  const files = existsSync(folder) ? readdirSync(folder) : [];
  const named = files
    .filter((file) => (extensions as readonly string[]).includes(extname(file)))
    .map((file) => basename(file, extname(file)));
  return [...new Set([...content.entries[name].map((entry) => entry.id), ...named])];
}

/** The paths of the pages the staff edition builds, as written in a body. */
export function sitePaths(content: LoadedContent, staleContactIds: ReadonlySet<string>): string[] {
  const urls = siteUrls('/');
  const { taxonomies } = content;
  return [
    urls.home(),
    urls.guides(),
    ...entryIds(content, 'guides').map((id) => urls.guide(id)),
    urls.directory(),
    ...entryIds(content, 'contacts')
      .filter((id) => !staleContactIds.has(id))
      .map((id) => urls.profile(id)),
    ...BROWSE_KINDS.flatMap((kind) => [
      urls.browseIndex(kind),
      ...taxonomies[kind].map((term) => urls.browseTerm(kind, term.id)),
    ]),
    urls.workshops(),
    ...entryIds(content, 'workshops').map((id) => urls.workshop(id)),
    urls.allSessionsCalendar(),
    urls.groups(),
    urls.search(),
  ];
}

/** The page part of a link: without its query and fragment. */
const pageOf = (path: string) => path.replace(/[?#].*$/s, '');

/** A problem for each link in a body that leads to no page of the site. */
export function internalLinkProblems(
  content: LoadedContent,
  staleContactIds: ReadonlySet<string>,
): Problem[] {
  const paths = sitePaths(content, staleContactIds);
  const known = new Set(paths);
  const problems: Problem[] = [];
  for (const entry of [...content.entries.guides, ...content.entries.workshops]) {
    for (const link of entry.internalLinks ?? []) {
      const page = pageOf(link.path);
      if (known.has(page)) continue;
      const withSlash = `${page}/`;
      const candidate = known.has(withSlash) ? withSlash : suggest(page, paths);
      const hint = candidate === undefined ? '' : `; did you mean "${candidate}"?`;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: link.line,
        column: link.column,
        field: '',
        message: `links to "${link.path}", a page the site does not have${hint} (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")`,
      });
    }
  }
  return problems;
}
