/**
 * The reader's own interview plan, built from the question bank. Pure functions over a plain
 * list, so the browser script stays thin and every step is tested.
 */
import { QUESTION_PURPOSES, type QuestionPurpose } from '../content-model/vocabularies.ts';
import { parseJson, readItems, type ReadList } from './stored-data.ts';

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

function readPlanItem(raw: unknown): (Omit<PlanItem, 'id'> & { id: unknown }) | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, question, purpose } = raw as Record<string, unknown>;
  if (typeof question !== 'string' || question.trim() === '') return undefined;
  if (typeof purpose !== 'string' || !Object.hasOwn(PURPOSE_LABELS, purpose)) return undefined;
  return { id, question: question.trim().slice(0, 500), purpose: purpose as PlanItem['purpose'] };
}

/**
 * Reads a stored plan back question by question: one that is not well formed is left out and
 * counted, and repeated ids are made unique.
 */
export function readPlan(json: string): ReadList<PlanItem> {
  const data = parseJson(json);
  if (data === undefined) return { readable: false, reason: 'not-json' };
  if (!Array.isArray(data)) return { readable: false, reason: 'other-shape' };
  return { readable: true, ...readItems<PlanItem>(data, readPlanItem, (n) => `kept-${n}`) };
}

export function planFile(plan: readonly PlanItem[]): string {
  return JSON.stringify(plan);
}
