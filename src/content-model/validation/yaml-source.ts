import {
  CST,
  isMap,
  Lexer,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLError,
} from 'yaml';
import { fieldName, type Problem } from './problem.ts';
import { refusedConstructs } from './yaml-constructs.ts';
import { syntaxMessage } from './yaml-syntax.ts';

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML text that can say where any field of it was written. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Where the value at `path` is; for a missing value, where its nearest parent is. */
  locate: (path: readonly PropertyKey[]) => Position;
  /**
   * Where `written` first appears inside the value at `path`, such as a placeholder in a text; where
   * the value starts when it is not found there as written.
   */
  locateWithin: (path: readonly PropertyKey[], written: string) => Position;
  /** Where the key `key` of the mapping at `path` is written. */
  locateKey: (path: readonly PropertyKey[], key: string) => Position;
  /**
   * For a value left empty by a comment on its line (`accent: #003366`), the comment's text.
   */
  commentedOut: (path: readonly PropertyKey[]) => string | undefined;
  /**
   * In the partial tree of a file with syntax errors: whether the value at `path` (or the key
   * `key` of the mapping there) was read from text no syntax error touches, so a problem found
   * in it is real. Always true in a file without syntax errors.
   */
  intact: (path: readonly PropertyKey[], key?: string) => boolean;
}

/** Warnings that yaml-constructs.ts reports in its own words. */
const REPORTED_AS_CONSTRUCTS = new Set(['TAG_RESOLVE_FAILED', 'BAD_DIRECTIVE']);

/**
 * Limits that no entry comes near (the largest file, the question bank, has some 1,600 pieces)
 * and that keep the parser small: it takes about 1 KB per piece, so a file of 256 KB written
 * as "[*a, *a, ..." or a hundred thousand "[" would cost it 200 MB.
 */
const MAX_FLOW_DEPTH = 32;
const MAX_PIECES = 50_000;

/** Lexer tokens that mark a state and stand for no text of the file. */
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar']);

/** How many "[" and "{" `text` holds. */
function bracketsIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) count++;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) count++;
  return count;
}

/**
 * Where `text` first nests [ ] or { } more than MAX_FLOW_DEPTH deep, or has more than MAX_PIECES
 * pieces (values, keys, commas, brackets), with what to say; found by the lexer, before parsing.
 */
function tooComplex(text: string): { offset: number; message: string } | undefined {
  // Every piece counted below is at least one character, and a level of nesting is one bracket:
  // a text too short for either limit needs no lexing (every ordinary entry).
  if (text.length <= MAX_PIECES && bracketsIn(text) <= MAX_FLOW_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  let pieces = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (++depth > MAX_FLOW_DEPTH)
        return {
          offset,
          message: `nests lists or groups of fields in brackets more than ${MAX_FLOW_DEPTH} deep (expected fields a few levels deep, as in the other entries)`,
        };
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') depth = Math.max(0, depth - 1);
    if (type && MARKERS.has(type)) continue;
    if (type !== 'space' && type !== 'newline' && ++pieces > MAX_PIECES)
      return {
        offset,
        message: `holds more than ${MAX_PIECES.toLocaleString('en')} values, names and marks (expected an entry of fields as in the other files: this many cannot be one entry)`,
      };
    offset += token.length;
  }
  return undefined;
}

/** A byte order mark is invisible in editors: positions and values start after it. */
export const withoutByteOrderMark = (text: string) => text.replace(/^\uFEFF/, '');

/**
 * Parses YAML with positions, refusing what yaml-constructs.ts lists. `lineOffset` is the number
 * of lines before the YAML in its file (1 for frontmatter after the opening `---`).
 */
