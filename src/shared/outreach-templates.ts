/**
 * The outreach messages readers adapt and send themselves. Bracketed parts are for the reader to
 * fill in. The profile page's request composer and the templates guide both use these.
 */

/** How long a request asks for: the subject and the body say the same. */
export const CONVERSATION_MINUTES = 20;

export interface RequestDetails {
  /** The contact's name as listed, such as "Priya Raman". */
  contactName: string;
  /** The name the contact asked to be greeted by, when it is not the first word of their name. */
  knownAs?: string | undefined;
  /** Plain-language names of what the contact can be asked about. */
  topics: readonly string[];
  /**
   * The one goal the request asks about, as the goals taxonomy's `requestPhrase` words it for the
   * contact: "what is changing in your department", never the reader's own "my department".
   */
  goal?: string | undefined;
  /** How the contact likes to meet; only the ways that are a conversation are offered. */
  formats: readonly { phrase: string; kind: string }[];
  siteTitle: string;
  /** The institution as a sentence names it, such as "the University" (site.config.yaml's shortName). */
  institution: string;
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

// "Budgeting" reads "budgeting" mid-sentence; "SAP Concur" and "HR policy" keep their capitals.
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** The name a message greets the contact by: the one they asked for, else their first name. */
export function greetingName({
  contactName,
  knownAs,
}: {
  contactName: string;
  knownAs?: string | undefined;
}): string {
  return knownAs?.trim() || contactName.trim().split(/\s+/)[0] || contactName;
}

export function requestMessage(details: RequestDetails): Message {
  const topics = listInWords(details.topics.slice(0, 2).map(lowerFirst));
  const goal = details.goal ? `your view on ${details.goal}` : '';
  const learn = topics
    ? `I would like to hear about ${topics}${goal ? `, and ${goal}` : ''}.`
    : `I would like to hear ${goal || 'about your work'}.`;
  const ways = details.formats
    .filter((format) => format.kind === 'conversation')
    .map((format) => format.phrase)
    // Two are enough to show the reader can fit in; a longer list makes the request read long.
    .slice(0, 2);
  // "whichever suits you" only where there is a choice.
  const choice = ways.length > 1 ? ', whichever suits you' : '';
  const meet = ways.length > 0 ? `, ${listInWords(ways, 'or')}${choice}` : '';
  const firstTopic = details.topics[0];
  const subject = `Request for a ${CONVERSATION_MINUTES}-minute conversation${firstTopic ? ` about ${lowerFirst(firstTopic)}` : ''}`;
  const body = [
    `Dear ${greetingName(details)},`,
    '',
    `I am [your name], [your role] in [your department] at ${details.institution}. I found you in the ${details.siteTitle} directory: [why I chose you].`,
    '',
    learn,
    '',
    `Could we talk for ${CONVERSATION_MINUTES} minutes in the next few weeks${meet}? I will keep to time and bring a few questions.`,
    '',
    'I am not asking about vacancies.',
    '',
    'Thank you,',
    '[your name]',
  ].join('\n');
  return { subject, body };
}

/** A gentle reminder, about a week after a request that had no reply. */
export function reminderMessage({ contactName }: { contactName: string }): Message {
  return {
    subject: `Following up: a ${CONVERSATION_MINUTES}-minute conversation`,
    body: [
      `Dear ${contactName},`,
      '',
      `I wrote last week to ask whether you would have ${CONVERSATION_MINUTES} minutes to talk about [what you want to learn]. I know how full inboxes get, so I am following up once.`,
      '',
      'If now is not a good time, I understand completely. If you can suggest someone else I could talk to, I would be grateful for that too.',
      '',
      'Best wishes,',
      '[your name]',
    ].join('\n'),
  };
}

/** Thanks within one or two days of the conversation. */
export function thankYouMessage({ contactName }: { contactName: string }): Message {
  return {
    subject: 'Thank you for your time',
    body: [
      `Dear ${contactName},`,
      '',
      'Thank you for talking with me [yesterday]. I found it really useful to hear about [one thing you learned].',
      '',
      'I am going to [one thing you will do next, such as read the report you mentioned or contact the person you suggested].',
      '',
      'I will let you know how it goes.',
      '',
      'Best wishes,',
      '[your name]',
    ].join('\n'),
  };
}

/** A later update: what the reader did with the advice, a few weeks or months on. */
export function updateMessage({ contactName }: { contactName: string }): Message {
  return {
    subject: 'An update after our conversation',
    body: [
      `Dear ${contactName},`,
      '',
      'When we talked in [month], you suggested [their advice]. I wanted to let you know that I [what you did, and what happened].',
      '',
      'Your advice made a real difference. Thank you again. If I can ever return the favour, please ask.',
      '',
      'Best wishes,',
      '[your name]',
    ].join('\n'),
  };
}

/** The four messages of the outreach templates, in the order a reader uses them. */
export function outreachTemplates(
  siteTitle: string,
  institution: string,
): { id: string; name: string; when: string; message: Message }[] {
  const contactName = '[their first name]';
  return [
    {
      id: 'request',
      name: 'Request',
      when: 'Ask for a conversation. Say who you are, why them, and what you would like to learn.',
      message: requestMessage({
        contactName,
        knownAs: contactName,
        topics: ['[a topic they list]'],
        formats: [],
        siteTitle,
        institution,
      }),
    },
    {
      id: 'reminder',
      name: 'Reminder',
      when: 'About a week later, if there is no reply. Send one reminder only.',
      message: reminderMessage({ contactName }),
    },
    {
      id: 'thank-you',
      name: 'Thank you',
      when: 'Within one or two days of the conversation.',
      message: thankYouMessage({ contactName }),
    },
    {
      id: 'update',
      name: 'Later update',
      when: 'A few weeks or months later, to say what you did with their advice.',
      message: updateMessage({ contactName }),
    },
  ];
}
