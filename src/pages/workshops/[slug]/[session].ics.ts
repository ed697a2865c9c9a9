import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, sessionEvent } from '../../../shared/calendar.ts';
import { workshopsWithSessions } from '../../../site/collections.ts';
import { calendarContext } from '../../../site/calendar-context.ts';

/** One calendar file per upcoming session: /workshops/<workshop>/<session>.ics */
export const getStaticPaths = (async () =>
  (await workshopsWithSessions()).flatMap(({ workshop, sessions }) =>
    sessions.map((session) => ({
      params: { slug: workshop.id, session: session.id },
      props: { workshop, session },
    })),
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
