/**
 * Turns the request form's button into a link kept in step with the subject and message as the
 * reader edits them, so it can also be copied or opened from the context menu. Without this script
 * the form's own submission opens the same email.
 */
import { mailtoHref } from '../shared/mailto.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-composer]')) {
  const subject = form.querySelector<HTMLInputElement>('[name="subject"]');
  const body = form.querySelector<HTMLTextAreaElement>('[name="body"]');
  const submit = form.querySelector<HTMLButtonElement>('[data-composer-submit]');
  const send = form.querySelector<HTMLAnchorElement>('[data-composer-send]');
  const to = form.dataset['email'];
  if (!subject || !body || !submit || !send || !to) continue;
  const refresh = () => {
    send.href = mailtoHref({ to, subject: subject.value, body: body.value });
  };
  refresh();
  send.hidden = false;
  submit.hidden = true;
  form.addEventListener('input', refresh);
}
