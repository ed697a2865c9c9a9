/**
 * A mailto: link (RFC 6068) with a prefilled subject and body. Line breaks become CRLF and
 * everything, including non-ASCII, is percent-encoded as UTF-8 so every mail client reads it the same.
 */
export function mailtoHref({
  to,
  subject,
  body,
}: {
  to: string;
  subject: string;
  body: string;
}): string {
  const encode = (value: string) =>
    encodeURIComponent(value).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const address = encode(to).replace(/%40/g, '@');
  const normalizedBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(normalizedBody)}`;
}
