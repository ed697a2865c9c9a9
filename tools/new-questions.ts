/**
 * Questions asked one line at a time, in a terminal or from lines piped in. Lines are read as an
 * iterator, so answers that arrive before their question (a pasted block, a script) are kept.
 */
import { createInterface } from 'node:readline';
import { terminalLine } from '../src/content-model/validation/terminal-text.ts';

/** The answers ended (Ctrl-D, or the input closed) before the last question. */
export class EndOfAnswers extends Error {}

export interface Questions {
  /** The next answer, trimmed; throws EndOfAnswers when there is none. */
  ask(question: string): Promise<string>;
  close(): void;
}

export function questions(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
): Questions {
  const terminal = input.isTTY === true && output.isTTY === true;
  const reader = createInterface({ input, output, terminal });
  // Ctrl-C ends the answers as Ctrl-D does: nothing is written.
  reader.on('SIGINT', () => reader.close());
  const lines = reader[Symbol.asyncIterator]();
  return {
    async ask(question) {
      reader.setPrompt(question);
      reader.prompt();
      const next = await lines.next();
      if (next.done === true) {
        output.write('\n');
        throw new EndOfAnswers();
      }
      const answer = String(next.value);
      // Piped answers are not echoed by a terminal: show them, so the output reads as a dialogue.
      if (!terminal) output.write(`${terminalLine(answer)}\n`);
      return answer.trim();
    },
    close: () => reader.close(),
  };
}
