/**
 * YAML syntax errors in the words of someone who has never read the YAML specification, each
 * with its fix. Errors are told apart by the yaml library's code and by the text they point at,
 * never by the library's wording, which may change between versions.
 */
import { isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';

export interface SyntaxMessage {
  /** Where the editor should look: the start of the line or value to change. */
  offset: number;
  message: string;
  /** The part of the text the error leaves unreadable, so no other check trusts what is there. */
  spoiled: [number, number];
}

const HINTS: Record<string, string> = {
  BAD_INDENT: 'fields lined up under each other, indented with spaces',
  DUPLICATE_KEY: 'each field once',
  MISSING_CHAR: 'a closing quote or bracket',
  BLOCK_AS_IMPLICIT_KEY: '"field: value" on one line',
  MULTILINE_IMPLICIT_KEY: '"field: value" on one line; put text containing ": " in quotes',
  UNEXPECTED_TOKEN:
    '"field: value" lines; put text containing ": " or starting with a special character in quotes',
};
const DEFAULT_HINT = 'valid YAML: "field: value" lines and lists starting with "- "';

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
function lineEnd(text: string, offset: number) {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The nodes of the document with a range, innermost last. */
function nodesWithRange(doc: Document): Node[] {
  const nodes: Node[] = [];
  visit(doc, (_, node) => {
    if (node && typeof node === 'object' && 'range' in node && node.range) nodes.push(node as Node);
  });
  return nodes;
}

/** A quoted value that runs to `offset` without its closing quote. */
function unclosedQuote(text: string, doc: Document, offset: number) {
  return nodesWithRange(doc)
    .filter(isScalar)
    .filter((node) => node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
    .find((node) => {
      const [start, end] = node.range!;
      const written = text.slice(start, end).trimEnd();
      const quote = text[start];
      return (
        start < offset && end >= offset - 1 && (written.length < 2 || !written.endsWith(quote!))
      );
    });
}

/** What the error spoils: its own text and every node it falls inside the innermost of. */
function spoiledBy(doc: Document, from: number, to: number): [number, number] {
  let [start, end] = [from, to];
  for (const node of nodesWithRange(doc)) {
    const [nodeStart, nodeEnd] = node.range!;
    const isCollection = !isScalar(node);
    if (nodeStart <= from && from <= nodeEnd && !(isCollection && nodeStart < from)) {
      start = Math.min(start, nodeStart);
      end = Math.max(end, nodeEnd);
    }
  }
  return [start, end];
}

/** A line such as `title Budget Analyst`: a field name and its value with no colon between. */
function missingColon(line: string, offset: number): SyntaxMessage | undefined {
  const written = line.trim().replace(/^- /, '');
  if (written.includes(':') || written === '') return undefined;
  const [name, ...value] = written.split(/\s+/);
  // One word alone may as well be text that runs on from the line above.
  const message =
    value.length > 0
      ? `YAML syntax: "${written}" has no colon after the field name (expected "field: value": add the colon, as in ${name}: ${value.join(' ')})`
      : `YAML syntax: "${written}" is not a "field: value" line (expected a colon after the field name; if it continues the text above, indent it under that text)`;
  return { offset, message, spoiled: [offset, offset] };
}

/** The plain-words message for one syntax error of `text`, parsed as `doc`. */
export function syntaxMessage(text: string, doc: Document, error: YAMLError): SyntaxMessage {
  const [from, to] = error.pos;
  // The line before an error is spoiled too: what it holds may belong with the broken line.
  const spoil = (message: SyntaxMessage): SyntaxMessage => {
    const start = Math.min(message.spoiled[0], from);
    const [spoiledStart, spoiledEnd] = spoiledBy(doc, start, Math.max(message.spoiled[1], to));
    return {
      ...message,
      spoiled: [
        lineStart(text, Math.max(0, lineStart(text, spoiledStart) - 1)),
        lineEnd(text, spoiledEnd),
      ],
    };
  };
  const lineOf = (offset: number) => text.slice(lineStart(text, offset), lineEnd(text, offset));

  if (error.code === 'TAB_AS_INDENT')
    return spoil({
      offset: lineStart(text, from),
      message:
        'YAML syntax: this line is indented with a tab (expected spaces: replace the tab with spaces, so the line starts under the field it belongs to)',
      spoiled: [from, to],
    });

  if (error.code === 'MISSING_CHAR') {
    const quoted = unclosedQuote(text, doc, from);
    if (quoted) {
      const start = quoted.range![0];
      const quote = text[start];
      return spoil({
        offset: start,
        message: `YAML syntax: the quote ${quote} that starts this value is never closed (expected another ${quote} at the end of the value: close the quote)`,
        spoiled: [start, to],
      });
    }
  }

  if (error.code === 'MISSING_CHAR' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const line = lineOf(from);
    const colon = missingColon(line, lineStart(text, from) + line.length - line.trimStart().length);
    if (colon) return spoil(colon);
  }

  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const line = lineOf(from);
    const value = text.slice(from, lineEnd(text, from)).trim();
    const key = line.slice(0, line.length - text.slice(from, lineEnd(text, from)).length).trim();
    if (/:(\s|$)/.test(value) && key.endsWith(':')) {
      const example = `${key.replace(/^- /, '')} "${value.replaceAll('"', '\\"')}"`;
      return spoil({
        offset: from,
        message: `YAML syntax: the colon in ${value} makes YAML read another field inside this one (expected the value in quotes: put it in quotes, as in ${example})`,
        spoiled: [from, to],
      });
    }
  }

  // "summary: %institution-short% meets monthly": a plain value may not start with these signs.
  if (error.code === 'BAD_SCALAR_START' && /^[%@`]/.test(text.slice(from))) {
    const sign = text[from]!;
    const value = text.slice(from, lineEnd(text, from)).trim();
    const key = text.slice(lineStart(text, from), from).trim().replace(/^- /, '');
    const example = `${key}${key === '' ? '' : ' '}"${value.replaceAll('"', '\\"')}"`;
    const placeholder = sign === '%' ? ', as every value that starts with a placeholder is' : '';
    return spoil({
      offset: from,
      message: `YAML syntax: this value starts with "${sign}", which YAML does not allow in a value without quotes (expected the value in quotes${placeholder}: put it in quotes, as in ${example})`,
      spoiled: [from, to],
    });
  }

  const firstLine =
    error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  return spoil({
    offset: from,
    message: `YAML syntax: ${firstLine} (expected ${HINTS[error.code] ?? DEFAULT_HINT})`,
    spoiled: [from, to],
  });
}
