import type { APIRoute } from 'astro';
import { calendarFile, sessionEvent } from '../../shared/calendar.ts';
import { upcomingSessions } from '../../site/collections.ts';
import { site, urls } from '../../site/site.ts';

/** Every upcoming session of every workshop and event, as one calendar to download or subscribe to. */
export const GET: APIRoute = async () => {
  const events = (await upcomingSessions()).map(({ workshop, session }) =>
    sessionEvent(workshop.id, workshop.data, session, {
      siteUrl: site.url,
      pageUrl: urls.absolute(urls.workshop(workshop.id)),
      registrationSystem: site.registration.system,
    }),
  );
  return new Response(calendarFile(events, `${site.title}: workshops and events`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
