import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  status: string;
  sequence: number;
  startUtc: string;
  endUtc: string;
}

/** Reads a calendar file with ical.js, a parser independent of the `ics` generator. */
export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const text = (name: string) => String(component.getFirstPropertyValue(name) ?? '');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: text('url'),
      status: text('status'),
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}
