import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { FIXTURE_TODAY, FIXTURES } from './fixtures.ts';

const PROJECT_CODE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface BuiltCopy {
  root: string;
  status: number | null;
  output: string;
  distExists: boolean;
  remove(): void;
}

/**
 * Builds this project's code in a temporary folder: with the fixture content (valid, with
 * invalid/<fixture> laid over it) or with the real content, and optionally a changed configuration.
 */
export function buildCopy({
  fixture,
  realContent = false,
  editConfig,
}: {
  fixture?: string;
  realContent?: boolean;
  editConfig?: (text: string) => string;
} = {}): BuiltCopy {
  const root = mkdtempSync(join(tmpdir(), 'hub-build-'));
  for (const file of PROJECT_CODE)
    cpSync(join(process.cwd(), file), join(root, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  if (realContent) {
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(process.cwd(), 'site.config.yaml'), join(root, 'site.config.yaml'));
  } else {
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    if (fixture) cpSync(join(FIXTURES, 'invalid', fixture), root, { recursive: true });
  }
  if (editConfig)
    writeFileSync(
      join(root, 'site.config.yaml'),
      editConfig(readFileSync(join(root, 'site.config.yaml'), 'utf8')),
    );
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
      env: childEnv({
        ...(realContent ? {} : { NETWORKING_HUB_TODAY: FIXTURE_TODAY }),
        GITHUB_ACTIONS: 'true',
        FORCE_COLOR: '0',
      }),
    },
  );
  return {
    root,
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    distExists: existsSync(join(root, 'dist')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
