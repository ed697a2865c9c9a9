/**
 * Turns the request form's button into a link kept in step with the subject and message as the
 * reader edits them, so it can also be copied or opened from the context menu. Without this script
 * the form's own submission (its action is the mailto: address) opens the same email.
 */
import { mailtoHref } from '../shared/mailto.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-composer]')) {
  const subject = form.querySelector<HTMLInputElement>('[name="subject"]');
  const body = form.querySelector<HTMLTextAreaElement>('[name="body"]');
  // The form's one button: no attribute marks it, as the form is on thousands of profile pages.
  const submit = form.querySelector<HTMLButtonElement>('button');
  const to = decodeURIComponent(form.getAttribute('action')?.replace(/^mailto:/, '') ?? '');
  if (!subject || !body || !submit || !to) continue;
  const send = document.createElement('a');
  send.className = submit.className;
  send.textContent = submit.textContent;
  send.dataset['composerSend'] = '';
  const refresh = () => {
    send.href = mailtoHref({ to, subject: subject.value, body: body.value });
  };
  refresh();
  submit.replaceWith(send);
  form.addEventListener('input', refresh);
}
