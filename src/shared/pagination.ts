/** The page numbers a pagination bar shows: the first, the last and two either side of the current one. */
export function pageWindow(current: number, last: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let page = current - around; page <= current + around; page++)
    if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  return pages.flatMap((page, index) =>
    index > 0 && page - (pages[index - 1] ?? page) > 1 ? ['gap' as const, page] : [page],
  );
}
