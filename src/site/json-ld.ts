import type { Workshop } from '../content-model/schemas/workshop.ts';
import { isoWithOffset, type TimedSession } from '../shared/sessions.ts';

const EVENT_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  full: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  rescheduled: 'https://schema.org/EventRescheduled',
} as const;

interface Context {
  pageUrl: string;
  institution: string;
}

function place(session: TimedSession) {
  const physical = session.location ? { '@type': 'Place', name: session.location } : undefined;
  const virtual = session.online ? { '@type': 'VirtualLocation', name: session.online } : undefined;
  return physical && virtual ? [physical, virtual] : (physical ?? virtual);
}

function mode(session: TimedSession): 'Onsite' | 'Online' | 'Blended' {
  return session.location && session.online ? 'Blended' : session.online ? 'Online' : 'Onsite';
}

/** schema.org data for a workshop page: a Course with its instances, or one Event per session of a networking event. */
export function workshopJsonLd(
  workshop: Workshop,
  sessions: readonly TimedSession[],
  context: Context,
): object {
  const organization = { '@type': 'Organization', name: context.institution };
  if (workshop.kind === 'workshop') {
    return {
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: workshop.title,
      description: workshop.summary,
      url: context.pageUrl,
      provider: organization,
      audience: { '@type': 'Audience', audienceType: workshop.audience },
      teaches: workshop.objectives,
      hasCourseInstance: sessions
        .filter((session) => session.status !== 'cancelled')
        .map((session) => ({
          '@type': 'CourseInstance',
          courseMode: mode(session),
          startDate: isoWithOffset(session.startMs, session.zone),
          endDate: isoWithOffset(session.endMs, session.zone),
          location: place(session),
          instructor: { '@type': 'Organization', name: workshop.facilitator },
        })),
    };
  }
  return sessions.map((session) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: workshop.title,
    description: workshop.summary,
    url: context.pageUrl,
    startDate: isoWithOffset(session.startMs, session.zone),
    endDate: isoWithOffset(session.endMs, session.zone),
    eventStatus: EVENT_STATUS[session.status],
    ...(session.status === 'rescheduled' && session.previousStartMs !== undefined
      ? { previousStartDate: isoWithOffset(session.previousStartMs, session.zone) }
      : {}),
    eventAttendanceMode: `https://schema.org/${{ Onsite: 'Offline', Online: 'Online', Blended: 'Mixed' }[mode(session)]}EventAttendanceMode`,
    location: place(session),
    organizer: organization,
  }));
}

/** JSON for a <script type="application/ld+json">, safe against a "</script>" in the data. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
