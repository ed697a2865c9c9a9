/**
 * npm run report:stale [-- --markdown] [--today YYYY-MM-DD]
 * Contacts whose confirmation has expired or expires within 30 days, and sessions that have ended,
 * each with the file and line to edit. It reports; it changes nothing and exits 0.
 */
import { parseArgs } from 'node:util';
import { reportAsMarkdown, reportAsText, staleReport } from './stale-report.ts';
import { localToInstant } from '../src/shared/time.ts';
import { nowMs, today as realToday } from '../src/content-model/clock.ts';
import { formatProblem } from '../src/content-model/validation/problem.ts';
import { terminalLine } from '../src/content-model/validation/terminal-text.ts';
import { loadContent } from '../src/content-model/validation/load-content.ts';

const { values } = parseArgs({
  options: { markdown: { type: 'boolean' }, today: { type: 'string' } },
});
const today = values.today ?? realToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(terminalLine(`--today ${today} is not a date (expected YYYY-MM-DD)`));
  process.exit(2);
}
// With --today, "now" is the start of that day, so the report is the one that day would give.
const now = values.today ? localToInstant(`${today}T00:00`, 'UTC').epochMs : nowMs();

const content = loadContent(process.cwd());
if (!content.config) {
  console.error(
    `site.config.yaml is not valid:\n${content.problems.map(formatProblem).join('\n')}`,
  );
  process.exit(1);
}
const items = staleReport(content, content.config, today, now);
process.stdout.write(values.markdown ? reportAsMarkdown(items, today) : reportAsText(items, today));
