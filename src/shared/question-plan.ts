/**
 * The reader's own interview plan, built from the question bank. Pure functions over a plain
 * list, so the browser script stays thin and every step is tested.
 */
import { QUESTION_PURPOSES, type QuestionPurpose } from '../content-model/vocabularies.ts';

export interface PlanItem {
  id: string;
  question: string;
  /** Where the question came from: a purpose of the bank, or the reader's own. */
  purpose: QuestionPurpose | 'own';
}

/** The bank's purposes as headings, and the reader's own questions after them. */
export const PURPOSE_LABELS = {
  ...(Object.fromEntries(
    Object.entries(QUESTION_PURPOSES).map(([purpose, { label }]) => [purpose, label]),
  ) as Record<QuestionPurpose, string>),
  own: 'My own questions',
} satisfies Record<PlanItem['purpose'], string>;

export function addQuestion(plan: readonly PlanItem[], item: PlanItem): PlanItem[] {
  return plan.some((existing) => existing.id === item.id) ? [...plan] : [...plan, item];
}

export function removeQuestion(plan: readonly PlanItem[], id: string): PlanItem[] {
  return plan.filter((item) => item.id !== id);
}

/** Moves a question up (-1) or down (+1); at either end it stays where it is. */
export function moveQuestion(plan: readonly PlanItem[], id: string, by: -1 | 1): PlanItem[] {
  const from = plan.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= plan.length) return [...plan];
  const next = [...plan];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Adds a question the reader wrote; blank text adds nothing. */
export function addOwnQuestion(plan: readonly PlanItem[], text: string): PlanItem[] {
  const question = text.trim().replace(/\s+/g, ' ');
  if (!question) return [...plan];
  const taken = new Set(plan.map((item) => item.id));
  let n = 1;
  while (taken.has(`own-${n}`)) n++;
  return [...plan, { id: `own-${n}`, question, purpose: 'own' }];
}

export function planAsText(plan: readonly PlanItem[], title = 'My interview plan'): string {
  const lines = plan.map((item, index) => `${index + 1}. ${item.question}`);
  return [title, '', ...(lines.length > 0 ? lines : ['(No questions yet.)']), ''].join('\n');
}

export function planAsMarkdown(plan: readonly PlanItem[], title = 'My interview plan'): string {
  const lines = plan.map(
    (item, index) =>
      `${index + 1}. ${item.question.replace(/([\\`*_[\]#<>])/g, '\\$1')} _(${PURPOSE_LABELS[item.purpose]})_`,
  );
  return [`# ${title}`, '', ...(lines.length > 0 ? lines : ['_No questions yet._']), ''].join('\n');
}

/** Reads a stored plan back, dropping anything that is not a well-formed item. */
export function parsePlan(json: string | null): PlanItem[] {
  if (!json) return [];
  try {
    const data = JSON.parse(json) as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter((item: unknown): item is PlanItem => {
      if (typeof item !== 'object' || item === null) return false;
      const { id, question, purpose } = item as Record<string, unknown>;
      return (
        typeof id === 'string' &&
        typeof question === 'string' &&
        typeof purpose === 'string' &&
        Object.hasOwn(PURPOSE_LABELS, purpose)
      );
    });
  } catch {
    return [];
  }
}
