import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';
import { addSession } from './agenda-fixtures';
import { csv, file, HEADERS, MAPPING } from './imports-fixtures';
import { comparable, inkRatio, pdfText, POPPLER, POPPLER_MISSING } from './document-readers';
import {
  COVERED_TABLES,
  createSubjectDataRepo,
} from '../../electron/backend/privacy/subject-data.repo';

type TestBackend = ReturnType<typeof testBackend>;

/** Nour Haddad (her name also in Arabic), with a registration, a session, an award and a log. */
async function nour(backend: TestBackend) {
  const meetingId = await addMeeting(backend, {
    title: 'Regional Working Group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
  });
  await backend.call('audit.setOperator', { operator: 'Amina Diallo' });
  await backend.call('imports.run', {
    meetingId,
    file: file(
      'national-contacts.csv',
      csv([
        HEADERS,
        ['Nour', 'Haddad حداد', 'nour.haddad@gendarmerie.ma', 'Gendarmerie Royale', 'Morocco', ''],
      ]),
    ),
    mapping: MAPPING,
  });
  const [row] = await backend.call('registrations.list', { meetingId });
  await backend.call('people.update', {
    id: row!.personId,
    person: {
      givenNames: 'Nour',
      familyNames: 'Haddad حداد',
      email: 'nour.haddad@gendarmerie.ma',
      phone: '+212 600 123 456',
      position: 'Head of the child protection unit',
      notes: 'Met at the 2025 conference',
      countryCode: 'MA',
      organisationId: row!.organisationId,
    },
  });
  await backend.call('registrations.update', {
    id: row!.id,
    registration: {
      status: 'confirmed',
      role: 'speaker',
      dietary: 'Halal',
      badgeName: 'Nour H.',
      internalNotes: 'Needs a visa letter by 1 August',
      visaLetter: true,
    },
  });
  const room = await backend.call('agenda.createRoom', { meetingId, room: { name: 'Salle A' } });
  const sessionId = await addSession(backend, meetingId, {
    title: 'Country reports',
    roomId: room.id,
  });
  const session = (await backend.call('agenda.get', { meetingId })).sessions[0]!;
  await backend.call('agenda.updateSession', {
    id: sessionId,
    session: { ...session, people: [{ registrationId: row!.id, role: 'speaker' }] },
  });
  await backend.call('agenda.createAward', {
    meetingId,
    award: {
      name: 'Award for courage',
      recipientPersonId: row!.personId,
      citation: 'For her unit',
    },
  });
  // Someone else, whose data must not appear.
  await register(backend, meetingId, {
    givenNames: 'Other',
    familyNames: 'Person',
    email: 'other@example.org',
  });
  return { meetingId, personId: row!.personId };
}

async function subjectAccess(backend: TestBackend, personId: number, language: 'en' | 'fr') {
  const reply = await backend.call('privacy.subjectAccess', { personId, language });
  return { ...reply, bytes: Buffer.from(reply.base64, 'base64') };
}

