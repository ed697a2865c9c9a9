import { crossEntryRules, type StaleContact } from './cross-entry-rules.ts';
import { internalLinkProblems } from './internal-links.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import { limitPerFile, sortProblems, type Problem } from './problem.ts';

export interface ValidationResult {
  content: LoadedContent;
  errors: Problem[];
  warnings: Problem[];
  staleContacts: StaleContact[];
}

/** Every check on site.config.yaml and content/, without building anything. */
export function validateContent(root: string, today: string): ValidationResult {
  const content = loadContent(root);
  const rules = content.config
    ? crossEntryRules(content, content.config, today)
    : { problems: [], staleContacts: [] };
  const stale = new Set(rules.staleContacts.map((contact) => contact.id));
  const problems = limitPerFile(
    sortProblems([...content.problems, ...rules.problems, ...internalLinkProblems(content, stale)]),
  );
  return {
    content,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    staleContacts: rules.staleContacts,
  };
}
