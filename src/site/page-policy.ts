/**
 * Each page's content security policy, written into its <head> as it renders (BaseLayout). Pages
 * carry no inline scripts or styles (scripts and stylesheets are files of their own), so a policy
 * needs no hashes: only the allowances for what the page does, and a page is given only those it
 * needs. Nothing is allowed by default; what every page does is listed in BASE.
 */

type Directive =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'connect-src'
  | 'form-action'
  | 'base-uri';

type Sources = Partial<Record<Directive, readonly string[]>>;

// Every page: its own scripts, stylesheets and images (the favicon), and the header's search form.
// Nothing else loads: no fonts, frames, objects or media, and no fetching unless a need says so.
const BASE: Sources = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
};

/** What a page may do beyond BASE, each granted only to the pages that render it. */
const NEEDS = {
  // The site search (src/browser/site-search.ts through pagefind-loader.ts): Pagefind fetches its
  // index and compiles its WebAssembly, on the page itself (noWorker), so no worker is allowed.
  'site-search': {
    'script-src': ["'wasm-unsafe-eval'"],
    'connect-src': ["'self'"],
  },
  // Pages whose script fetches the site's own JSON: the directory's index (directory-index.ts)
  // and the guided match's data (guided-match.ts).
  'fetches-site-data': { 'connect-src': ["'self'"] },
  // The request form (RequestComposer) submits to a mailto: address, opening the email app.
  'mailto-form': { 'form-action': ['mailto:'] },
  // The network map (NetworkMap) draws its PNG from an SVG image at a data: address.
  'data-images': { 'img-src': ['data:'] },
} as const satisfies Record<string, Sources>;

export type PageNeed = keyof typeof NEEDS;

/** Content components a guide may import that need more than BASE, by file name. */
const CONTENT_COMPONENT_NEEDS: Readonly<Record<string, readonly PageNeed[]>> = {
  'NetworkMap.astro': ['data-images'],
};

const IMPORTED_COMPONENT = /^import\s+\w+\s+from\s+['"][^'"]*\/([\w-]+\.astro)['"]/gm;

/**
 * What a guide's MDX body needs, from the content components it imports (validation allows no
 * other imports, and a component renders only where it is imported).
 */
export function guideBodyNeeds(body: string | undefined): PageNeed[] {
  const files = [...(body ?? '').matchAll(IMPORTED_COMPONENT)].map((match) => match[1] ?? '');
  return files.flatMap((file) => CONTENT_COMPONENT_NEEDS[file] ?? []);
}

/** The policy of a page with these needs, as the content of its <meta http-equiv> tag. */
export function pagePolicy(needs: readonly PageNeed[] = []): string {
  const directives = new Map<string, string[]>(
    Object.entries(BASE).map(([name, sources]) => [name, [...sources]]),
  );
  for (const need of new Set(needs)) {
    for (const [name, sources] of Object.entries(NEEDS[need] as Sources)) {
      const list = directives.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      directives.set(name, list);
    }
  }
  return [...directives].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
