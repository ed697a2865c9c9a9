/** npm run validate: checks site.config.yaml and content/ without building. Exits 1 on any error. */
import { reportLines, summaryLine } from '../src/content-model/validation/report.ts';
import { validateContent } from '../src/content-model/validation/validate-content.ts';
import { today } from '../src/content-model/clock.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateContent(root, today());
for (const line of reportLines(result, { githubActions: process.env['GITHUB_ACTIONS'] === 'true' }))
  console.log(line);
console.log(summaryLine(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
