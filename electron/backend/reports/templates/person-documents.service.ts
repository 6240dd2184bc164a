/**
 * Who gets a document and what it says: a certificate for everyone present on at least one day
 * (or at one session) of the meeting, a visa letter for every registration that asked for one
 * and has its passport details; each filled from the meeting's template in the chosen language.
 * The preview fills the template being typed for one of those people.
 */
import type { Db } from '../../db/connection';
import type { ParsedInput } from '../../../../shared/api';
import {
  fillTemplate,
  parseTemplate,
  usedPlaceholders,
  type DocumentKind,
  type FilledBlock,
  type PlaceholderValues,
} from '../../../../shared/domain/document-template';
import type { Meeting } from '../../../../shared/domain/meeting';
import { todayIn } from '../../../../shared/domain/time';
import type { AttendanceSource } from '../attendance-source';
import { createDocumentPeopleRepo } from './document-people.repo';
import {
  certificateValues,
  visaLetterValues,
  type DocumentLanguage,
  type DocumentPerson,
} from './document-values';
import type { TemplatesService } from './templates.service';
import { createVisaDetailsRepo } from './visa-details.repo';

/** One person's document, ready to lay out. */
export interface PersonDocument {
  person: DocumentPerson;
  values: PlaceholderValues;
}

const listJoiner = (language: DocumentLanguage) => {
  const format = new Intl.ListFormat(language === 'fr' ? 'fr' : 'en-GB', { type: 'conjunction' });
  return (items: readonly string[]) => format.format(items);
};

const UNCOUNTED = new Set(['break', 'meal']);

const nameOf = (p: DocumentPerson) => [p.givenNames, p.familyNames].filter(Boolean).join(' ');

export function createPersonDocuments(
  db: Db,
  attendance: AttendanceSource,
  templates: TemplatesService,
  meetingOf: (id: number) => Meeting,
  clock: () => number = Date.now,
) {
  const people = createDocumentPeopleRepo(db);
  const visas = createVisaDetailsRepo(db);

  /** Each person present at the meeting, with the days and sessions they were present at. */
  function attendees(meeting: Meeting, language: DocumentLanguage): PersonDocument[] {
    const facts = attendance.factsFor([meeting.id]);
    if (!facts.recorded) return [];
    const daysOf = new Map<number, Set<string>>();
    const add = (id: number, day: string) => {
      const days = daysOf.get(id) ?? new Set<string>();
      days.add(day);
      daysOf.set(id, days);
    };
    for (const [day, ids] of Object.entries(facts.byDay))
      if (day >= meeting.startDate && day <= meeting.endDate) for (const id of ids) add(id, day);
    // Breaks and meals are on the programme, not what a certificate attests.
    const sessions = people.sessions(meeting.id).filter((s) => !UNCOUNTED.has(s.type));
    const sessionsOf = new Map<number, typeof sessions>();
    for (const session of sessions)
      for (const id of facts.bySession[String(session.id)] ?? []) {
        sessionsOf.set(id, [...(sessionsOf.get(id) ?? []), session]);
        // Present at a session is present that day, even if the desk missed them.
        add(id, session.day);
      }
    const today = todayIn(meeting.timeZone, clock());
    return people
      .people(meeting.id)
      .filter((p) => daysOf.has(p.registrationId))
      .map((person) => ({
        person,
        values: certificateValues(
          person,
          meeting,
          {
            days: [...daysOf.get(person.registrationId)!],
            sessions: sessionsOf.get(person.registrationId) ?? [],
          },
          language,
          today,
        ),
      }));
  }

  /** Everyone who asked for a letter; `ready` leaves out those without passport details. */
  function letters(meeting: Meeting, language: DocumentLanguage, ready: boolean) {
    const today = todayIn(meeting.timeZone, clock());
    return visas
      .requests(meeting.id)
      .filter((r) => !ready || r.details !== null)
      .map((request) => ({
        person: request,
        values: visaLetterValues(request, request.details, meeting, language, today),
      }));
  }

  function documentsFor(
    kind: DocumentKind,
    meeting: Meeting,
    language: DocumentLanguage,
    ready = true,
  ) {
    return kind === 'certificate'
      ? attendees(meeting, language)
      : letters(meeting, language, ready);
  }

  return {
    visas,
    /** How many certificates there are to make: people present on at least one day. */
    attendedCount: (meetingId: number): number => attendees(meetingOf(meetingId), 'en').length,
    /** The filled documents of `kind` in `language`, and how they look. */
    make(meetingId: number, kind: DocumentKind, language: DocumentLanguage) {
      const meeting = meetingOf(meetingId);
      const { template, look } = templates.look(meetingId, kind, language);
      const { lines } = parseTemplate(template.body, kind);
      const join = listJoiner(language);
      const documents = documentsFor(kind, meeting, language).map((d) => ({
        person: d.person,
        blocks: fillTemplate(lines, d.values, join),
      }));
      return { meeting, look, documents };
    },
    preview(input: ParsedInput<'reports.previewDocument'>) {
      const meeting = meetingOf(input.meetingId);
      const { lines, problems } = parseTemplate(input.body, input.kind);
      // Letters are previewed for anyone who asked, details or not: the preview shows what is
      // missing, which is how the organiser finds out.
      const candidates = documentsFor(input.kind, meeting, input.language, false);
      const chosen =
        candidates.find((c) => c.person.registrationId === input.registrationId) ??
        candidates[0] ??
        null;
      const shown: PlaceholderValues = chosen
        ? chosen.values
        : Object.fromEntries(usedPlaceholders(lines).map((p) => [p, `{${p}}`]));
      const blocks: FilledBlock[] = fillTemplate(lines, shown, listJoiner(input.language));
      const missing = chosen
        ? usedPlaceholders(lines).filter((p) => {
            const value = chosen.values[p];
            return typeof value === 'string' ? value.trim() === '' : !value?.length;
          })
        : [];
      return {
        blocks,
        problems,
        person: chosen
          ? { registrationId: chosen.person.registrationId, name: nameOf(chosen.person) }
          : null,
        people: candidates.map((c) => ({
          registrationId: c.person.registrationId,
          name: nameOf(c.person),
        })),
        missing,
      };
    },
  };
}

export type PersonDocuments = ReturnType<typeof createPersonDocuments>;
