/**
 * The agenda's entries in the audit log, written from the agenda's own edit funnel
 * (AgendaCore.edit, and undo/redo in AgendaCore.step) in the edit's transaction.
 *
 * Why not triggers as for people and registrations: the agenda rewrites a session's people as a
 * set on every move, so row triggers would log each move as everyone leaving and rejoining. The
 * funnel already knows every row before and after, so the log gets exactly what changed,
 * including who was added to or taken off a session (one entry per person, so it shows on their
 * page too).
 */
import type { Db } from '../db/connection';
import type { Award, Room, Session, SessionPerson, Track } from '../../../shared/domain/agenda';
import { toStored, type AuditChange, type AuditValue } from '../../../shared/domain/audit';
import type { Change } from '../agenda/changes';
import { NOT_MUTED_SQL, NOW_SQL, OPERATOR_SQL, OS_USER_SQL } from './audit-sql';

/** How the rows came to change: an edit, or the undo or redo of one. */
export type AgendaVia = '' | 'undo' | 'redo';

interface Entry {
  entity: string;
  entityId: number | null;
  action: 'create' | 'update' | 'delete';
  personId: number | null;
  label: string;
  changes: AuditChange[];
}

type Field<T> = [field: string, value: (row: T) => AuditValue];

const json = (list: readonly unknown[]) => (list.length ? JSON.stringify(list) : null);
const flag = (value: boolean) => (value ? 1 : 0);

function actionOf(before: unknown, after: unknown): Entry['action'] {
  if (before === null) return 'create';
  return after === null ? 'delete' : 'update';
}

/** The fields whose shown value differs between the two rows (either may be missing). */
function diff<T>(fields: Field<T>[], before: T | null, after: T | null): AuditChange[] {
  const out: AuditChange[] = [];
  for (const [field, value] of fields) {
    const b = before === null ? null : value(before);
    const a = after === null ? null : value(after);
    const empty = (v: AuditValue) => v === null || v === '' || v === 0;
    if (before === null || after === null ? empty(before === null ? a : b) : a === b) continue;
    out.push({ field, before: b, after: a });
  }
  return out;
}

