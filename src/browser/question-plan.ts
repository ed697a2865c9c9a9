/** The question builder: pick questions from the bank into a plan, reorder, add your own, then copy, print or download it. */
import {
  addOwnQuestion,
  addQuestion,
  moveQuestion,
  planAsMarkdown,
  planAsText,
  removeQuestion,
  planFile,
  PURPOSE_LABELS,
  type PlanItem,
} from '../shared/question-plan.ts';
import { announce } from './announce.ts';
import { downloadText, storage } from './download.ts';
import { loadKept, showKeptNotice } from './kept-storage.ts';
import { questionPlanStore } from './kept-stores.ts';

const store = questionPlanStore;

const panel = document.getElementById('plan');
const bank = document.querySelector<HTMLElement>('[data-question-bank]');
const list = panel?.querySelector<HTMLOListElement>('[data-plan-list]');
const empty = panel?.querySelector<HTMLElement>('[data-plan-empty]');
const status = panel?.querySelector<HTMLElement>('[data-plan-status]');
const ownInput = document.getElementById('own-question') as HTMLInputElement | null;
const heading = document.getElementById('plan-heading');
// A link that stays in view, so a reader deep in the bank can jump to their plan.
const counter = document.querySelector<HTMLElement>('[data-plan-counter]');
const count = document.querySelector<HTMLElement>('[data-plan-count]');

