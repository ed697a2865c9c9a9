import { announce } from './announce.ts';

/** Copy buttons: shown only where the clipboard can be used; each copies the text of the element it names. */
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

/** Copies the text and says whether it worked; it never rejects. */
async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    if (copyStatus)
      announce(
        copyStatus,
        'Copied. Paste it into a new email and fill in the parts in square brackets.',
      );
  } catch {
    if (copyStatus)
      announce(
        copyStatus,
        'Your browser did not allow copying. Select the text and copy it instead.',
      );
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(target.innerText.trim()));
}
