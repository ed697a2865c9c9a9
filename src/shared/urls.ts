/** A path inside the site, under the configured base path: href('guides/') -> '/networking/guides/'. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
