/**
 * iCalendar files of the programme: the whole meeting, or one person's sessions. Times are written
 * as wall-clock times in the meeting's zone (TZID) with that zone's VTIMEZONE block, so calendars
 * show them right wherever they are opened, including across a daylight-saving change.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { zonedDateTime } from '../../../../shared/domain/time';
import { personLine, type ProgrammeView, type SessionView } from './programme-model';
import { fill, labelled, roleLabel } from './programme-text';

/**
 * The zone's VTIMEZONE block under the meeting's own zone name (the library files an alias such
 * as Africa/Porto-Novo under the zone it links to), or null when the library does not know it.
 */
export function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : '';
  if (!text?.startsWith('BEGIN:VTIMEZONE')) return null;
  return text
    .replace(/^TZID:.*$/m, `TZID:${zone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}

export interface CalendarOptions {
  /** The calendar's name: the meeting, or the meeting and the person. */
  name: string;
  /** When the file is made (DTSTAMP of every event). */
  stamp: Date;
  /** For one person's calendar: their registration, whose roles each event names. */
  registrationId?: number;
}

function description(entry: SessionView, view: ProgrammeView, registrationId?: number): string {
  const { labels, language } = view;
  const s = entry.session;
  const lines: string[] = [];
  if (registrationId !== undefined) {
    const mine = s.people.filter((p) => p.registrationId === registrationId);
    const roles = mine.map((p) => roleLabel(p.role, 1, language)).join(', ');
    if (roles) lines.push(fill(labels.yourRole, { roles }));
  }
  if (s.tentative) lines.push(labels.tentative);
  lines.push(
    [
      entry.type,
      entry.track ? fill(labels.track, { track: entry.track }) : null,
      entry.region ? fill(labels.region, { region: entry.region }) : null,
      entry.presenter ? fill(labels.presentedBy, { presenter: entry.presenter }) : null,
      s.restricted ? labels.restricted : null,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  for (const group of entry.roles)
    lines.push(`${labelled(group.label, language)}${group.people.map(personLine).join('; ')}`);
  for (const award of entry.awards) lines.push(`${labelled(labels.award, language)}${award.line}`);
  if (s.description) lines.push('', s.description);
  return lines.join('\n');
}

/** The calendar's text: every session of `view`, or only those of `options.registrationId`. */
export function programmeCalendar(view: ProgrammeView, options: CalendarOptions): string {
  const { meeting } = view;
  const zone = meeting.timeZone;
  const known = vtimezone(zone) !== null;
  // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, and RFC 5545
  // wants it in UTC. Each event carries the zone instead, and the generator adds its VTIMEZONE.
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Plenary', product: 'Programme', language: view.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezone },
    x: known ? [['X-WR-TIMEZONE', zone]] : [],
  });
  const place = [meeting.venue, meeting.city].filter(Boolean).join(', ');
  for (const day of view.days)
    for (const entry of day.sessions) {
      const s = entry.session;
      if (
        options.registrationId !== undefined &&
        !s.people.some((p) => p.registrationId === options.registrationId)
      )
        continue;
      const at = (minute: number) =>
        known ? zonedDateTime(s.day, minute, zone) : new Date(zonedDateTime(s.day, minute, zone));
      calendar.createEvent({
        id: `session-${s.id}-meeting-${meeting.id}@plenary`,
        start: at(s.startMinute),
        end: at(s.endMinute),
        timezone: known ? zone : null,
        stamp: options.stamp,
        summary: s.title,
        location: place ? `${entry.room}, ${place}` : entry.room,
        description: description(entry, view, options.registrationId),
        status: s.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
        categories: [entry.type, entry.track].filter(Boolean).map((name) => ({ name: name! })),
      });
    }
  return calendar.toString();
}
