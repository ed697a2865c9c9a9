import { validatedContent } from '../../src/content-model/validation/validated-content.ts';
import type { ContactTraces } from './leak-check.ts';

/** What the leak check looks for: every contact in content/, listed or not. */
export function contactTraces(root: string): ContactTraces[] {
  return validatedContent(root).content.entries.contacts.map(({ id, data }) => {
    const { name, email, bio, knownAs, notFor } = data;
    return { id, name, email, bio, ...(knownAs ? { knownAs } : {}), ...(notFor ? { notFor } : {}) };
  });
}
