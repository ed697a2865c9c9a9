/** Keeps the request's mailto link in step with the subject and message as the reader edits them. */
import { mailtoHref } from '../shared/mailto.ts';

for (const form of document.querySelectorAll<HTMLElement>('[data-composer]')) {
  const subject = form.querySelector<HTMLInputElement>('[name="subject"]');
  const body = form.querySelector<HTMLTextAreaElement>('[name="body"]');
  const send = form.querySelector<HTMLAnchorElement>('[data-composer-send]');
  const to = form.dataset['email'];
  if (!subject || !body || !send || !to) continue;
  const refresh = () => {
    send.href = mailtoHref({ to, subject: subject.value, body: body.value });
  };
  form.addEventListener('input', refresh);
}
