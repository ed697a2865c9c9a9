import type { APIRoute } from 'astro';
import { calendarFile, sessionEvent } from '../../shared/calendar.ts';
import { upcomingSessions } from '../../site/collections.ts';
import { calendarContext } from '../../site/calendar-context.ts';
import { site } from '../../site/site.ts';

/** Every upcoming session of every workshop and event, as one calendar to download or subscribe to. */
export const GET: APIRoute = async () => {
  const events = (await upcomingSessions()).map(({ workshop, session }) =>
    sessionEvent(workshop.id, workshop.data, session, calendarContext(workshop.id)),
  );
  return new Response(calendarFile(events, `${site.title}: workshops and events`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
