/**
 * The web editor against a local git repository: a built copy of the fixture site whose
 * site.config.yaml points the editor at decap-server (MODE=git, so the editorial workflow makes
 * branches and publishing merges them), served by astro preview.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview } from './build-and-serve.ts';
import { childEnv } from './child-env.ts';
import { freePort } from './free-port.ts';
import { buildIn, projectCopy, type ProjectCopy } from './project-copy.ts';
import { runToEnd } from './run-to-end.ts';
import { stopProcess } from './stop-process.ts';

export interface EditorSetup {
  copy: ProjectCopy;
  /** The editor's page: http://127.0.0.1:<port>/admin/. */
  adminUrl: string;
  siteUrl: string;
  git(...args: string[]): string;
  rebuild(): { status: number | null; output: string };
  stop(): Promise<void>;
}

function run(cwd: string, args: string[]): string {
  const result = runToEnd('git', args, { cwd });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function startDecapServer(root: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    env: childEnv({
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      MODE: 'git',
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const info = () =>
    fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
  const deadline = Date.now() + 30_000;
  while (!(await info())) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill();
      throw new Error(`decap-server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

export async function startEditor(): Promise<EditorSetup> {
  const backendPort = await freePort();
  const copy = projectCopy({
    content: 'site',
    editConfig: (text) =>
      text.replace(/^editing:\n/m, `editing:\n  localBackendPort: ${backendPort}\n`),
  });
  const built = buildIn(copy);
  if (built.status !== 0) {
    copy.remove();
    throw new Error(`The fixture site with a local editor did not build:\n${built.output}`);
  }
  const git = (...args: string[]) => run(copy.root, args);
  writeFileSync(join(copy.root, '.gitignore'), 'node_modules\ndist/\n.tmp/\n.astro/\n');
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'editor@example.edu');
  git('config', 'user.name', 'Test Editor');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'The fixture site');
  const backend = await startDecapServer(copy.root, backendPort);
  const siteUrl = `http://127.0.0.1:${await freePort()}/`;
  const preview = await startPreview(copy.root, Number(new URL(siteUrl).port), siteUrl);
  return {
    copy,
    adminUrl: `${siteUrl}admin/`,
    siteUrl,
    git,
    rebuild: () => buildIn(copy),
    stop: async () => {
      for (const server of [preview, backend]) await stopProcess(server);
      copy.remove();
    },
  };
}
