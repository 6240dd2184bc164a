import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';
import { addSession, agendaMeeting } from './agenda-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/** Two meetings; in Lyon, Núñez (edited by two operators) and a namesake-free colleague. */
async function twoMeetings(backend: TestBackend) {
  const lyon = await addMeeting(backend, {
    title: 'Specialists group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  const cotonou = await addMeeting(backend, { title: 'Working group' });
  await backend.call('audit.setOperator', { operator: 'Amina Diallo' });
  const nunez = await register(backend, lyon, {
    givenNames: 'María José',
    familyNames: 'Núñez',
    email: 'mj.nunez@policia.es',
  });
  const wei = await register(backend, lyon, { givenNames: 'Li', familyNames: 'Wei' });
  const elsewhere = await register(backend, cotonou, { givenNames: 'Awa', familyNames: 'Diop' });
  await backend.call('audit.setOperator', { operator: 'Jean Dupont' });
  await backend.call('registrations.update', {
    id: nunez.id,
    registration: { status: 'confirmed', dietary: '=HYPERLINK("http://evil.example")' },
  });
  await backend.call('people.update', {
    id: nunez.personId,
    person: { givenNames: 'María José', familyNames: 'Núñez', email: 'mj.nunez@interior.es' },
  });
  return { lyon, cotonou, nunez, wei, elsewhere };
}

const labels = (entries: { entity: string; label: string }[]) =>
  entries.map((e) => `${e.entity} ${e.label}`);

describe('reading the audit log', () => {
  it('shows a meeting its own entries and the edits of its people, newest first', async () => {
    const backend = testBackend();
    const { lyon } = await twoMeetings(backend);
    const { entries, total, who } = await backend.call('audit.list', { meetingId: lyon });
    expect(labels(entries)).toEqual([
      'person María José Núñez',
      'registration María José Núñez',
      'registration Li Wei',
      'person Li Wei',
      'registration María José Núñez',
      'person María José Núñez',
      'meeting Specialists group',
    ]);
    expect(total).toBe(7);
    expect(who).toEqual(['Amina Diallo', 'Jean Dupont', expect.any(String)]);
  });

  it('narrows by person, area, who and words typed without accents', async () => {
    const backend = testBackend();
    const { lyon, nunez } = await twoMeetings(backend);
    const ofHer = await backend.call('audit.list', { personId: nunez.personId });
    expect(labels(ofHer.entries)).toEqual([
      'person María José Núñez',
      'registration María José Núñez',
      'registration María José Núñez',
      'person María José Núñez',
    ]);
    const people = await backend.call('audit.list', { meetingId: lyon, areas: ['people'] });
    expect(people.entries.map((e) => e.entity)).toEqual(['person', 'person', 'person']);
    const byJean = await backend.call('audit.list', { meetingId: lyon, who: 'Jean Dupont' });
    expect(byJean.entries.map((e) => e.action)).toEqual(['update', 'update']);
    const typed = await backend.call('audit.list', { meetingId: lyon, query: 'nunez conf' });
    expect(labels(typed.entries)).toEqual(['registration María José Núñez']);
    const byName = await backend.call('audit.list', { query: 'maria' });
    expect(byName.total).toBe(4);
    // Anything typed is text: quotes, operators and SQL find nothing and break nothing.
    for (const query of ['"', "'; DROP TABLE audit_entry; --", 'NEAR(a b)', '*', '%_'])
      expect((await backend.call('audit.list', { meetingId: lyon, query })).total).toBeLessThan(8);
  });

  it('narrows by time and pages through long logs', async () => {
    const backend = testBackend();
    const { lyon } = await twoMeetings(backend);
    const all = await backend.call('audit.list', { meetingId: lyon });
    const first = await backend.call('audit.list', { meetingId: lyon, limit: 3 });
    expect(first.hasMore).toBe(true);
    const second = await backend.call('audit.list', {
      meetingId: lyon,
      limit: 3,
      beforeId: first.entries.at(-1)!.id,
    });
    expect([...first.entries, ...second.entries]).toEqual(all.entries.slice(0, 6));
    const future = await backend.call('audit.list', {
      meetingId: lyon,
      since: '2199-01-01T00:00:00.000Z',
    });
    expect(future.total).toBe(0);
    const past = await backend.call('audit.list', {
      meetingId: lyon,
      until: '2199-01-01T00:00:00.000Z',
    });
    expect(past.total).toBe(all.total);
    const error = await failure(backend, 'audit.list', { meetingId: lyon, since: 'yesterday' });
    expect(error.issues?.[0]?.path).toEqual(['since']);
  });

  it('exports the filtered entries as CSV, one line per field, in French, formula-safe', async () => {
    const backend = testBackend();
    const { lyon } = await twoMeetings(backend);
    const file = await backend.call('audit.export', {
      meetingId: lyon,
      areas: ['registrations'],
      format: 'csv',
      language: 'fr',
      timeZone: 'Europe/Paris',
    });
    expect(file.fileName).toMatch(
      /^journal-des-modifications-Specialists-group-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    expect(rows[0]).toEqual([
      'Quand (Europe/Paris)',
      'Qui',
      'Compte de l’ordinateur',
      'Domaine',
      'Objet',
      'Opération',
      'Champ',
      'Avant',
      'Après',
    ]);
    expect(rows.slice(1, 3).map((r) => r.slice(1))).toEqual([
      [
        'Jean Dupont',
        expect.any(String),
        'Inscriptions',
        'Inscription · María José Núñez',
        'Modifié',
        'Statut',
        'Invité(e)',
        'Confirmé(e)',
      ],
      [
        'Jean Dupont',
        expect.any(String),
        'Inscriptions',
        'Inscription · María José Núñez',
        'Modifié',
        'Régime alimentaire',
        '',
        `'=HYPERLINK("http://evil.example")`,
      ],
    ]);
  });

  it('exports XLSX that another reader opens, agenda changes worded as on screen', async () => {
    const backend = testBackend();
    const { meetingId, hall, small } = await agendaMeeting(backend);
    const sessionId = await addSession(backend, meetingId, { roomId: hall });
    await backend.call('agenda.moveSession', {
      id: sessionId,
      day: '2026-09-23',
      startMinute: 14 * 60,
      endMinute: 15 * 60,
      roomId: small,
    });
    const file = await backend.call('audit.export', {
      meetingId,
      areas: ['agenda'],
      format: 'xlsx',
      language: 'en',
      timeZone: 'Africa/Porto-Novo',
    });
    const workbook = XLSX.read(Buffer.from(file.base64, 'base64'));
    expect(workbook.SheetNames).toEqual(['Change log']);
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Change log']!, {
      header: 1,
      raw: false,
      defval: '',
    });
    const moved = rows.filter((r) => r[5] === 'Changed').map((r) => r.slice(4));
    expect(moved).toEqual([
      ['Session · Opening plenary', 'Changed', 'Day', '22 September 2026', '23 September 2026'],
      ['Session · Opening plenary', 'Changed', 'Start', '09:00', '14:00'],
      ['Session · Opening plenary', 'Changed', 'End', '10:30', '15:00'],
      ['Session · Opening plenary', 'Changed', 'Room', 'Salle des fêtes', 'Salle 2'],
    ]);
  });
});
