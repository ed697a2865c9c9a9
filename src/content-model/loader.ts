/**
 * Astro collection loaders that hand over what `npm run validate` parsed and checked, instead of
 * reading the files a second time with another YAML parser. Each entry keeps its file path, so
 * Astro's own messages name the file.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { InstitutionNames } from '../shared/institution-names.ts';
import {
  CONTENT_DIR,
  SITE_CONFIG_FILE,
  type EntryCollectionName,
  type ListName,
} from './sources.ts';
import { sanitizeBodyHtml } from './body-html.ts';
import { currentEdition } from './edition.ts';
import type { LoadedEntry } from './validation/load-content.ts';
import { formatProblem } from './validation/problem.ts';
import { validatedContent } from './validation/validated-content.ts';
import type { ValidationResult } from './validation/validate-content.ts';

type Select = (result: ValidationResult) => readonly LoadedEntry<unknown>[];

// The markdown renderer reads frontmatter from the start of what it is given. An empty one in
// front of the body keeps it from taking a body that starts with a "---" line for frontmatter.
const EMPTY_FRONTMATTER = '---\n---\n';

async function store(
  context: LoaderContext,
  root: string,
  entry: LoadedEntry<unknown>,
  names: InstitutionNames | undefined,
) {
  const { id, file, body } = entry;
  const data = entry.data as Record<string, unknown>;
  // A body is rendered with the institution's names: new names must render it again, not reuse
  // the page kept from a build with the old ones.
  const digest = context.generateDigest(JSON.stringify({ data, body, names }));
  const deferredRender = file.endsWith('.mdx');
  if (context.store.get(id)?.digest === digest) {
    if (deferredRender) context.store.addModuleImport(file);
    return;
  }
  if (body === undefined) {
    context.store.set({ id, data, filePath: file, digest });
  } else if (deferredRender) {
    // MDX is compiled from its file when a page renders it; mdx-frontmatter.ts hands that
    // compilation this same data instead of letting it parse the frontmatter again.
    context.store.set({ id, data, body, filePath: file, digest, deferredRender });
  } else {
    const markdown = await context.renderMarkdown(`${EMPTY_FRONTMATTER}${body}`, {
      fileURL: pathToFileURL(join(root, file)),
    });
    // validate has refused what bodies may not hold; this holds even if a body got past it.
    const rendered = { ...markdown, html: sanitizeBodyHtml(markdown.html, context.config.base) };
    const assetImports = markdown.metadata?.imagePaths ?? [];
    context.store.set({
      id,
      data,
      body,
      filePath: file,
      digest,
      rendered,
      ...(assetImports.length > 0 ? { assetImports } : {}),
    });
  }
}

function validatedLoader(collection: string, select: Select): Loader {
  return {
    name: `networking-hub:${collection}`,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const sync = async (changed?: string) => {
        const result = validatedContent(root, changed === undefined ? {} : { changed });
        // The content-validation integration stops a build before this; in `astro dev`, the
        // collection keeps what it had rather than loading part of the content.
        if (result.errors.length > 0) {
          throw new Error(
            `The ${collection} were not loaded: the content has ${result.errors.length === 1 ? '1 error' : `${result.errors.length} errors`}.\n${result.errors.map(formatProblem).join('\n')}`,
          );
        }
        const entries = select(result);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
        const names = result.content.config?.institution;
        for (const entry of entries) await store(context, root, entry, names);
      };
      await sync();
      context.watcher?.add([join(root, CONTENT_DIR), join(root, SITE_CONFIG_FILE)]);
      context.watcher?.on('all', (_event, path) => {
        const file = relative(root, path).split(sep).join('/');
        if (isAbsolute(file) || !(file === SITE_CONFIG_FILE || file.startsWith(`${CONTENT_DIR}/`)))
          return;
        sync(path).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

/** A list file, such as content/taxonomies/topics.yaml: one entry per item, known by its `id`. */
export function validatedList(name: ListName): Loader {
  return validatedLoader(name, (result) => result.content.taxonomies[name]);
}

/** The contacts a build lists: all but the stale ones (whose confirmation has lapsed). */
export function listedContacts(result: ValidationResult) {
  const stale = new Set(result.staleContacts.map((contact) => contact.id));
  return result.content.entries.contacts.filter((entry) => !stale.has(entry.id));
}

/**
 * A folder with one file per entry, known by its file name. Stale contacts are left out, and the
 * public edition gets no contacts at all, so no name can reach any of its files.
 */
export function validatedFolder(name: EntryCollectionName): Loader {
  return validatedLoader(name, (result): readonly LoadedEntry<unknown>[] => {
    if (name !== 'contacts') return result.content.entries[name];
    return currentEdition() === 'public' ? [] : listedContacts(result);
  });
}
