/**
 * A mailto: link (RFC 6068) with a prefilled subject and body. Line breaks become CRLF and
 * everything, including non-ASCII, is percent-encoded as UTF-8 so every mail client reads it the same.
 */
const encode = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const encodeAddress = (to: string) => encode(to).replace(/%40/g, '@');

/** A mailto: link to one address, with nothing prefilled, such as a team's shared mailbox. */
export function mailtoAddress(to: string): string {
  return `mailto:${encodeAddress(to)}`;
}

export function mailtoHref({
  to,
  subject,
  body,
}: {
  to: string;
  subject: string;
  body: string;
}): string {
  const address = encodeAddress(to);
  const normalizedBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(normalizedBody)}`;
}
