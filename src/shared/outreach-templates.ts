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
  const interest =
    topics.length > 0
      ? `I am interested in ${listInWords(topics)}`
      : 'I am interested in your work';
  const question = goal ? `, and I would value your view on one question: ${lowerFirst(goal)}` : '';
  const formats =
    details.formats.length > 0
      ? ` I am happy to meet ${listInWords(details.formats, 'or')}, whichever suits you best.`
      : '';
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

/** A gentle reminder, about a week after a request that had no reply. */
export function reminderMessage({ contactName }: { contactName: string }): Message {
  return {
    subject: 'Following up: a 20-minute conversation',
    body: [
      `Dear ${contactName},`,
      '',
      'I wrote last week to ask whether you would have 20 to 30 minutes to talk about [what you want to learn]. I know how full inboxes get, so I am following up once.',
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
): { id: string; name: string; when: string; message: Message }[] {
  const contactName = '[their name]';
  return [
    {
      id: 'request',
      name: 'Request',
      when: 'Ask for a conversation. Say who you are, why them, and what you would like to learn.',
      message: requestMessage({
        contactName,
        topics: ['[a topic they list]'],
        goals: [],
        formats: [],
        siteTitle,
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
