/** npm run validate: checks site.config.yaml and content/ without building. Exits 1 on any error. */
import { reportLines, summaryLine } from '../src/content-model/validation/report.ts';
import { terminalLines } from '../src/content-model/validation/terminal-text.ts';
import { validateContent } from '../src/content-model/validation/validate-content.ts';
import { today } from '../src/content-model/clock.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const result = validateContent(root, today());
  for (const line of reportLines(result, {
    githubActions: process.env['GITHUB_ACTIONS'] === 'true',
  }))
    console.log(line);
  console.log(summaryLine(result));
  process.exitCode = result.errors.length > 0 ? 1 : 0;
} catch (error) {
  // Each file's own failures are problems naming it (load-content.ts); this is the last guard, so
  // an editor reads what happened rather than a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  console.log(
    terminalLines(
      `npm run validate stopped before it could check everything: ${message}\nNothing was changed. Tell a developer, with this message.`,
    ),
  );
  process.exitCode = 1;
}
