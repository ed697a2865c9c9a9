import type { EntryCollectionName } from '../sources.ts';
import { crossEntryRules } from './cross-entry-rules.ts';
import { loadEntryFile, type LoadedContent } from './load-content.ts';
import { sortProblems, type Problem } from './problem.ts';
import { choicesOf } from './term-names.ts';

/**
 * The errors `npm run validate` would report for `text` written as `fileName` in the folder of
 * `collection`, next to the content already there (an entry of the same file is replaced). The
 * scaffolder asks this before it writes, so it refuses with the validator's own rules and words.
 */
export function newEntryProblems(
  content: LoadedContent,
  collection: EntryCollectionName,
  fileName: string,
  text: string,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const read = () => ({ text });
  const terms = choicesOf(content.taxonomies);
  const names = content.config?.institution;
  const entry = loadEntryFile(content.root, collection, fileName, read, problems, terms, names);
  if (entry && content.config) {
    const others = content.entries[collection].filter((other) => other.file !== entry.file);
    const withEntry = {
      ...content,
      entries: { ...content.entries, [collection]: [...others, entry] },
    };
    const rules = crossEntryRules(withEntry, content.config, today);
    // A repeat is reported on the newer file; when the new entry ties with an older one on date
    // and sorts first by name, the problem lands on the other file but is still about this one.
    const aboutEntry = (problem: Problem) =>
      problem.file === entry.file || problem.message.includes(` by ${entry.file},`);
    problems.push(...rules.problems.filter(aboutEntry));
  }
  return sortProblems(problems.filter((problem) => problem.severity === 'error'));
}
