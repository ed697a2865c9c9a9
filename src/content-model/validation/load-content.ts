import { lstatSync, readdirSync } from 'node:fs';
import { extname, join, basename } from 'node:path';
import type { z } from 'astro/zod';
import type { InstitutionNames } from '../../shared/institution-names.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { loadSiteConfig } from '../site-config-file.ts';
import {
  entrySources,
  listKey,
  SITE_CONFIG_FILE,
  taxonomySources,
  type EntryCollectionName,
  type ListName,
} from '../sources.ts';
import {
  contentFolderProblem,
  readContentFile,
  type ContentFileRead,
  type RefusedFile,
} from './content-file.ts';
import { entryFileNameProblem } from './entry-file-name.ts';
import { fieldName, type Problem } from './problem.ts';
import { controlCharacterMessage, controlCharacters } from './control-characters.ts';
import type { InternalLink } from './body-constructs.ts';
import { markdownBodyCheck } from './markdown-body.ts';
import { mdxBodyCheck } from './mdx-body.ts';
import { personalDataIn } from '../schemas/personal-data.ts';
import { describeValue } from '../schemas/describe-value.ts';
import { placeholderProblems, withNames } from './placeholders.ts';
import { schemaProblems } from './schema-problems.ts';
import { suggest } from './suggest.ts';
import { choicesOf, type TaxonomyChoices } from './term-names.ts';
import {
  parseYamlSource,
  splitFrontmatter,
  withoutByteOrderMark,
  type Position,
  type YamlSource,
} from './yaml-source.ts';

/** A valid entry, with what is needed to point back at its lines. */
export interface LoadedEntry<T> {
  id: string;
  file: string;
  data: T;
  /** For Markdown and MDX files: the text after the frontmatter, as the site renders it. */
  body?: string;
  /** For Markdown and MDX files: the body's links to pages of this site, checked across entries. */
  internalLinks?: InternalLink[];
  locate(path: readonly PropertyKey[]): Position;
  /** For the items of a list file: where the item sits, as `questions[3]` in messages. */
  pathPrefix?: readonly PropertyKey[];
}

type Output<Name extends EntryCollectionName> = z.output<(typeof entrySources)[Name]['schema']>;
type TaxonomyOutput<Name extends ListName> = z.output<(typeof taxonomySources)[Name]['schema']>;

export interface LoadedContent {
  /** The project folder the content was read from. */
  root: string;
  config: SiteConfig | undefined;
  taxonomies: { [Name in ListName]: LoadedEntry<TaxonomyOutput<Name>>[] };
  entries: { [Name in EntryCollectionName]: LoadedEntry<Output<Name>>[] };
  problems: Problem[];
}

function fileProblem(file: string, message: string, line = 1, column = 1): Problem {
  return { severity: 'error', file, line, column, field: '', message };
}

/** What a file was refused for, as its problem. */
const refusedProblem = (file: string, read: RefusedFile) =>
  fileProblem(file, read.refused, read.line, read.column);

/**
 * Runs `load` for one file; should it fail unexpectedly (a bug, or a file no rule foresaw), the
 * failure becomes a problem naming that file instead of a crash that names none.
 */
function guarded<T>(file: string, problems: Problem[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'its values are nested too deeply to read'
        : error instanceof Error
          ? error.message
          : String(error);
    problems.push(
      fileProblem(
        file,
        `could not be read: ${reason} (expected an entry of fields as in the other files; if it looks like one, tell a developer, since the validator should have said what is wrong)`,
      ),
    );
    return undefined;
  }
}

/** Line and column (from 1) of `offset` in `text`. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** Control characters in the text of a Markdown body; `start` is where the body begins. */
function bodyProblems(file: string, text: string, start: number): Problem[] {
  const seenLines = new Set<number>();
  return controlCharacters(text.slice(start)).flatMap(({ offset, char }) => {
    const { line, column } = positionAt(text, start + offset);
    if (seenLines.has(line)) return [];
    seenLines.add(line);
    return [
      {
        severity: 'error' as const,
        file,
        line,
        column,
        field: '',
        message: controlCharacterMessage(char),
      },
    ];
  });
}

