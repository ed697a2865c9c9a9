/**
 * Fields that hold a link leaving the site. Each says which list of hosts in site.config.yaml it
 * may point to, so the host rule finds every such field, however deep, from the schemas alone.
 */
import { z } from 'astro/zod';
import { httpsUrl } from './fields.ts';

/** `registration`: registration.hosts only; `outbound`: links.hosts and the registration hosts. */
export type AllowedHosts = 'registration' | 'outbound';

const linkFieldRegistry = z.registry<{ hosts: AllowedHosts }>();

/** A link to the registration system, such as a workshop's registration.url. */
export const registrationLink = httpsUrl
  .describe(
    'An https link to the registration system, on a host listed under registration.hosts in site.config.yaml.',
  )
  .register(linkFieldRegistry, { hosts: 'registration' });

/** Any other link that leaves the site, such as a group's join.url. */
export const outboundLink = httpsUrl
  .describe(
    'An https link on a host listed under links.hosts (or registration.hosts) in site.config.yaml.',
  )
  .register(linkFieldRegistry, { hosts: 'outbound' });

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
