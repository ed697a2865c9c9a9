/**
 * The terms of each taxonomy as an editor picks them: the id a file stores and the name people
 * know it by. The JSON Schemas offer them as completions; the validator matches names typed in
 * place of ids against them.
 */
import { TAXONOMY_NAMES, taxonomyOf, type TaxonomyName } from './taxonomies.ts';
import { loadLists, type LoadedContent } from './validation/load-content.ts';
import type { Problem } from './validation/problem.ts';

export interface TermChoice {
  id: string;
  name: string;
}

export type TaxonomyChoices = Record<TaxonomyName, TermChoice[]>;

/** The choices of each taxonomy among lists already loaded, in the order of their files. */
export function choicesOf(lists: LoadedContent['taxonomies']): TaxonomyChoices {
  return Object.fromEntries(
    TAXONOMY_NAMES.map((name) => {
      const taxonomy = taxonomyOf(name);
      return [
        name,
        lists[name].map((term) => ({ id: term.id, name: taxonomy.termName(term.data) })),
      ];
    }),
  ) as TaxonomyChoices;
}

/** Reads the taxonomy files of the project at `root`; problems say what keeps a term out. */
export function readTaxonomyChoices(root: string): {
  choices: TaxonomyChoices;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const choices = choicesOf(loadLists(root, problems));
  return { choices, problems };
}