describe('export of everything held about one person', () => {
  it('is a readable PDF with every record and the log', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { personId } = await nour(backend);
    const pdf = await subjectAccess(backend, personId, 'en');
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.fileName).toMatch(/^personal-data-Nour-Haddad-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = comparable(pdfText(pdf.bytes));
    for (const expected of [
      'Personal data held about Nour Haddad حداد',
      'Made on',
      'by Amina Diallo',
      'nour.haddad@gendarmerie.ma',
      '+212 600 123 456',
      'Head of the child protection unit',
      'Met at the 2025 conference',
      'Morocco',
      'Gendarmerie Royale',
      'Registration to 1 meeting',
      'Regional Working Group',
      'Speaker',
      'Confirmed',
      'Halal',
      'Nour H.',
      'Needs a visa letter by 1 August',
      'Country reports',
      'Award for courage',
      'For her unit',
      'national-contacts.csv',
      'Added the person',
      'Registered them',
      'Change log',
      'Status: Invited → Confirmed',
      'Dietary needs: Halal',
      'Created (import)',
    ])
      expect(text).toContain(comparable(expected));
    expect(text).not.toContain('other@example.org');
    expect(inkRatio(pdf.bytes, 1)).toBeGreaterThan(0.01);
  });

  it('speaks French when asked', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { personId } = await nour(backend);
    const pdf = await subjectAccess(backend, personId, 'fr');
    expect(pdf.fileName).toMatch(/^donnees-personnelles-Nour-Haddad/);
    const text = comparable(pdfText(pdf.bytes));
    for (const expected of [
      'Données personnelles détenues sur Nour Haddad حداد',
      'Inscription à 1 réunion',
      'Régime alimentaire',
      'Places dans des séances',
      'Distinctions reçues',
      'Journal des modifications',
      'Statut : Invité(e) → Confirmé(e)',
      'Page 1 sur',
    ])
      expect(text).toContain(comparable(expected));
  });

  it('shows as they are the rows of a table no section knows yet', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { personId } = await nour(backend);
    // A table a later version might add, holding a passport number.
    backend.db.exec(`CREATE TABLE travel_document (
      id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id), number TEXT)`);
    backend.db
      .prepare('INSERT INTO travel_document (person_id, number) VALUES (?, ?)')
      .run(personId, 'MA-998877');
    const text = comparable(pdfText((await subjectAccess(backend, personId, 'en')).bytes));
    expect(text).toContain(comparable('Other records (travel_document)'));
    expect(text).toContain('MA-998877');
  });

  it('has a section for the passport details and the listing consent, in English and French', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { meetingId, personId } = await nour(backend);
    const [row] = (await backend.call('registrations.list', { meetingId })).filter(
      (r) => r.personId === personId,
    );
    await backend.call('reports.saveVisaDetails', {
      registrationId: row!.id,
      details: {
        passportNumber: 'UZ4417203',
        nationalityCode: 'MA',
        dateOfBirth: '1986-03-14',
        placeOfBirth: 'Fès',
        passportIssuedOn: '2021-05-02',
        passportExpiresOn: '2031-05-01',
        passportAuthority: 'Préfecture de Rabat',
      },
    });
    await backend.call('registrations.bulkUpdate', { ids: [row!.id], consentToList: false });
    const english = comparable(pdfText((await subjectAccess(backend, personId, 'en')).bytes));
    for (const expected of [
      'Passport details for visa letters',
      'Passport number UZ4417203',
      'Nationality (passport) Morocco',
      'Date of birth 14 March 1986',
      'Place of birth Fès',
      'Issued on 2 May 2021',
      'Valid until 1 May 2031',
      'Issuing authority Préfecture de Rabat',
      "Listed on this meeting's participant list No",
    ])
      expect(english).toContain(comparable(expected));
    // Shown in its section, not as a raw table's columns.
    expect(english).not.toContain('visa_details');
    const french = comparable(pdfText((await subjectAccess(backend, personId, 'fr')).bytes));
    for (const expected of [
      'Données du passeport pour les lettres de visa',
      'Numéro de passeport UZ4417203',
      'Nationalité (passeport) Maroc',
      'Date de naissance 14 mars 1986',
      'Lieu de naissance Fès',
      'Délivré le 2 mai 2021',
      'Autorité de délivrance Préfecture de Rabat',
      'Nommé(e) dans la liste des participants de cette réunion Non',
    ])
      expect(french).toContain(comparable(expected));
  });

  it('says when a registration follows the person’s standing listing answer', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { personId } = await nour(backend);
    const text = comparable(pdfText((await subjectAccess(backend, personId, 'en')).bytes));
    expect(text).toContain(
      comparable("Listed on this meeting's participant list No (their standing answer)"),
    );
    // No passport details entered: the section says so.
    expect(text).toContain(comparable('Passport details for visa letters —'));
  });

  it('covers every table that links rows to a person', () => {
    const backend = testBackend();
    const linked = createSubjectDataRepo(backend.db)
      .linkedTables()
      .map((t) => t.table);
    // The tables known today all have a section; any other would be shown as it is.
    expect(linked.filter((t) => !(COVERED_TABLES as readonly string[]).includes(t))).toEqual([]);
  });
});
