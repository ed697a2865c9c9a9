/**
 * The outreach messages readers adapt and send themselves. Bracketed parts are for the reader to
 * fill in. The profile page's request composer and the templates guide both use these.
 */

export interface RequestDetails {
  contactName: string;
  /** Plain-language names of what the contact can be asked about. */
  topics: readonly string[];
  /** The questions the contact can help with, as written in the goals taxonomy. */
  goals: readonly string[];
  /** How the contact likes to meet, in words: "by video", "over coffee". */
  formats: readonly string[];
  siteTitle: string;
}

export interface Message {
  subject: string;
  body: string;
}

/** "a, b and c" */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function requestMessage(details: RequestDetails): Message {
  const topics = details.topics.slice(0, 2).map(lowerFirst);
  const goal = details.goals[0];
  const interest = topics.length > 0 ? `I am interested in ${listInWords(topics)}` : 'I am interested in your work';
  const question = goal ? `, and I would value your view on one question: ${lowerFirst(goal)}` : '';
  const formats = details.formats.length > 0 ? ` I am happy to meet ${listInWords(details.formats, 'or')}, whichever suits you best.` : '';
  const subject = `Request for a 20-minute conversation${topics[0] ? ` about ${topics[0]}` : ''}`;
  const body = [
    `Dear ${details.contactName},`,
    '',
    'My name is [your name] and I work as [your role] in [your department].',
    '',
    `I found you in the ${details.siteTitle} directory. ${interest}${question}`,
    '',
    `Would you have 20 to 30 minutes for a conversation in the next few weeks?${formats} I will keep to time and come with a few questions prepared.`,
    '',
    'Thank you for considering it.',
    '',
    'Best wishes,',
    '[your name]',
  ].join('\n');
  return { subject, body };
}
