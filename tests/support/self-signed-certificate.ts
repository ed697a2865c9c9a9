/**
 * A throwaway self-signed certificate for 127.0.0.1 and localhost, made with the openssl command,
 * so the sign-in test serves the Apache recipe over https as a server would.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CertificateFiles {
  certificate: string;
  key: string;
}

export const HOW_TO_GET_OPENSSL = `The openssl command was not found, and the sign-in test needs it to make a certificate for https. Install it, then run npm test again:
  - Debian or Ubuntu:  sudo apt-get install -y openssl`;

/** Writes certificate.pem and key.pem into `dir`, valid for a day, and returns their paths. */
export function makeSelfSignedCertificate(dir: string): CertificateFiles {
  const files = { certificate: join(dir, 'certificate.pem'), key: join(dir, 'key.pem') };
  const run = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-addext',
      'basicConstraints=critical,CA:FALSE',
      '-keyout',
      files.key,
      '-out',
      files.certificate,
    ],
    { encoding: 'utf8' },
  );
  if (run.error) throw new Error(`${HOW_TO_GET_OPENSSL}\n(${run.error.message})`);
  if (run.status !== 0) throw new Error(`openssl could not make a certificate:\n${run.stderr}`);
  return files;
}