if (panel && bank && list && empty && status && ownInput) {
  const kept = loadKept(store);
  let plan: PlanItem[] = kept.items;
  let saving = kept.saving;
  const say = (message: string) => announce(status, message);
  const notice = panel.querySelector<HTMLElement>('[data-kept-notice]');
  if (kept.notice && notice)
    showKeptNotice(notice, store, kept.notice, {
      saving,
      fileName: 'unreadable-interview-plan.json',
      onDeleted: () => {
        saving = true;
        if (plan.length > 0) storage.write(store.key, planFile(plan));
        say('The saved plan that could not be read is deleted.');
      },
    });

  const button = (label: string, accessibleLabel: string, onClick: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button--small button--secondary';
    element.textContent = label;
    element.setAttribute('aria-label', accessibleLabel);
    element.addEventListener('click', onClick);
    return element;
  };

  const change = (next: PlanItem[], message: string, focusId?: string, focusAction?: string) => {
    plan = next;
    if (saving) storage.write(store.key, planFile(plan));
    render(focusId, focusAction);
    say(message);
  };

  function render(focusId?: string, focusAction?: string) {
    list!.replaceChildren(
      ...plan.map((item, index) => {
        const entry = document.createElement('li');
        entry.dataset['planId'] = item.id;
        const text = document.createElement('span');
        text.className = 'plan__question';
        text.textContent = item.question;
        const purpose = document.createElement('span');
        purpose.className = 'meta';
        purpose.textContent = ` (${PURPOSE_LABELS[item.purpose]})`;
        const controls = document.createElement('span');
        controls.className = 'plan__controls';
        const short = item.question.length > 40 ? `${item.question.slice(0, 40)}…` : item.question;
        const up = button('Move up', `Move up: ${short}`, () =>
          change(
            moveQuestion(plan, item.id, -1),
            `Moved up to position ${Math.max(1, index)}.`,
            item.id,
            'up',
          ),
        );
        const down = button('Move down', `Move down: ${short}`, () =>
          change(
            moveQuestion(plan, item.id, 1),
            `Moved down to position ${Math.min(plan.length, index + 2)}.`,
            item.id,
            'down',
          ),
        );
        up.dataset['action'] = 'up';
        down.dataset['action'] = 'down';
        up.disabled = index === 0;
        down.disabled = index === plan.length - 1;
        // After removing, focus moves to the next question's Remove button, or to the plan heading.
        const following = plan[index + 1]?.id ?? plan[index - 1]?.id;
        const remove = button('Remove', `Remove: ${short}`, () => {
          change(removeQuestion(plan, item.id), `Removed: ${item.question}`, following, 'remove');
          if (!following) heading?.focus();
        });
        remove.dataset['action'] = 'remove';
        controls.append(up, down, remove);
        entry.append(text, purpose, controls);
        return entry;
      }),
    );
    empty!.hidden = plan.length > 0;
    if (counter && count) {
      counter.hidden = false;
      count.textContent = `${plan.length} ${plan.length === 1 ? 'question' : 'questions'}`;
    }
    // The bank's buttons add or remove: they stay enabled, so keyboard focus never falls to the page.
    for (const toggle of bank!.querySelectorAll<HTMLButtonElement>('[data-plan-add]')) {
      const inPlan = plan.some((item) => item.id === toggle.dataset['planAdd']);
      const text = toggle.dataset['question'] ?? '';
      toggle.textContent = inPlan ? 'Remove from my plan' : 'Add to my plan';
      toggle.setAttribute(
        'aria-label',
        `${inPlan ? 'Remove from my plan' : 'Add to my plan'}: ${text}`,
      );
      toggle.setAttribute('aria-pressed', String(inPlan));
    }
    // Keep keyboard focus on the control that was used, so a reader can press it again. Ids come
    // from storage: they are compared, never put into a selector.
    if (focusId && focusAction) {
      const entry = [...list!.children].find(
        (element): element is HTMLElement =>
          element instanceof HTMLElement && element.dataset['planId'] === focusId,
      );
      const buttons = [...(entry?.querySelectorAll('button') ?? [])];
      const target = buttons.find((control) => control.dataset['action'] === focusAction);
      (target && !target.disabled ? target : buttons.find((control) => !control.disabled))?.focus();
    }
  }

  for (const question of bank.querySelectorAll<HTMLElement>('[data-question-id]')) {
    const id = question.dataset['questionId'] ?? '';
    const text = question.querySelector('.question__text')?.textContent?.trim() ?? '';
    const purpose = question.dataset['purpose'] as PlanItem['purpose'];
    const toggle = button('Add to my plan', `Add to my plan: ${text}`, () =>
      plan.some((item) => item.id === id)
        ? change(removeQuestion(plan, id), `Removed from your plan: ${text}`)
        : change(addQuestion(plan, { id, question: text, purpose }), `Added to your plan: ${text}`),
    );
    toggle.dataset['planAdd'] = id;
    toggle.dataset['question'] = text;
    question.append(toggle);
  }

  panel.querySelector('[data-plan-add-own]')?.addEventListener('click', () => {
    if (!ownInput.value.trim()) {
      say('Write a question first.');
      return;
    }
    change(addOwnQuestion(plan, ownInput.value), `Added your question: ${ownInput.value.trim()}`);
    ownInput.value = '';
  });
  ownInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      panel.querySelector<HTMLButtonElement>('[data-plan-add-own]')?.click();
    }
  });
  /** Copies the plan and says whether it worked; it never rejects. */
  async function copyPlan() {
    try {
      await navigator.clipboard.writeText(planAsText(plan));
      say('Your plan is copied.');
    } catch {
      say('Your browser did not allow copying. Download the plan instead.');
    }
  }
  panel.querySelector('[data-plan-copy]')?.addEventListener('click', () => void copyPlan());
  panel.querySelector('[data-plan-print]')?.addEventListener('click', () => {
    document.body.dataset['print'] = 'plan';
    window.print();
    delete document.body.dataset['print'];
  });
  for (const download of panel.querySelectorAll<HTMLButtonElement>('[data-plan-download]')) {
    download.addEventListener('click', () => {
      const markdown = download.dataset['planDownload'] === 'markdown';
      downloadText(
        markdown ? 'interview-plan.md' : 'interview-plan.txt',
        markdown ? planAsMarkdown(plan) : planAsText(plan),
        markdown ? 'text/markdown' : 'text/plain',
      );
      say('Your plan is downloaded.');
    });
  }
  panel.querySelector('[data-plan-clear]')?.addEventListener('click', () => {
    change([], 'Your plan is cleared.');
    if (saving) storage.remove(store.key);
  });

  panel.hidden = false;
  render();
}
