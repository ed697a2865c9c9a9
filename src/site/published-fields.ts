import type { Contact } from '../content-model/schemas/contact.ts';

/**
 * What a profile shows of each field of a contact's entry, in the words of the privacy notice and
 * the "Become a network contact" page. Keyed by the contact schema, so a field cannot be added to
 * profiles without saying here what is published.
 */
export const PUBLISHED_FIELDS = {
  name: 'your name',
  knownAs: 'the name to greet you by, if it is not your first name',
  pronouns: 'your pronouns, if you give them',
  title: 'your job title',
  department: 'your department',
  location: 'where you work',
  email: 'your work email address, so colleagues can write to you',
  bio: 'a short bio, in your own words',
  askMeAbout: 'the topics you are happy to talk about',
  helpsWith: 'the questions you can help colleagues answer',
  notFor: 'what you would rather not be asked about, if you say',
  careerPath: 'your earlier roles, if you list them',
  languages: 'the languages you speak',
  formats: 'the ways you are happy to meet',
  capacity: 'how many conversations you can take each month',
  accepting: 'whether you are taking requests now',
  confirmed: 'the date you last confirmed your listing, and the date it ends',
} as const satisfies Record<keyof Contact, string>;
