/**
 * Fields that hold a link leaving the site. Each says which list of hosts in site.config.yaml it
 * may point to, so the host rule finds every such field, however deep, from the schemas alone.
 */
import { z } from 'astro/zod';
import { describeValue } from './describe-value.ts';
import { expecting } from './fields.ts';

/** What is wrong with an address that a browser would write differently, in plain words. */
function unlikeBrowser(value: string, written: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '';
  const wrong = /\s/.test(value)
    ? 'contains a space'
    : host !== host.toLowerCase()
      ? 'has capital letters in its host name'
      : 'is not written the way browsers write it';
  return `${describeValue(value)} ${wrong} (expected the address written as browsers write it: ${written})`;
}

/**
 * An https address, written exactly as browsers write it, so the link on the page, the one in
 * calendar files and the one a browser opens are the same. Which hosts are allowed is a
 * cross-entry rule that needs the site configuration. Fields use registrationLink or
 * outboundLink, never this alone, so that rule finds every link.
 */
const httpsUrl = z
  .string({ error: expecting('a web address starting with https://') })
  .superRefine((value, ctx) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: expecting(
          'a web address starting with https://',
          (v) => `${v} is not an https web address`,
        )({ input: value }),
      });
    } else if (url.username !== '' || url.password !== '') {
      // https://sapweb.example.edu@evil.test/ reads like the first host and leads to the second.
      const authority = value.slice('https://'.length).split(/[/?#]/, 1)[0] ?? '';
      const before = authority.slice(0, authority.lastIndexOf('@') + 1);
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${describeValue(value)} has "${before}" before its host, so it leads to ${url.hostname} (expected a link with only the host name between https:// and the path)`,
      });
    } else if (url.href !== value) {
      ctx.addIssue({ code: 'custom', input: value, message: unlikeBrowser(value, url.href) });
    }
  });

/** `registration`: registration.hosts only; `outbound`: links.hosts and the registration hosts. */
export type AllowedHosts = 'registration' | 'outbound';

const linkFieldRegistry = z.registry<{ hosts: AllowedHosts }>();

/** A link to the registration system, such as a workshop's registration.url. */
export const registrationLink = httpsUrl
  .describe(
    'An https link to the registration system, on a host listed under registration.hosts in site.config.yaml.',
  )
  .register(linkFieldRegistry, { hosts: 'registration' });

/**
 * A waiting list in the registration system, for a full session: on the same hosts as
 * registration links, so readers leave only for the registration system. Each field says whose
 * list it is in its own hint.
 */
export const waitingListLink = (hint: string) =>
  httpsUrl
    .describe(`${hint} It must be on a host listed under registration.hosts in site.config.yaml.`)
    .register(linkFieldRegistry, { hosts: 'registration' });

/** Any other link that leaves the site, such as a group's join.url. */
export const outboundLink = httpsUrl
  .describe(
    'An https link on a host listed under links.hosts (or registration.hosts) in site.config.yaml.',
  )
  .register(linkFieldRegistry, { hosts: 'outbound' });

/** A link set in site.config.yaml, such as the sign-up form: whoever sets the hosts sets it too. */
export const configLink = httpsUrl;

export interface LinkValue {
  path: (string | number)[];
  url: string;
  hosts: AllowedHosts;
}

/** Every link an entry holds, with where it is and which hosts it may point to. */
export function linksIn(
  schema: z.core.$ZodType,
  data: unknown,
  path: (string | number)[] = [],
): LinkValue[] {
  const registered = linkFieldRegistry.get(schema as z.ZodType);
  if (registered)
    return typeof data === 'string' ? [{ path, url: data, hosts: registered.hosts }] : [];
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
    in?: z.core.$ZodType;
  };
  if (def.type === 'object' && def.shape && typeof data === 'object' && data !== null)
    return Object.entries(def.shape).flatMap(([key, field]) =>
      linksIn(field, (data as Record<string, unknown>)[key], [...path, key]),
    );
  if (def.type === 'array' && def.element && Array.isArray(data))
    return data.flatMap((item, index) => linksIn(def.element!, item, [...path, index]));
  const inner = def.innerType ?? def.in;
  return inner ? linksIn(inner, data, path) : [];
}
