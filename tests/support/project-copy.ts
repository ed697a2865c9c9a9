import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
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
import { FIXTURE_SITE, FIXTURE_TODAY, FIXTURES } from './fixtures.ts';
import { runToEnd } from './run-to-end.ts';

const PROJECT = process.cwd();
const PROJECT_CODE = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'tools',
];

/**
 * What a copy is built from:
 * - `valid` (the default): the minimal valid fixture, with `invalid/<fixture>` laid over it;
 * - `site`: the fixture institution of the build-output and browser tests (tests/fixtures/site);
 * - `real`: this project's content/ and site.config.yaml (the smoke test only).
 * Fixture content is built on the pinned today, the real content on the real clock.
 */
export type ContentSource = 'valid' | 'site' | 'real';

export interface CopyOptions {
  content?: ContentSource;
  /** For `valid` content: the name of a folder in tests/fixtures/invalid to lay over it. */
  fixture?: string | undefined;
  editConfig?: (text: string) => string;
  /** Changes the copy before it is built, such as rewriting or removing content files. */
  prepare?: (root: string) => void;
}

export interface ProjectCopy {
  root: string;
  dist: string;
  /** The environment its builds run with: the fixture's pinned day, or the real clock. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export interface BuildRun {
  status: number | null;
  output: string;
  distExists: boolean;
}

export type BuiltCopy = ProjectCopy & BuildRun;

/** The environment of a build: a clock pinned in the caller's environment is dropped for real content. */
function buildEnv(content: ContentSource): NodeJS.ProcessEnv {
  const env = childEnv({ GITHUB_ACTIONS: 'true', FORCE_COLOR: '0' });
  delete env['NETWORKING_HUB_TODAY'];
  delete env['NETWORKING_HUB_NOW'];
  if (content !== 'real') env['NETWORKING_HUB_TODAY'] = FIXTURE_TODAY;
  return env;
}

/** Copies this project's code into a temporary folder, with the chosen content and configuration. */
export function projectCopy({
  content = 'valid',
  fixture,
  editConfig,
  prepare,
}: CopyOptions = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'hub-build-'));
  for (const file of PROJECT_CODE)
    cpSync(join(PROJECT, file), join(root, file), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (content === 'real') {
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(PROJECT, 'site.config.yaml'), join(root, 'site.config.yaml'));
  } else if (content === 'site') {
    cpSync(FIXTURE_SITE, root, { recursive: true });
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
    dist: join(root, 'dist'),
    env: buildEnv(content),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Runs `npm run build` (the atomic build, tools/build.ts) in a copy and waits for it; with
 * `edition: 'public'`, `npm run build:public`, and `distExists` then tells of dist-public/.
 */
export function buildIn(
  { root, env }: ProjectCopy,
  { edition = 'staff' }: { edition?: 'staff' | 'public' } = {},
): BuildRun {
  const run = runToEnd(
    process.execPath,
    [join(root, 'tools/build.ts'), ...(edition === 'public' ? ['--edition=public'] : [])],
    { cwd: root, env },
  );
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    distExists: existsSync(join(root, edition === 'public' ? 'dist-public' : 'dist')),
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
