import { nowMs } from '../content-model/clock.ts';
import type { CalendarContext } from '../shared/calendar.ts';
import { site, urls } from './site.ts';

/** What a workshop's calendar events say about the site: its address, the page, the build time. */
export function calendarContext(workshopId: string): CalendarContext {
  return {
    siteUrl: site.url,
    pageUrl: urls.absolute(urls.workshop(workshopId)),
    registrationSystem: site.registration.system,
    stampMs: nowMs(),
  };
}
