/**
 * Terms as editors know them. An editor who writes a term by its name (`department: Finance`)
 * is answered with its id; the JSON Schemas list the same names beside the ids.
 */
import { TAXONOMIES, TAXONOMY_NAMES, taxonomyOf, type TaxonomyName } from '../taxonomies.ts';
import type { LoadedContent } from './load-content.ts';
import { suggest } from './suggest.ts';

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

/** Lowercase words only: "Data  Analysis", "data-analysis" and "data analysis" read the same. */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The term `typed` most likely stands for: one whose id or name it is, whatever the capitals and
 * spacing; else the one term whose name holds all its words; else an id close to it in spelling.
 */
export function termMeant(typed: string, choices: readonly TermChoice[]): TermChoice | undefined {
  const typedWords = words(typed);
  if (typedWords.length === 0) return undefined;
  const same = (a: string[]) => a.join(' ') === typedWords.join(' ');
  const exact = choices.find((term) => same(words(term.id)) || same(words(term.name)));
  if (exact) return exact;
  const holding = choices.filter((term) => {
    const nameWords = words(term.name);
    return typedWords.every((word) => nameWords.includes(word));
  });
  if (holding.length === 1) return holding[0];
  const close = suggest(
    typed,
    choices.map((term) => term.id),
  );
  return choices.find((term) => term.id === close);
}

/** "; did you mean vpf (Office of the Vice President for Finance)?", or "" when none is meant. */
export function didYouMeanTerm(typed: string, choices: readonly TermChoice[]): string {
  const term = termMeant(typed, choices);
  return term === undefined ? '' : `; did you mean ${term.id} (${term.name})?`;
}

/** `"Finance" is not a known department; did you mean vpf (Finance)? (expected ...)` */
export function unknownTermMessage(
  typed: string,
  taxonomy: TaxonomyName,
  choices: TaxonomyChoices,
): string {
  const { label, file } = TAXONOMIES[taxonomy];
  return `"${typed}" is not a known ${label}${didYouMeanTerm(typed, choices[taxonomy])} (expected a ${label} id from ${file})`;
}
