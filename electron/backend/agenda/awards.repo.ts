import type { Db } from '../db/connection';
import type { Award } from '../../../shared/domain/agenda';

interface AwardRow {
  id: number;
  meeting_id: number;
  name: string;
  recipient_organisation_id: number | null;
  recipient_person_id: number | null;
  recipient_name: string;
  session_id: number | null;
  citation: string;
}

const toAward = (r: AwardRow): Award => ({
  id: r.id,
  meetingId: r.meeting_id,
  name: r.name,
  recipientOrganisationId: r.recipient_organisation_id,
  recipientPersonId: r.recipient_person_id,
  recipientName: r.recipient_name,
  sessionId: r.session_id,
  citation: r.citation,
});

const params = (a: Award) => ({
  id: a.id,
  meeting_id: a.meetingId,
  name: a.name,
  recipient_organisation_id: a.recipientOrganisationId,
  recipient_person_id: a.recipientPersonId,
  recipient_name: a.recipientName,
  session_id: a.sessionId,
  citation: a.citation,
});

/** SQL for awards, and for the names of the organisations an agenda mentions. */
export function createAwardsRepo(db: Db) {
  const s = {
    awards: db.prepare<[number], AwardRow>('SELECT * FROM award WHERE meeting_id = ? ORDER BY id'),
    award: db.prepare<[number], AwardRow>('SELECT * FROM award WHERE id = ?'),
    insert: db.prepare(`
      INSERT INTO award (meeting_id, name, recipient_organisation_id, recipient_person_id,
        recipient_name, session_id, citation)
      VALUES (@meeting_id, @name, @recipient_organisation_id, @recipient_person_id,
        @recipient_name, @session_id, @citation)`),
    upsert: db.prepare(`
      INSERT INTO award (id, meeting_id, name, recipient_organisation_id, recipient_person_id,
        recipient_name, session_id, citation)
      VALUES (@id, @meeting_id, @name, @recipient_organisation_id, @recipient_person_id,
        @recipient_name, @session_id, @citation)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name,
        recipient_organisation_id = excluded.recipient_organisation_id,
        recipient_person_id = excluded.recipient_person_id,
        recipient_name = excluded.recipient_name, session_id = excluded.session_id,
        citation = excluded.citation`),
    delete: db.prepare<[number]>('DELETE FROM award WHERE id = ?'),
    ofSession: db.prepare<[number], { id: number }>('SELECT id FROM award WHERE session_id = ?'),
    forRecipient: db.prepare<
      [{ person: number | null; organisation: number | null }],
      AwardRow & { meeting_title: string; session_title: string | null }
    >(`
      SELECT a.*, m.title AS meeting_title, s.title AS session_title
      FROM award a JOIN meeting m ON m.id = a.meeting_id
      LEFT JOIN session s ON s.id = a.session_id
      WHERE a.recipient_person_id = @person OR a.recipient_organisation_id = @organisation
      ORDER BY m.start_date DESC, a.id`),
    organisations: db.prepare<
      [{ meeting: number }],
      { id: number; name: string; acronym: string }
    >(`
      SELECT o.id, o.name, o.acronym FROM organisation o WHERE o.id IN (
        SELECT presenter_organisation_id FROM session WHERE meeting_id = @meeting
        UNION SELECT recipient_organisation_id FROM award WHERE meeting_id = @meeting)`),
    organisationExists: db.prepare<[number], { id: number }>(
      'SELECT id FROM organisation WHERE id = ?',
    ),
    personExists: db.prepare<[number], { id: number }>('SELECT id FROM person WHERE id = ?'),
  };

  return {
    awards: (meetingId: number): Award[] => s.awards.all(meetingId).map(toAward),
    award(id: number): Award | null {
      const row = s.award.get(id);
      return row ? toAward(row) : null;
    },
    insert: (award: Omit<Award, 'id'>): number =>
      Number(s.insert.run(params({ ...award, id: 0 })).lastInsertRowid),
    put: (award: Award) => void s.upsert.run(params(award)),
    delete: (id: number) => void s.delete.run(id),
    idsOfSession: (sessionId: number): number[] => s.ofSession.all(sessionId).map((r) => r.id),
    forRecipient(personId: number | null, organisationId: number | null) {
      return s.forRecipient.all({ person: personId, organisation: organisationId }).map((r) => ({
        ...toAward(r),
        meetingTitle: r.meeting_title,
        sessionTitle: r.session_title,
      }));
    },
    organisations: (meetingId: number) => s.organisations.all({ meeting: meetingId }),
    organisationExists: (id: number) => s.organisationExists.get(id) !== undefined,
    personExists: (id: number) => s.personExists.get(id) !== undefined,
  };
}

export type AwardsRepo = ReturnType<typeof createAwardsRepo>;
