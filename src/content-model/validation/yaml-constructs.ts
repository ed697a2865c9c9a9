/**
 * The YAML features content files may not use. Each one either means something an editor does not
 * expect (`%YAML 1.1` turns `yes` into true and `010` into 8) or is read differently by other YAML
 * readers (tags, merge keys, keys that are not names). Refusing them keeps one meaning per file.
 */
import { isAlias, isMap, isScalar, isSeq, Parser, type Document, type Node } from 'yaml';
import {
  controlCharacterMessage,
  controlCharacters,
  hasControlCharacters,
} from './control-characters.ts';

export interface RefusedConstruct {
  /** Offset in the YAML text. */
  offset: number;
  /** The field it belongs to, for messages. */
  path: PropertyKey[];
  message: string;
}

const PLAIN_VALUE = 'expected a plain value; to keep a value as text, put it in quotes';

/** Where a tag or anchor written before the node at `nodeStart` begins. */
function propertyOffset(text: string, nodeStart: number, marker: string): number {
  let found = text.lastIndexOf(marker, nodeStart);
  // Skip a marker inside a word, such as the "!" of a comment "# Done!".
  while (found > 0 && !/[\s\-:,[{!]/.test(text[found - 1] ?? ''))
    found = text.lastIndexOf(marker, found - 1);
  if (found === -1) return nodeStart;
  // A tag such as !!str starts at its first "!".
  while (marker === '!' && text[found - 1] === '!') found--;
  return found;
}

function describeKey(key: unknown): string {
  // A key that is not text is a number, true or false, or empty.
  if (isScalar(key)) {
    const value = key.value as number | boolean | null;
    return value === null ? 'An empty name' : `"${String(value)}"`;
  }
  return 'A list or group of fields';
}

function directiveMessage(directive: string): string {
  const effect = directive.startsWith('%YAML')
    ? 'changes how values such as yes, no and 010 are read'
    : 'changes how the rest of the file is read';
  return `"${directive}" is a YAML directive, which ${effect} (expected the file to start with its fields: delete this line)`;
}

interface Aliasing extends RefusedConstruct {
  kind: 'anchor' | 'alias';
}

/**
 * The anchors and aliases of a file: all of them when there are a few; else the first anchor,
 * the first alias and one problem for the rest, since an alias bomb has thousands.
 */
function limitedAliasing(aliasing: readonly Aliasing[]): RefusedConstruct[] {
  const strip = ({ offset, path, message }: Aliasing): RefusedConstruct => ({
    offset,
    path,
    message,
  });
  if (aliasing.length <= 3) return aliasing.map(strip);
  const listed = (['anchor', 'alias'] as const).flatMap((kind) =>
    aliasing.filter((item) => item.kind === kind).slice(0, 1),
  );
  const rest = aliasing.filter((item) => !listed.includes(item));
  return [
    ...listed.map(strip),
    {
      offset: rest[0]!.offset,
      path: [],
      message: `has ${rest.length} more YAML anchors and aliases from here on (expected each value written out in full where it is used: aliases of aliases can stand for billions of values, so none is read)`,
    },
  ];
}

export function refusedConstructs(text: string, doc: Document): RefusedConstruct[] {
  const refused: RefusedConstruct[] = [];
  // Anchors (&name) and aliases (*name), in the order written.
  const aliasing: Aliasing[] = [];
  // Control characters typed into the file are reported with the field they are in.
  const typed = hasControlCharacters(text);
  const scalars: { start: number; end: number; path: PropertyKey[] }[] = [];

  const { directives } = doc;
  const hasDirectives =
    directives?.yaml.explicit === true ||
    Object.keys(directives?.tags ?? {}).length > 1 ||
    doc.warnings.some((warning) => warning.code === 'BAD_DIRECTIVE');
  // Reading the file again is only needed to find where its directives are written.
  for (const token of hasDirectives ? new Parser().parse(text) : []) {
    if (token.type !== 'directive') continue;
    refused.push({
      offset: token.offset,
      path: [],
      message: directiveMessage(token.source.trim()),
    });
  }

  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isAlias(node)) {
      aliasing.push({
        kind: 'alias',
        offset: node.range?.[0] ?? 0,
        path,
        message: `uses the YAML alias "*${node.source}" (expected the value written out in full here)`,
      });
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    const start = (node as Node).range?.[0] ?? 0;
    if (node.anchor) {
      aliasing.push({
        kind: 'anchor',
        offset: propertyOffset(text, start, `&${node.anchor}`),
        path,
        message: `uses the YAML anchor "&${node.anchor}" (expected each value written out in full where it is used)`,
      });
    }
    if (node.tag) {
      const offset = propertyOffset(text, start, '!');
      const written = /^!\S*/.exec(text.slice(offset))?.[0] ?? node.tag;
      refused.push({ offset, path, message: `uses the YAML tag "${written}" (${PLAIN_VALUE})` });
    }
    if (isScalar(node)) {
      const end = node.range?.[1] ?? start;
      if (typed) scalars.push({ start, end, path });
      // A control character written as an escape such as "\v" is only in the decoded value.
      if (node.type === 'QUOTE_DOUBLE' && typeof node.value === 'string') {
        const decoded = controlCharacters(node.value)[0];
        if (decoded && !hasControlCharacters(text.slice(start, end)))
          refused.push({ offset: start, path, message: controlCharacterMessage(decoded.char) });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
        const keyStart =
          (key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
        if (name === undefined) {
          refused.push({
            offset: keyStart ?? start,
            path,
            message: `${describeKey(key)} is not a field name (expected a name such as title, then a colon and the value)`,
          });
          continue;
        }
        const keyPath = [...path, name];
        if (name === '<<' && isScalar(key) && key.type === 'PLAIN') {
          refused.push({
            offset: keyStart ?? start,
            path,
            message: `"<<" copies the fields of another entry, which this site does not read (expected each field written out in full)`,
          });
          continue;
        }
        walk(key, keyPath);
        walk(pair.value, keyPath);
      }
    } else {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(doc.contents, []);
  refused.push(...limitedAliasing(aliasing));

  const seenLines = new Set<number>();
  for (const { offset, char } of controlCharacters(text)) {
    const line = text.slice(0, offset).split('\n').length;
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    const scalar = scalars.find((s) => s.start <= offset && offset < s.end);
    refused.push({ offset, path: scalar?.path ?? [], message: controlCharacterMessage(char) });
  }
  return refused;
}