/** Email addresses and phone numbers in a Markdown body, which is published like any text field. */
function bodyPersonalData(file: string, text: string, start: number): Problem[] {
  return personalDataIn(text.slice(start)).map(({ offset, message }) => ({
    severity: 'error' as const,
    file,
    ...positionAt(text, start + offset),
    field: 'body',
    message,
  }));
}

interface ParsedSource {
  source: YamlSource;
  /** Where a field of the entry is, read again from its text when asked (see locateLater). */
  locateLater: LoadedEntry<unknown>['locate'];
  body?: string;
  internalLinks?: InternalLink[];
}

/** The body of a Markdown or MDX file, held to what pages may show. */
function checkBody(root: string, file: string, text: string, start: number) {
  return file.endsWith('.mdx')
    ? mdxBodyCheck(root, file, text, start)
    : markdownBodyCheck(file, text, start);
}

/**
 * Parses a YAML file or the frontmatter of a Markdown one. Should it have syntax errors,
 * `checkPartial` is given what could still be read, to report what else is wrong in one run.
 */
function parseSource(
  root: string,
  file: string,
  raw: string,
  format: 'yaml' | 'frontmatter',
  problems: Problem[],
  checkPartial: (partial: YamlSource) => void = () => {},
): ParsedSource | undefined {
  const text = withoutByteOrderMark(raw);
  if (format === 'frontmatter') {
    const frontmatter = splitFrontmatter(text);
    if (!frontmatter) {
      problems.push(
        fileProblem(
          file,
          'has no frontmatter (expected the file to start with a line "---", the fields, then another "---")',
        ),
      );
      return undefined;
    }
    const parsed = parseYamlSource(file, frontmatter.yaml, frontmatter.lineOffset);
    const inBody = bodyProblems(file, text, frontmatter.end);
    if (inBody.length === 0) inBody.push(...bodyPersonalData(file, text, frontmatter.end));
    const checked = inBody.length === 0 ? checkBody(root, file, text, frontmatter.end) : undefined;
    inBody.push(...(checked?.problems ?? []));
    problems.push(...parsed.problems, ...inBody);
    if (parsed.partial) checkPartial(parsed.partial);
    if (!parsed.source || inBody.length > 0) return undefined;
    return {
      source: parsed.source,
      locateLater: locateLater(file, frontmatter.yaml, frontmatter.lineOffset),
      body: text.slice(frontmatter.end),
      internalLinks: checked?.internalLinks ?? [],
    };
  }
  const parsed = parseYamlSource(file, text);
  problems.push(...parsed.problems);
  if (parsed.partial) checkPartial(parsed.partial);
  return parsed.source && { source: parsed.source, locateLater: locateLater(file, text) };
}

/**
 * `locate` for a valid entry, which keeps only its text: the parsed tree of each of 10,000
 * contacts, held for the whole build, took a tenth of its memory, and a valid entry is located
 * again only when a check across entries finds a problem in it.
 */
function locateLater(file: string, yaml: string, lineOffset = 0): LoadedEntry<unknown>['locate'] {
  let located: YamlSource['locate'] | undefined;
  return (path) => {
    located ??= parseYamlSource(file, yaml, lineOffset).source?.locate;
    return located ? located(path) : { line: 1 + lineOffset, column: 1 };
  };
}

function check<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  data: unknown,
  problems: Problem[],
  pathPrefix: readonly PropertyKey[] = [],
  terms?: TaxonomyChoices,
): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...schemaProblems(source, schema, result.error.issues, pathPrefix, terms));
  return undefined;
}

function loadTaxonomy<Name extends ListName>(
  root: string,
  name: Name,
  problems: Problem[],
  names: InstitutionNames | undefined,
): LoadedEntry<TaxonomyOutput<Name>>[] {
  const { file } = taxonomySources[name];
  return guarded(file, problems, () => readTaxonomy(root, name, problems, names)) ?? [];
}

/** A list file's shape, in the words of its messages. */
function listShape(key: string, label: string): string {
  return `"${key}:" on the first line after the comments, then the ${label} entries indented two spaces under it, each starting with "- id:"`;
}

/**
 * The items of a list file, which holds one key (listKey) with the list under it; undefined,
 * with what is wrong added to `problems`, for a file of another shape.
 */
