/**
 * How many colleagues can help with a guide's topics and goals. The public edition has no contacts
 * collection, so the number is counted here, at build time, from the validated content: only the
 * number reaches a page.
 */
import { listedContacts } from '../content-model/loader.ts';
import { validatedContent } from '../content-model/validation/validated-content.ts';

export function colleaguesWhoCanHelp(topics: readonly string[], goals: readonly string[]): number {
  const contacts = listedContacts(validatedContent(process.cwd()));
  return contacts.filter(({ data }) => {
    const { askMeAbout, helpsWith } = data as { askMeAbout: string[]; helpsWith: string[] };
    return askMeAbout.some((t) => topics.includes(t)) || helpsWith.some((g) => goals.includes(g));
  }).length;
}

/** How many colleagues are listed in the staff directory. */
export function listedColleagues(): number {
  return listedContacts(validatedContent(process.cwd())).length;
}
