import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The java command the Nu HTML checker runs on: JAVA_HOME's if set, else the one on PATH. */
export function javaCommand(): string {
  const home = process.env['JAVA_HOME'];
  const fromHome = home
    ? join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java')
    : '';
  return fromHome && existsSync(fromHome) ? fromHome : 'java';
}

/** Whether a Java runtime starts at all, checked before a long test run rather than half-way. */
export function hasJava(): boolean {
  return spawnSync(javaCommand(), ['-version'], { stdio: 'ignore' }).status === 0;
}

export const HOW_TO_GET_JAVA = `No Java runtime was found, and the HTML conformance tests need one (Java 17 or later) for the W3C Nu HTML checker. Install it, then run npm test again:
  - Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y default-jre-headless
  - macOS:  brew install openjdk
  - Windows or any other system:  install a Java runtime from https://adoptium.net
  - or point JAVA_HOME at an installed Java runtime.`;
