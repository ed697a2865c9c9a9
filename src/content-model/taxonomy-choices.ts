/**
 * The terms of each taxonomy file as an editor picks them, for the JSON Schemas to offer as
 * completions: the id a file stores and the name people know it by.
 */
import { loadLists } from './validation/load-content.ts';
import type { Problem } from './validation/problem.ts';
import { choicesOf, type TaxonomyChoices } from './validation/term-names.ts';

export type { TaxonomyChoices, TermChoice } from './validation/term-names.ts';

/** Reads the taxonomy files of the project at `root`; problems say what keeps a term out. */
export function readTaxonomyChoices(root: string): {
  choices: TaxonomyChoices;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const choices = choicesOf(loadLists(root, problems));
  return { choices, problems };
}
