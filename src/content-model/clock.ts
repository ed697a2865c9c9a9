/**
 * The one clock of the build, the validator, the scaffolder and the stale report. Tests and
 * previews pin it: NETWORKING_HUB_TODAY=YYYY-MM-DD moves "today"; NETWORKING_HUB_NOW (an ISO
 * date-time) moves "now". With only TODAY set, "now" is noon UTC of that day, so the two agree.
 */
import { DateTime } from 'luxon';

function pinnedToday(): string | undefined {
  const value = process.env['NETWORKING_HUB_TODAY'];
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw new Error(`NETWORKING_HUB_TODAY is "${value}" (expected a date written YYYY-MM-DD)`);
  }
  return value;
}

/** Today's date (YYYY-MM-DD) in the build machine's zone, or the pinned date. */
export function today(): string {
  return pinnedToday() ?? DateTime.now().toISODate() ?? new Date().toISOString().slice(0, 10);
}

/** The moment of this build, as milliseconds since the epoch, or the pinned moment. */
export function nowMs(): number {
  const now = process.env['NETWORKING_HUB_NOW'];
  if (now) {
    const parsed = Date.parse(now);
    if (Number.isNaN(parsed))
      throw new Error(`NETWORKING_HUB_NOW is "${now}" (expected an ISO date-time)`);
    return parsed;
  }
  const day = pinnedToday();
  return day ? Date.parse(`${day}T12:00:00Z`) : Date.now();
}
