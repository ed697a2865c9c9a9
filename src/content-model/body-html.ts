/**
 * The second guard on workshop bodies: the HTML rendered from a Markdown body keeps only the
 * elements and links that validate allows (validation/body-constructs.ts, body-links.ts), so a
 * body that slipped past validate still cannot run code, send readers elsewhere, or show a form.
 * sanitize-html does the parsing and the dropping; this file holds the allow-list.
 */
import sanitizeHtml from 'sanitize-html';
import { siteUrls } from '../shared/urls.ts';
import { classifyLink } from './validation/body-links.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What Markdown renders for the constructs bodies may hold, and nothing else. */
const ALLOWED_TAGS = [
  ...HEADINGS,
  'p',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'del',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'hr',
  'code',
  'pre',
];

/**
 * `html` rendered from a body, with every other element dropped (script, style and the like with
 * their content), every attribute but the allowed ones removed, and links that validate would
 * refuse made plain text. Links into the site get the base path of a site published under `base`.
 */
export function sanitizeBodyHtml(html: string, base: string): string {
  const urls = siteUrls(base);
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      ol: ['start'],
      code: ['class'],
      ...Object.fromEntries(HEADINGS.map((heading) => [heading, ['id']])),
    },
    allowedClasses: { code: ['language-*'] },
    allowedSchemes: ['https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template'],
    transformTags: {
      a: (tagName, attribs) => {
        const { href, ...rest } = attribs;
        const verdict = href === undefined ? undefined : classifyLink(href);
        if (verdict?.kind === 'internal')
          return { tagName, attribs: { ...rest, href: urls.fromContent(verdict.path) } };
        if (verdict?.kind === 'external' && href !== undefined)
          return { tagName, attribs: { ...rest, href } };
        return { tagName, attribs: rest };
      },
    },
  });
}
