import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file in a built folder that a URL path is served from, if any: with base "/networking/",
 * "/networking/guides/" is guides/index.html. Undefined for a path outside the base or with no file.
 */
export function servedFile(dist: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(base.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [`${inside}index.html`]
      : [inside, `${inside}.html`, `${inside}/index.html`];
  return candidates.find(
    (candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile(),
  );
}
