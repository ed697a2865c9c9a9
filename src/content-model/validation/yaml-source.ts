import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problem.ts';

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
  /** Where the key `key` of the mapping at `path` is written. */
  locateKey: (path: readonly PropertyKey[], key: string) => Position;
}

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'fields lined up under each other, indented with spaces',
  TAB_AS_INDENT: 'indentation with spaces, not tabs',
  DUPLICATE_KEY: 'each field once',
  MISSING_CHAR: 'a closing quote or bracket',
  BLOCK_AS_IMPLICIT_KEY: '"field: value" on one line',
  MULTILINE_IMPLICIT_KEY: '"field: value" on one line; put text containing ": " in quotes',
  UNEXPECTED_TOKEN:
    '"field: value" lines; put text containing ": " or starting with a special character in quotes',
};

/**
 * Parses YAML with positions. `lineOffset` is the number of lines before the YAML in its file
 * (1 for frontmatter after the opening `---`).
 */
export function parseYamlSource(
  file: string,
  text: string,
  lineOffset = 0,
): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): Problem => {
      const start = at(error.pos[0]);
      const firstLine =
        error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
      const hint =
        SYNTAX_HINTS[error.code] ?? 'valid YAML: "field: value" lines and lists starting with "- "';
      return {
        severity: 'error',
        file,
        ...start,
        field: '',
        message: `YAML syntax: ${firstLine} (expected ${hint})`,
      };
    });
    return { problems };
  }
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
  const source: YamlSource = {
    file,
    data: doc.toJS(),
    locate(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
    locateKey(path, key) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (isMap(map)) {
        const pair = map.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
        );
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return source.locate(path);
    },
  };
  return { source, problems: [] };
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
