import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listKey } from '../../src/content-model/sources.ts';
import {
  TAXONOMIES,
  TAXONOMY_NAMES,
  type TaxonomyName,
} from '../../src/content-model/taxonomies.ts';

export interface TermEntry {
  id: string;
  name?: string;
  profilePhrase?: string;
}

/** Each taxonomy's terms as its list file in `root` holds them. */
export function taxonomyTerms(root: string): { kind: TaxonomyName; terms: TermEntry[] }[] {
  return TAXONOMY_NAMES.map((kind) => {
    const file = parse(readFileSync(join(root, TAXONOMIES[kind].file), 'utf8')) as Record<
      string,
      TermEntry[]
    >;
    return { kind, terms: file[listKey(kind)] ?? [] };
  });
}
