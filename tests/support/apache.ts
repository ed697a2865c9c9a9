/**
 * Apache httpd with deploy/apache/networking-hub.conf, in the foreground on loopback ports, for the
 * sign-in test. The server-wide lines (modules, ports, user, logs) are this machine's; the virtual
 * hosts are the production recipe, unchanged, https included.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcess } from './stop-process.ts';

const APACHE_BINARY = process.env['APACHE_BINARY'] ?? '/usr/sbin/apache2';
const MODULES_DIR = process.env['APACHE_MODULES_DIR'] ?? '/usr/lib/apache2/modules';
const MODULES = [
  'mpm_event',
  'authn_core',
  'authz_core',
  'alias',
  'dir',
  'mime',
  'headers',
  'socache_shmcb',
  'ssl',
];
export const RECIPE_DIR = fileURLToPath(new URL('../../deploy/apache', import.meta.url));

export const HOW_TO_GET_APACHE = `Apache httpd or mod_auth_openidc was not found (looked for ${APACHE_BINARY} and ${MODULES_DIR}/mod_auth_openidc.so), and the sign-in test needs both. Install them, then run npm test again:
  - Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y apache2 libapache2-mod-auth-openidc
  - elsewhere: install Apache httpd 2.4 and mod_auth_openidc, and set APACHE_BINARY and APACHE_MODULES_DIR.`;

/** Whether Apache and mod_auth_openidc are installed, checked before a long test run. */
export function hasApache(): boolean {
  return (
    existsSync(APACHE_BINARY) &&
    existsSync(join(MODULES_DIR, 'mod_auth_openidc.so')) &&
    spawnSync(APACHE_BINARY, ['-v'], { stdio: 'ignore' }).status === 0
  );
}

export interface ApacheServer {
  /** Everything Apache wrote to its error log, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts Apache with `settings` (the Defines of settings.example.conf) and waits for it to say it
 * serves. Run as root, its workers run as www-data, which must be able to read the folders.
 */
export async function startApache(
  workDir: string,
  ports: number[],
  settings: Record<string, string>,
): Promise<ApacheServer> {
  const asRoot = process.getuid?.() === 0;
  const config = [
    `ServerRoot "${workDir}"`,
    'ServerName 127.0.0.1',
    ...[...MODULES, 'auth_openidc'].map(
      (name) => `LoadModule ${name}_module "${MODULES_DIR}/mod_${name}.so"`,
    ),
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    ...ports.map((port) => `Listen 127.0.0.1:${port}`),
    `PidFile "${workDir}/httpd.pid"`,
    `DefaultRuntimeDir "${workDir}"`,
    // Piped to a program that writes to this process: its log lines tell when Apache serves.
    'ErrorLog "|/bin/cat"',
    'LogLevel warn core:notice',
    'TypesConfig /etc/mime.types',
    // A session cache, as Debian's ssl.conf sets one: without it mod_ssl warns at every start.
    `SSLSessionCache "shmcb:${workDir}/ssl_scache(512000)"`,
    ...Object.entries(settings).map(([name, value]) => `Define ${name} "${value}"`),
    `Include "${RECIPE_DIR}/networking-hub.conf"`,
  ].join('\n');
  const configFile = join(workDir, 'httpd.conf');
  writeFileSync(configFile, `${config}\n`);

  const apache = spawn(APACHE_BINARY, ['-f', configFile, '-DFOREGROUND'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolveStart, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('resuming normal operations')) resolveStart();
    };
    apache.stdout.on('data', read);
    apache.stderr.on('data', read);
    apache.once('exit', (code) =>
      reject(new Error(`Apache stopped (exit code ${code}) before serving:\n${output}`)),
    );
  });
  const server: ApacheServer = {
    log: () => output,
    stop: () => stopProcess(apache),
  };
  try {
    await started;
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