export function parseYamlSource(
  file: string,
  rawText: string,
  lineOffset = 0,
): { source?: YamlSource; partial?: YamlSource; problems: Problem[] } {
  const text = withoutByteOrderMark(rawText);
  const complex = tooComplex(text);
  if (complex) {
    const before = text.slice(0, complex.offset).split('\n');
    const problem: Problem = {
      severity: 'error',
      file,
      line: before.length + lineOffset,
      column: (before.at(-1) ?? '').length + 1,
      field: '',
      message: complex.message,
    };
    return { problems: [problem] };
  }
  const lineCounter = new LineCounter();
  // Version 1.2 and the core schema whatever the file says: a %YAML directive is refused below.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const spoiled: [number, number][] = [];
  const syntaxProblem = (error: YAMLError): Problem => {
    const { offset, message, spoiled: range } = syntaxMessage(text, doc, error);
    spoiled.push(range);
    return { severity: 'error', file, ...at(offset), field: '', message };
  };
  // One error per line, a tab's first: the others on its line follow from it.
  const byLine = Map.groupBy(
    [...doc.errors].sort(
      (a, b) => Number(b.code === 'TAB_AS_INDENT') - Number(a.code === 'TAB_AS_INDENT'),
    ),
    (error) => lineCounter.linePos(error.pos[0]).line,
  );
  const errors = [...byLine.values()].map((onLine) => {
    onLine.slice(1).forEach(syntaxProblem);
    return syntaxProblem(onLine[0]!);
  });
  const problems =
    errors.length > 0
      ? []
      : [
          ...doc.warnings
            .filter((warning) => !REPORTED_AS_CONSTRUCTS.has(warning.code))
            .map(syntaxProblem),
          ...refusedConstructs(text, doc).map(({ offset, path, message }): Problem => ({
            severity: 'error',
            file,
            ...at(offset),
            field: fieldName(path),
            message,
          })),
        ];
  const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
    // Walk up until a written node is found, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (
        node !== undefined &&
        node !== null &&
        typeof node === 'object' &&
        'range' in node &&
        node.range
      )
        return node;
    }
    return doc.contents ?? undefined;
  };
  const untouched = (range: readonly number[] | null | undefined) =>
    !!range && spoiled.every(([start, end]) => range[1]! < start || range[0]! > end);
  const pairAt = (path: readonly PropertyKey[], key: string) => {
    const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (!isMap(map)) return undefined;
    return map.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
    );
  };
  // Built only once nothing refused is left in the tree: reading an alias could expand it.
  const sourceOf = (): YamlSource => ({
    file,
    // Aliases are refused above; should one slip through, it may not expand (an alias bomb).
    data: doc.toJS({ maxAliasCount: 0 }),
    locate(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
    locateWithin(path, written) {
      const node = nodeAt(path);
      if (!node?.range) return { line: 1 + lineOffset, column: 1 };
      const found = text.slice(node.range[0], node.range[1]).indexOf(written);
      return at(node.range[0] + Math.max(found, 0));
    },
    locateKey(path, key) {
      const pair = pairAt(path, key);
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      return at(nodeAt(path)?.range?.[0] ?? 0);
    },
    commentedOut(path) {
      const node = doc.getIn(path as unknown[], true);
      if (!isScalar(node) || node.value !== null || node.source !== '' || !node.range) return;
      return text.startsWith('#', node.range[0]) ? (node.comment ?? undefined) : undefined;
    },
    intact(path, key) {
      if (spoiled.length === 0) return true;
      if (key === undefined) return untouched(nodeAt(path)?.range);
      const pair = pairAt(path, key);
      return (
        !!pair &&
        untouched((pair.key as Node | null)?.range) &&
        (pair.value === null || untouched((pair.value as Node).range))
      );
    },
  });
  if (errors.length > 0) {
    // The partial tree is checked field by field only if it holds no construct refused above.
    const readable = (() => {
      try {
        return refusedConstructs(text, doc).length === 0;
      } catch {
        return false; // A tree too broken to walk is not checked further: the errors say why.
      }
    })();
    return readable ? { partial: sourceOf(), problems: errors } : { problems: errors };
  }
  if (problems.length > 0) return { problems };
  return { source: sourceOf(), problems: [] };
}

/**
 * Splits a Markdown file into its frontmatter YAML, the line it starts on and where the body
 * begins. Both --- lines must stand alone on their line.
 */
export function splitFrontmatter(
  text: string,
): { yaml: string; lineOffset: number; end: number } | undefined {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', lineOffset: 1, end: match[0].length } : undefined;
}
