/**
 * The guided match: reads the reader's choices from the URL (the form is a plain GET form), loads
 * the accepting contacts of the chosen goal and shows the best few with why each was suggested.
 * Without JavaScript the section stays hidden and the page's links to the goal pages remain.
 */
import { dateInZone } from '../shared/listing-expiry.ts';
import { MATCH_MARKS, rankMatches, type Match, type MatchData } from '../shared/match.ts';
import { parseMatchState, type MatchChoices } from '../shared/match-state.ts';
import { urlsFor } from './page-data.ts';

/** How many suggestions the page shows: a short list, with a link to everyone. */
const SHOWN = 10;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function optionsOf(select: HTMLSelectElement): HTMLOptionElement[] {
  return [...select.options].filter((option) => option.value !== '');
}

/** The question bank's questions for the chosen goal, rendered with the page. */
function showQuestionsFor(root: HTMLElement, goalId: string) {
  const forGoal = root.querySelector<HTMLElement>(`[data-questions-for="${CSS.escape(goalId)}"]`);
  if (!forGoal || forGoal.children.length === 0) return;
  forGoal.hidden = false;
  forGoal.closest<HTMLElement>('.match-questions')!.hidden = false;
}

function setUp(root: HTMLElement, form: HTMLFormElement) {
  const goal = byId<HTMLSelectElement>('match-goal');
  const topic = byId<HTMLSelectElement>('match-topic');
  const from = byId<HTMLSelectElement>('match-from');
  const status = byId('match-status');
  const list = byId('match-results');
  const more = byId('match-more');
  const moreLink = byId<HTMLAnchorElement>('match-more-link');
  const template = byId<HTMLTemplateElement>('match-card-template');
  if (!goal || !topic || !from || !status || !list || !more || !moreLink || !template) return;

  const urls = urlsFor(form);
  const choices: MatchChoices = {
    goals: optionsOf(goal).map((option) => option.value),
    topics: optionsOf(topic).map((option) => option.value),
    departments: optionsOf(from).map((option) => option.value),
  };
  const state = parseMatchState(location.search, choices);
  goal.value = state.goal ?? '';
  topic.value = state.topic ?? '';
  from.value = state.from ?? '';
  root.hidden = false;
  // The URL holds only what was chosen, as /directory/match/?goal=skills&from=finance.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = parseMatchState(
      new URLSearchParams({ goal: goal.value, topic: topic.value, from: from.value }),
      choices,
    );
    location.assign(urls.match(chosen));
  });
  if (!state.goal) return;
  const goalId = state.goal;
  showQuestionsFor(root, goalId);

  const phrase = (select: HTMLSelectElement, value: string) => {
    const option = optionsOf(select).find((each) => each.value === value);
    return option?.dataset['phrase'] ?? option?.textContent?.trim() ?? value;
  };
  const departmentName = (id: string) => phrase(from, id);

  const renderCard = ({ contact, reasons }: Match) => {
    const card = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    (field('link') as HTMLAnchorElement).href = urls.profile(contact.id);
    field('name').textContent = contact.name;
    field('pronouns').textContent = contact.pronouns ? `(${contact.pronouns})` : '';
    field('title').textContent = contact.title;
    field('department').textContent = departmentName(contact.department);
    field('reasons').textContent = reasons.join('; ');
    return card;
  };

  /** From the data as it arrived: parsing counts towards the time to results. */
  const show = (text: string) => {
    performance.mark(MATCH_MARKS.dataLoaded);
    const data = JSON.parse(text) as MatchData;
    const day = dateInZone(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const topicPhrase = state.topic === undefined ? undefined : phrase(topic, state.topic);
    const result = rankMatches(
      data.contacts,
      {
        ...(state.topic ? { topic: state.topic } : {}),
        ...(state.from ? { from: state.from } : {}),
        day,
      },
      { goal: phrase(goal, goalId), ...(topicPhrase ? { topic: topicPhrase } : {}) },
      SHOWN,
    );
    list.replaceChildren(...result.matches.map(renderCard));
    list.hidden = result.matches.length === 0;
    moreLink.href = urls.browseTerm('goals', goalId);
    more.hidden = false;
    const knowing =
      topicPhrase === undefined
        ? ''
        : ` ${result.knowTopic} of them ${result.knowTopic === 1 ? 'knows' : 'know'} ${topicPhrase}.`;
    status.textContent =
      result.total === 0
        ? 'No one who helps with this is taking requests just now.'
        : `${result.total} ${result.total === 1 ? 'colleague' : 'colleagues'} taking requests can help with this.${knowing} ${
            result.matches.length < result.total
              ? `Here are the ${result.matches.length} who fit best today.`
              : 'Here they are, best fit first.'
          }`;
    performance.measure(MATCH_MARKS.results, MATCH_MARKS.dataLoaded);
    root.dataset['state'] = 'ready';
  };

  root.dataset['state'] = 'loading';
  status.textContent = 'Finding colleagues…';
  fetch(urls.matchData(goalId))
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    })
    .then(show)
    .catch(() => {
      moreLink.href = urls.browseTerm('goals', goalId);
      more.hidden = false;
      status.textContent = 'The suggestions could not be loaded. The link below lists everyone.';
      root.dataset['state'] = 'failed';
    });
}

const root = byId('guided-match');
const form = byId<HTMLFormElement>('match-form');
if (root && form) setUp(root, form);