function listItems(
  source: YamlSource,
  key: string,
  label: string,
  problems: Problem[],
): unknown[] | undefined {
  const { file, data } = source;
  const shape = listShape(key, label);
  if (Array.isArray(data)) {
    problems.push({
      severity: 'error',
      file,
      ...source.locate([]),
      field: '',
      message: `is a list with no name above it, which the web editor cannot open (expected ${shape})`,
    });
    return undefined;
  }
  if (data === null || typeof data !== 'object') {
    problems.push({
      severity: 'error',
      file,
      ...source.locate([]),
      field: '',
      message: `is not a list of ${label} entries (expected ${shape})`,
    });
    return undefined;
  }
  const others = Object.keys(data).filter((other) => other !== key);
  for (const other of others) {
    const suggestion = suggest(other, [key]);
    problems.push({
      severity: 'error',
      file,
      ...source.locateKey([], other),
      field: other,
      message: `is not a known field${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (expected only ${shape})`,
    });
  }
  if (!(key in data)) {
    if (others.every((other) => suggest(other, [key]) === undefined))
      problems.push({
        severity: 'error',
        file,
        ...source.locate([]),
        field: '',
        message: `has no "${key}:" (expected ${shape})`,
      });
    return undefined;
  }
  const items = (data as Record<string, unknown>)[key];
  if (!Array.isArray(items)) {
    problems.push({
      severity: 'error',
      file,
      ...source.locate([key]),
      field: key,
      message: `${describeValue(items)} is not a list (expected ${shape})`,
    });
    return undefined;
  }
  return others.length > 0 ? undefined : items;
}

function readTaxonomy<Name extends ListName>(
  root: string,
  name: Name,
  problems: Problem[],
  names: InstitutionNames | undefined,
): LoadedEntry<TaxonomyOutput<Name>>[] {
  const { file, schema, label } = taxonomySources[name];
  const key = listKey(name);
  const read = readContentFile(root, file, `a file with the list of ${label} entries`);
  if ('missing' in read) {
    problems.push(fileProblem(file, `is missing (expected ${listShape(key, label)})`));
    return [];
  }
  if ('refused' in read) {
    problems.push(refusedProblem(file, read));
    return [];
  }
  // With a syntax error, the items the parser could still read are checked field by field; what
  // a syntax error touched is left to its message (schemaProblems asks `intact`).
  const checkPartial = (partial: YamlSource) =>
    listItems(partial, key, label, [])?.forEach((item, index) =>
      check(partial, schema, item, problems, [key, index]),
    );
  const source = parseSource(root, file, read.text, 'yaml', problems, checkPartial)?.source;
  if (!source) return [];
  const items = listItems(source, key, label, problems);
  if (!items) return [];
  const loaded: LoadedEntry<TaxonomyOutput<Name>>[] = [];
  const seen = new Map<string, number>();
  items.forEach((item: unknown, index: number) => {
    const misspelt = placeholderProblems(source, item, [key, index]);
    problems.push(...misspelt);
    const data = check(source, schema, withNames(item, names), problems, [key, index]) as
      TaxonomyOutput<Name> | undefined;
    if (!data || misspelt.length > 0) return;
    const locate = (path: readonly PropertyKey[]) => source.locate([key, index, ...path]);
    const firstIndex = seen.get(data.id);
    if (firstIndex !== undefined) {
      problems.push({
        severity: 'error',
        file,
        ...locate(['id']),
        field: fieldName([key, index, 'id']),
        message: `"${data.id}" is used twice, first at line ${source.locate([key, firstIndex, 'id']).line} (expected each ${label} id once)`,
      });
      return;
    }
    seen.set(data.id, index);
    loaded.push({ id: data.id, file, data, locate, pathPrefix: [key, index] });
  });
  return loaded;
}

function loadEntries<Name extends EntryCollectionName>(
  root: string,
  name: Name,
  problems: Problem[],
  terms: TaxonomyChoices,
  names: InstitutionNames | undefined,
): LoadedEntry<Output<Name>>[] {
  const { dir } = entrySources[name];
  return guarded(dir, problems, () => readEntries(root, name, problems, terms, names)) ?? [];
}

