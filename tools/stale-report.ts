/** What editors should look at: contacts due to re-confirm and sessions that have ended. */
import type { SiteConfig } from '../src/content-model/schemas/site-config.ts';
import { confirmationExpires } from '../src/shared/contacts.ts';
import { addDays } from '../src/shared/time.ts';
import { formatSessionStart, timedSessions } from '../src/shared/sessions.ts';
import type { LoadedContent } from '../src/content-model/validation/load-content.ts';
import { terminalLine, visible } from '../src/content-model/validation/terminal-text.ts';

export const WARNING_DAYS = 30;

export interface StaleItem {
  kind: 'expired' | 'expiring' | 'ended';
  /** file:line to edit. */
  where: string;
  what: string;
  action: string;
}

export function staleReport(
  content: LoadedContent,
  config: SiteConfig,
  today: string,
  nowMs: number,
): StaleItem[] {
  const soon = addDays(today, WARNING_DAYS);
  const items: StaleItem[] = [];
  for (const contact of [...content.entries.contacts].sort((a, b) =>
    a.data.confirmed.localeCompare(b.data.confirmed),
  )) {
    const expires = confirmationExpires(contact.data.confirmed, config.contacts.reconfirmMonths);
    const where = `${contact.file}:${contact.locate(['confirmed']).line}`;
    if (expires < today) {
      items.push({
        kind: 'expired',
        where,
        what: `${contact.data.name}: confirmation expired on ${expires} (last confirmed ${contact.data.confirmed}); they are left out of the site`,
        action:
          'Ask them to confirm, then set confirmed to that date; or delete the file if they want to leave.',
      });
    } else if (expires <= soon) {
      items.push({
        kind: 'expiring',
        where,
        what: `${contact.data.name}: confirmation expires on ${expires} (last confirmed ${contact.data.confirmed})`,
        action: `Ask them to confirm before ${expires}, then set confirmed to that date.`,
      });
    }
  }
  for (const workshop of content.entries.workshops) {
    timedSessions(workshop.data.sessions, workshop.data.timezone).forEach((session, index) => {
      if (session.endMs > nowMs) return;
      items.push({
        kind: 'ended',
        where: `${workshop.file}:${workshop.locate(['sessions', index, 'start']).line}`,
        what: `${workshop.data.title}: the session of ${formatSessionStart(session)} has ended`,
        action: 'Remove it from sessions (the site already hides it).',
      });
    });
  }
  return items;
}

const HEADINGS: Record<StaleItem['kind'], string> = {
  expired: 'Confirmation expired',
  expiring: `Confirmation expires within ${WARNING_DAYS} days`,
  ended: 'Sessions that have ended and can be removed',
};

/** The items under their headings, in the order editors should act on them; empty groups left out. */
function grouped(items: readonly StaleItem[]): { heading: string; rows: StaleItem[] }[] {
  return (Object.keys(HEADINGS) as StaleItem['kind'][])
    .map((kind) => items.filter((item) => item.kind === kind))
    .filter((rows) => rows.length > 0)
    .map((rows) => ({ heading: `${HEADINGS[rows[0]!.kind]} (${rows.length})`, rows }));
}

export function reportAsText(items: readonly StaleItem[], today: string): string {
  if (items.length === 0)
    return `Nothing to do on ${today}: every contact is confirmed for more than ${WARNING_DAYS} days and no session has ended.\n`;
  const sections = grouped(items).map(({ heading, rows }) =>
    [
      heading,
      ...rows.flatMap((row) => [terminalLine(`  ${row.where}  ${row.what}`), `    ${row.action}`]),
    ].join('\n'),
  );
  return `Stale report for ${today}\n\n${sections.join('\n\n')}\n`;
}

export function reportAsMarkdown(items: readonly StaleItem[], today: string): string {
  // Names and titles come from entries: a line break or a control character must not end the row.
  const cell = (text: string) => visible(text).replace(/\|/g, '\\|');
  if (items.length === 0)
    return `## Stale report for ${today}\n\nNothing to do: every contact is confirmed for more than ${WARNING_DAYS} days and no session has ended.\n`;
  const sections = grouped(items).map(({ heading, rows }) =>
    [
      `### ${heading}`,
      '',
      '| File | What | What to do |',
      '| --- | --- | --- |',
      ...rows.map(
        (row) => `| \`${visible(row.where)}\` | ${cell(row.what)} | ${cell(row.action)} |`,
      ),
    ].join('\n'),
  );
  return `## Stale report for ${today}\n\n${sections.join('\n\n')}\n`;
}
