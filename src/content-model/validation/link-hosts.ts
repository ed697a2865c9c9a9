/**
 * Which hosts a link may point to. An entry of links.hosts is a host name, matched exactly, or a
 * name starting with a dot, ".example.edu", which allows every host under example.edu (but not
 * example.edu itself: list it too if it is wanted). Nothing else matches, so neither
 * groups.example.edu.evil.test nor evilexample.edu passes for example.edu.
 */
import type { SiteConfig } from '../schemas/site-config.ts';
import type { AllowedHosts } from '../schemas/link-fields.ts';

export function hostMatches(host: string, entry: string): boolean {
  const wanted = entry.toLowerCase();
  const name = host.toLowerCase();
  return wanted.startsWith('.')
    ? name.endsWith(wanted) && name.length > wanted.length
    : name === wanted;
}

/** The entries a kind of link may point to: outbound links may also go to the registration system. */
export function allowedHosts(config: SiteConfig, hosts: AllowedHosts): string[] {
  const registration = config.registration.hosts;
  return hosts === 'registration'
    ? registration
    : [...new Set([...config.links.hosts, ...registration])];
}

/** "groups.example.edu, sapweb.example.edu or any host under .example.edu", for messages. */
export function describeHosts(entries: readonly string[]): string {
  const named = entries.map((entry) =>
    entry.startsWith('.') ? `any host under ${entry.slice(1)}` : entry,
  );
  return named.length <= 1
    ? (named[0] ?? 'no host')
    : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}
