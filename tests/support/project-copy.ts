import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
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

const PROJECT_CODE = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'tools',
];

export interface CopyOptions {
  fixture?: string;
  realContent?: boolean;
  editConfig?: (text: string) => string;
  /** Changes the copy before it is built, such as rewriting its content files. */
  prepare?: (root: string) => void;
}

export interface ProjectCopy {
  root: string;
  /** The environment its builds run with: the fixture's pinned day unless it has the real content. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export interface BuildRun {
  status: number | null;
  output: string;
  distExists: boolean;
}

export type BuiltCopy = ProjectCopy & BuildRun;

/**
 * Copies this project's code into a temporary folder: with the fixture content (valid, with
 * invalid/<fixture> laid over it) or with the real content, and optionally a changed configuration.
 */
export function projectCopy({
  fixture,
  realContent = false,
  editConfig,
  prepare,
}: CopyOptions = {}): ProjectCopy {
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
  prepare?.(root);
  return {
    root,
    env: childEnv({
      ...(realContent ? {} : { NETWORKING_HUB_TODAY: FIXTURE_TODAY }),
      GITHUB_ACTIONS: 'true',
      FORCE_COLOR: '0',
    }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs `npm run build` (the atomic build, tools/build.ts) in a copy and waits for it. */
export function buildIn({ root, env }: ProjectCopy): BuildRun {
  const run = spawnSync(process.execPath, [join(root, 'tools/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    distExists: existsSync(join(root, 'dist')),
  };
}

/** Starts `npm run build` in a copy without waiting, for tests that watch or stop it. */
export function startBuildIn({ root, env }: ProjectCopy): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(root, 'tools/build.ts')], { cwd: root, env });
}

/** A project copy (see projectCopy) that has been built once. */
export function buildCopy(options: CopyOptions = {}): BuiltCopy {
  const copy = projectCopy(options);
  return { ...copy, ...buildIn(copy) };
}
