/**
 * The W3C Nu HTML checker (vnu-jar), run on many files in one Java process: the JVM and the
 * checker's schemas take seconds to start, so starting one per page would cost minutes.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOW_TO_GET_JAVA, javaCommand } from './java.ts';

export interface NuMessage {
  /** The file as it was passed to nuCheck. */
  file: string;
  line: number;
  column: number;
  /** 'error' for a conformance error; 'non-document-error' when the checker could not read a file. */
  type: 'error' | 'non-document-error';
  text: string;
  /** The markup around the problem, since built pages are a single long line. */
  extract?: string;
}

/** One message of vnu's `--format json` output. */
interface VnuMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

// vnu-jar's export is the path of its vnu.jar, as a String object.
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Checks HTML files with the Nu checker and returns its errors (none means every file conforms).
 * Warnings are left out: on files, vnu's CSP check cannot match 'self' (a file: URL has no origin)
 * and counts JSON-LD data blocks as inline scripts, so every page would warn. The browser tests
 * catch real CSP violations.
 */
export async function nuCheck(files: readonly string[]): Promise<NuMessage[]> {
  if (files.length === 0) throw new Error('nuCheck was given no files to check.');
  // vnu silently skips a path that does not exist, which would pass a page that was never built.
  const missing = files.filter((file) => !statSync(file, { throwIfNoEntry: false })?.isFile());
  if (missing.length > 0) throw new Error(`nuCheck cannot find these files: ${missing.join(', ')}`);

  const output = await runVnu([
    '--errors-only',
    '--format',
    'json',
    '--stdout',
    '--exit-zero-always',
    ...files,
  ]);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu HTML checker did not report in JSON:\n${output}`);
  }
  const byPath = new Map(files.map((file) => [resolve(file), file]));
  return messages.map((message) => {
    const path = message.url ? pathOf(message.url) : '';
    return {
      file: byPath.get(path) ?? path,
      line: message.firstLine ?? message.lastLine ?? 0,
      column: message.firstColumn ?? message.lastColumn ?? 0,
      type: message.type === 'error' ? 'error' : 'non-document-error',
      text: message.message,
      ...(message.extract === undefined ? {} : { extract: message.extract }),
    };
  });
}

/** vnu names files as file:/abs/path (one slash); Node wants file:///abs/path. */
function pathOf(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url.replace(/^file:\/*/, 'file:///')) : url;
}

function runVnu(args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const java = spawn(javaCommand(), ['-jar', VNU_JAR, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    java.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    java.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    java.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(HOW_TO_GET_JAVA) : error),
    );
    java.on('close', (code) => {
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      if (code === 0) return resolvePromise(out);
      const tooOld = err.includes('UnsupportedClassVersionError')
        ? '\nThe Nu HTML checker needs Java 17 or later.'
        : '';
      reject(new Error(`The Nu HTML checker failed (exit code ${code}).${tooOld}\n${err}${out}`));
    });
  });
}