function readEntries<Name extends EntryCollectionName>(
  root: string,
  name: Name,
  problems: Problem[],
  terms: TaxonomyChoices,
  names: InstitutionNames | undefined,
): LoadedEntry<Output<Name>>[] {
  const { dir } = entrySources[name];
  const folderProblem = contentFolderProblem(root, dir);
  if (folderProblem) {
    problems.push(fileProblem(dir, folderProblem));
    return [];
  }
  if (!lstatSync(join(root, dir), { throwIfNoEntry: false })) return [];
  const loaded: LoadedEntry<Output<Name>>[] = [];
  const fileNames = readdirSync(join(root, dir))
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const fileName of fileNames) {
    const file = `${dir}/${fileName}`;
    const read = () => readContentFile(root, file, 'a file with the fields of the entry');
    const entry = guarded(file, problems, () =>
      loadEntryFile(root, name, fileName, read, problems, terms, names),
    );
    if (entry) loaded.push(entry);
  }
  return loaded;
}

/**
 * One file of an entry folder, checked against its file name rules and schema: the entry, or
 * undefined with its problems added. `read` reads the file (readContentFile), or gives the text
 * a scaffolder has not written yet. `terms`, when given, name the term meant by a term field
 * written as the term's name. `names`, when given, fill the institution placeholders of its texts.
 */
export function loadEntryFile<Name extends EntryCollectionName>(
  root: string,
  name: Name,
  fileName: string,
  read: () => ContentFileRead,
  problems: Problem[],
  terms?: TaxonomyChoices,
  names?: InstitutionNames,
): LoadedEntry<Output<Name>> | undefined {
  const { dir, format, schema } = entrySources[name];
  const file = `${dir}/${fileName}`;
  const nameProblem = entryFileNameProblem(name, fileName);
  if (nameProblem) {
    problems.push(fileProblem(file, nameProblem));
    return undefined;
  }
  const text = read();
  if (!('text' in text)) {
    // A file listed in its folder that is gone by now was deleted while validate ran.
    problems.push('refused' in text ? refusedProblem(file, text) : fileProblem(file, 'is missing'));
    return undefined;
  }
  const parsed = parseSource(root, file, text.text, format, problems, (partial) =>
    check(partial, schema, partial.data ?? {}, problems, [], terms),
  );
  if (!parsed) return undefined;
  const { source, body, internalLinks, locateLater } = parsed;
  const misspelt = placeholderProblems(source, source.data);
  problems.push(...misspelt);
  const data = check(source, schema, withNames(source.data ?? {}, names), problems, [], terms) as
    Output<Name> | undefined;
  const id = basename(fileName, extname(fileName));
  if (!data || misspelt.length > 0) return undefined;
  return {
    id,
    file,
    data,
    locate: locateLater,
    ...(body === undefined ? {} : { body }),
    ...(internalLinks === undefined ? {} : { internalLinks }),
  };
}

/** The list files alone (the taxonomies and the question bank), each checked against its schema. */
export function loadLists(
  root: string,
  problems: Problem[],
  names?: InstitutionNames,
): LoadedContent['taxonomies'] {
  return Object.fromEntries(
    (Object.keys(taxonomySources) as ListName[]).map((name) => [
      name,
      loadTaxonomy(root, name, problems, names),
    ]),
  ) as LoadedContent['taxonomies'];
}

/** Reads site.config.yaml and everything in content/, checking each entry against its schema. */
export function loadContent(root: string): LoadedContent {
  const problems: Problem[] = [];
  const site = guarded(SITE_CONFIG_FILE, problems, () => loadSiteConfig(root));
  problems.push(...(site?.problems ?? []));
  const config = site?.config;
  // Texts are read with their placeholders filled, so every check and page sees the names.
  const names = config?.institution;
  const taxonomies = loadLists(root, problems, names);
  const terms = choicesOf(taxonomies);
  return {
    root,
    config,
    taxonomies,
    entries: {
      contacts: loadEntries(root, 'contacts', problems, terms, names),
      groups: loadEntries(root, 'groups', problems, terms, names),
      workshops: loadEntries(root, 'workshops', problems, terms, names),
      guides: loadEntries(root, 'guides', problems, terms, names),
    },
    problems,
  };
}
