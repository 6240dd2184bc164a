import { useDeferredValue, useMemo } from 'react';
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWatch, type Control } from 'react-hook-form';
import type { Agenda } from '../../../../shared/api';
import type { AgendaPerson, Session } from '../../../../shared/domain/agenda';
import { findClashes } from '../../../../shared/domain/agenda-clashes';
import { clashSentence } from './clash-text';
import type { SessionFormValues } from './session-form';
import type { Registration } from './use-meeting-registrations';
import { registrationName } from './RegistrationPicker';

/** The id a session being created stands under while its clashes are looked for. */
const DRAFT_ID = -1;

interface Props {
  agenda: Agenda;
  /** The session edited, or null for a new one. */
  session: Session | null;
  control: Control<SessionFormValues>;
  registrations: ReadonlyMap<number, Registration>;
}

/** The form's values as a session of the agenda, when its times make one; null otherwise. */
function draftOf(
  values: SessionFormValues,
  agenda: Agenda,
  session: Session | null,
  untitled: string,
) {
  const { startMinute, endMinute, day } = values;
  if (!day || !Number.isFinite(startMinute) || !Number.isFinite(endMinute)) return null;
  const allRooms = values.allRooms ?? false;
  return {
    id: session?.id ?? DRAFT_ID,
    meetingId: agenda.meeting.id,
    title: values.title?.trim() || untitled,
    type: values.type,
    day,
    startMinute,
    endMinute,
    roomId: allRooms ? null : (values.roomId ?? null),
    allRooms,
    trackId: values.trackId ?? null,
    region: values.region ?? null,
    description: values.description ?? '',
    tentative: values.tentative ?? false,
    expectedAudience: values.expectedAudience ?? null,
    restricted: values.restricted ?? false,
    presenterCountryCode: values.presenterCountryCode ?? null,
    presenterOrganisationId: values.presenterOrganisationId ?? null,
    people: values.people ?? [],
    updatedAt: session?.updatedAt ?? '',
  } satisfies Session;
}

/** A registration as the clash rules read it, for someone not yet on any session. */
function agendaPerson(r: Registration): AgendaPerson {
  return {
    registrationId: r.id,
    personId: r.personId,
    name: registrationName(r),
    status: r.status,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    organisationType: r.organisationType,
    countryCode: r.countryCode,
  };
}

/**
 * The session's own clashes, in plain words, at the top of its panel: found again as the form
 * changes (a room, a time, a person), so a clash shows before saving. Warnings, never blocking.
 */
export function SessionClashes({ agenda, session, control, registrations }: Props) {
  const { t, i18n } = useTranslation();
  const values = useDeferredValue(useWatch({ control }) as SessionFormValues);
  const untitled = t('agenda.session.newTitle');
  const { clashes, wording } = useMemo(() => {
    const draft = draftOf(values, agenda, session, untitled);
    const sessions = draft
      ? [...agenda.sessions.filter((s) => s.id !== draft.id), draft]
      : agenda.sessions;
    const known = new Set(agenda.people.map((p) => p.registrationId));
    const people = [...agenda.people];
    for (const p of draft?.people ?? []) {
      const r = registrations.get(p.registrationId);
      if (r && !known.has(r.id)) {
        known.add(r.id);
        people.push(agendaPerson(r));
      }
    }
    const id = draft?.id ?? session?.id;
    const found = findClashes({ meeting: agenda.meeting, rooms: agenda.rooms, sessions, people });
    return {
      clashes: found.filter((c) => (c.sessionIds as readonly number[]).includes(id ?? DRAFT_ID)),
      wording: { agenda: { ...agenda, sessions, people }, t, language: i18n.language },
    };
  }, [values, agenda, session, untitled, registrations, t, i18n.language]);

  if (clashes.length === 0) return null;
  const title = t('agenda.session.clashes', { count: clashes.length });
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={title}
      // A standing warning about the session shown, not an interruption: a region, not an alert.
      role="region"
      aria-label={title}
    >
      <List size="sm" spacing={4}>
        {clashes.map((clash, i) => (
          <List.Item key={`${clash.kind}-${clash.sessionIds.join('-')}-${i}`}>
            {clashSentence(clash, wording)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
