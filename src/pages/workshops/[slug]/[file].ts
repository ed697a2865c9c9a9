import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, sessionEvent } from '../../../shared/calendar.ts';
import { workshopsWithSessions } from '../../../site/collections.ts';
import { calendarContext } from '../../../site/calendar-context.ts';

/**
 * One calendar file per upcoming session that is not cancelled, named after the workshop and the
 * session's date: /workshops/<workshop>/<workshop>-<date>.ics
 */
export const getStaticPaths = (async () =>
  (await workshopsWithSessions()).flatMap(({ workshop, sessions }) =>
    sessions.flatMap((session) =>
      session.calendarFile === undefined
        ? []
        : [
            {
              params: { slug: workshop.id, file: session.calendarFile },
              props: { workshop, session },
            },
          ],
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({
  props,
}) => {
  const { workshop, session } = props;
  const event = sessionEvent(workshop.id, workshop.data, session, calendarContext(workshop.id));
  return new Response(calendarFile([event], workshop.data.title), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
