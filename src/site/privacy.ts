/** Path prefixes of the pages about people: the directory, profiles and the browse pages. */
export function directoryPathPrefixes(base: string): string[] {
  const root = base.replace(/\/?$/, '/');
  return ['directory/', 'departments/', 'topics/', 'goals/'].map((path) => `${root}${path}`);
}