export function createAgendaAudit(db: Db) {
  const s = {
    insert: db.prepare(`
      INSERT INTO audit_entry (at, operator, os_user, entity, entity_id, action, via, meeting_id,
        person_id, label, changes)
      SELECT ${NOW_SQL}, ${OPERATOR_SQL}, ${OS_USER_SQL}, @entity, @entityId, @action, @via,
        @meetingId, @personId, @label, @changes
      WHERE ${NOT_MUTED_SQL}`),
    name: {
      room: db.prepare<[number], string>('SELECT name FROM room WHERE id = ?').pluck(),
      track: db.prepare<[number], string>('SELECT name FROM track WHERE id = ?').pluck(),
      organisation: db
        .prepare<[number], string>('SELECT name FROM organisation WHERE id = ?')
        .pluck(),
      session: db.prepare<[number], string>('SELECT title FROM session WHERE id = ?').pluck(),
      person: db
        .prepare<[number], string>(
          `SELECT trim(given_names || ' ' || family_names) FROM person WHERE id = ?`,
        )
        .pluck(),
    },
    registrant: db.prepare<[number], { personId: number; name: string }>(`
      SELECT p.id AS personId, trim(p.given_names || ' ' || p.family_names) AS name
      FROM registration r JOIN person p ON p.id = r.person_id WHERE r.id = ?`),
  };

  /** Names of rows this edit touched, as they were, so a room deleted with its sessions still reads. */
  function namer(changes: Change[]) {
    const known = new Map<string, string>();
    for (const c of changes) {
      const row = (c.before ?? c.after) as { name?: string; title?: string } | null;
      const name = row?.name ?? row?.title;
      if (c.kind !== 'colour' && name !== undefined) known.set(`${c.kind}:${c.id}`, name);
    }
    return (kind: keyof typeof s.name, id: number | null): string | null => {
      if (id === null) return null;
      return known.get(`${kind}:${id}`) ?? s.name[kind].get(id) ?? null;
    };
  }

  function entries(changes: Change[]): Entry[] {
    const nameOf = namer(changes);
    const out: Entry[] = [];
    const push = (
      entity: string,
      id: number | null,
      before: unknown,
      after: unknown,
      label: string,
      changed: AuditChange[],
      personId: number | null = null,
    ) => {
      if (changed.length)
        out.push({
          entity,
          entityId: id,
          action: actionOf(before, after),
          personId,
          label,
          changes: changed,
        });
    };
    for (const c of changes) {
      switch (c.kind) {
        case 'room': {
          const fields: Field<Room>[] = [
            ['name', (r) => r.name],
            ['capacity', (r) => r.capacity],
            ['location', (r) => r.location],
            ['closedDays', (r) => json(r.closedDays)],
          ];
          const label = (c.after ?? c.before)!.name;
          push('room', c.id, c.before, c.after, label, diff(fields, c.before, c.after));
          break;
        }
        case 'track': {
          const fields: Field<Track>[] = [['name', (t) => t.name]];
          const label = (c.after ?? c.before)!.name;
          push('track', c.id, c.before, c.after, label, diff(fields, c.before, c.after));
          break;
        }
        case 'colour':
          push('colour', null, c.before, c.after, c.id, [
            { field: 'colour', before: c.before, after: c.after },
          ]);
          break;
        case 'session':
          out.push(...sessionEntries(c.id, c.before, c.after, nameOf));
          break;
        case 'award': {
          const fields: Field<Award>[] = [
            ['awardName', (a) => a.name],
            ['recipientOrganisation', (a) => nameOf('organisation', a.recipientOrganisationId)],
            ['recipientPerson', (a) => nameOf('person', a.recipientPersonId)],
            ['recipientName', (a) => a.recipientName],
            ['session', (a) => nameOf('session', a.sessionId)],
            ['citation', (a) => a.citation],
          ];
          const row = (c.after ?? c.before)!;
          const personId = c.after?.recipientPersonId ?? c.before?.recipientPersonId ?? null;
          push(
            'award',
            c.id,
            c.before,
            c.after,
            row.name,
            diff(fields, c.before, c.after),
            personId,
          );
          break;
        }
      }
    }
    return out;
  }

  function sessionEntries(
    id: number,
    before: Session | null,
    after: Session | null,
    nameOf: ReturnType<typeof namer>,
  ): Entry[] {
    const fields: Field<Session>[] = [
      ['sessionTitle', (x) => x.title],
      ['sessionType', (x) => x.type],
      ['day', (x) => x.day],
      ['start', (x) => x.startMinute],
      ['end', (x) => x.endMinute],
      ['room', (x) => nameOf('room', x.roomId)],
      ['allRooms', (x) => flag(x.allRooms)],
      ['track', (x) => nameOf('track', x.trackId)],
      ['region', (x) => x.region],
      ['description', (x) => x.description],
      ['tentative', (x) => flag(x.tentative)],
      ['expectedAudience', (x) => x.expectedAudience],
      ['restricted', (x) => flag(x.restricted)],
      ['presenterCountry', (x) => x.presenterCountryCode],
      ['presenterOrganisation', (x) => nameOf('organisation', x.presenterOrganisationId)],
    ];
    const label = (after ?? before)!.title;
    const out: Entry[] = [];
    const changed = diff(fields, before, after);
    if (changed.length)
      out.push({
        entity: 'session',
        entityId: id,
        action: actionOf(before, after),
        personId: null,
        label,
        changes: changed,
      });
    // One entry per person whose place on the session changed, so it also shows on their page.
    const roles = (x: Session | null) =>
      new Map((x?.people ?? []).map((p: SessionPerson) => [p.registrationId, p.role]));
    const was = roles(before);
    const now = roles(after);
    for (const registrationId of new Set([...was.keys(), ...now.keys()])) {
      const b = was.get(registrationId) ?? null;
      const a = now.get(registrationId) ?? null;
      if (b === a) continue;
      const who = s.registrant.get(registrationId);
      out.push({
        entity: 'session_person',
        entityId: id,
        action: actionOf(b, a),
        personId: who?.personId ?? null,
        label,
        changes: [
          {
            field: 'participant',
            before: b && who ? who.name : null,
            after: a && who ? who.name : null,
          },
          { field: 'sessionRole', before: b, after: a },
        ],
      });
    }
    return out;
  }

  return {
    /** Logs what an agenda edit (or its undo or redo) changed; `to` is the side now written. */
    record(meetingId: number, changes: Change[], via: AgendaVia): void {
      // An undo writes each row's `before`: what the log calls before is what the edit left.
      const oriented =
        via === 'undo'
          ? (changes.map((c) => ({ ...c, before: c.after, after: c.before })) as Change[])
          : changes;
      for (const e of entries(oriented))
        s.insert.run({
          entity: e.entity,
          entityId: e.entityId,
          action: e.action,
          via,
          meetingId,
          personId: e.personId,
          label: e.label,
          changes: JSON.stringify(toStored(e.changes)),
        });
    },
  };
}

export type AgendaAudit = ReturnType<typeof createAgendaAudit>;
