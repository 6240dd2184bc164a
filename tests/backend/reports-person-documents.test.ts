import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { noAttendance } from '../../electron/backend/reports/attendance-source';
import type { Output } from '../../shared/api';
import type { AttendanceFacts } from '../../shared/domain/reports';
import {
  comparable,
  inkRatio,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from './document-readers';
import { openBackend, sampleMeetings } from './programme-fixtures';
import { downloaded, png, reportsWith, sampleFacts } from './reports-documents-fixtures';

const backend = openBackend();
let lyon: number;
type Row = Output<'registrations.list'>[number];
let expected: Row[];
let facts: AttendanceFacts;
let reports: ReturnType<typeof reportsWith>;
let namesakes: number[];

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

beforeAll(async () => {
  ({ lyon } = await sampleMeetings(backend));
  // Two people with the same common name, both present: each gets a certificate of their own.
  namesakes = [];
  for (const email of ['m.ali@police.example', 'mohamed.ali@interieur.example'])
    namesakes.push(
      (
        await backend.call('registrations.create', {
          meetingId: lyon,
          person: { givenNames: 'Mohamed', familyNames: 'Ali', email, countryCode: 'EG' },
          registration: { status: 'confirmed' },
        })
      ).id,
    );
  expected = (await backend.call('registrations.list', { meetingId: lyon })).filter((r) =>
    ['registered', 'confirmed'].includes(r.status),
  );
  const agenda = await backend.call('agenda.get', { meetingId: lyon });
  const opening = agenda.sessions.find((s) => s.title === 'Opening plenary')!;
  facts = sampleFacts(
    expected.map((r) => r.id),
    ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'],
    () => [{ id: opening.id, day: opening.day }],
  );
  reports = reportsWith(backend, { factsFor: () => facts });
});

const attendees = () => {
  const present = new Set(Object.values(facts.byDay).flat());
  return expected.filter((r) => present.has(r.id));
};

const exportDocuments = async (
  kind: 'certificates' | 'visaLetters',
  format: 'pdf' | 'zip',
  language: 'en' | 'fr' = 'en',
) => downloaded(await reports.call('reports.export', { meetingId: lyon, kind, format, language }));

describe('certificates of attendance', () => {
  it('makes one page per person present, with their days and sessions, Arabic and Cyrillic names drawn', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    await reports.call('reports.setImage', {
      meetingId: lyon,
      role: 'letterhead',
      file: { name: 'letterhead.png', base64: png(1600, 240).toString('base64') },
    });
    const { name, bytes } = await exportDocuments('certificates', 'pdf');
    expect(name).toMatch(/^certificates-specialists-group-.*-\d{4}-\d{2}-\d{2}\.pdf$/);
    const people = attendees();
    expect(Number(pdfInfo(bytes).Pages)).toBe(people.length);
    const text = comparable(pdfText(bytes));
    expect(text.match(/Certificate of attendance/g)).toHaveLength(people.length);
    const arabic = people.find((r) => ARABIC.test(r.givenNames) || ARABIC.test(r.familyNames))!;
    const cyrillic = people.find((r) => CYRILLIC.test(r.familyNames))!;
    // pdftotext runs an Arabic word and the Latin one after it together: compare without spaces.
    const squeezed = text.replace(/\s/g, '');
    for (const r of [arabic, cyrillic])
      expect(squeezed).toContain(comparable(`${r.givenNames}${r.familyNames}`).replace(/\s/g, ''));
    expect(text).toContain('Days attended: 14, 15, 16 and 17 November 2026');
    expect(text).toContain(comparable('Opening plenary (Saturday 14 November)'));
    // The letterhead is on every page.
    const images = spawnSync('pdfimages', ['-list', '-'], { input: bytes, encoding: 'utf8' });
    if (!images.error) expect(images.stdout).toMatch(/1600\s+240/);
    expect(inkRatio(bytes, 1)).toBeGreaterThan(0.01);
  });

  it('in French, and as a ZIP with one PDF per person named so that namesakes never collide', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { name, bytes } = await exportDocuments('certificates', 'zip', 'fr');
    expect(name).toMatch(/^attestations-specialists-group-.*\.zip$/);
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files);
    expect(files).toHaveLength(attendees().length);
    expect(files.filter((f) => f.startsWith('attestation-ali-mohamed-')).sort()).toEqual(
      namesakes.map((id) => `attestation-ali-mohamed-${id}.pdf`).sort(),
    );
    const one = await zip.file(`attestation-ali-mohamed-${namesakes[0]}.pdf`)!.async('nodebuffer');
    expect(Number(pdfInfo(one).Pages)).toBe(1);
    const text = comparable(pdfText(one));
    expect(text).toContain('Attestation de participation');
    expect(text).toContain('Mohamed Ali');
    expect(text).toContain('Égypte');
    expect(text).toContain('Jours de présence : 14, 15, 16 et 17 novembre 2026');
  });

  it('are refused, saying what to do, before anyone is checked in', async () => {
    const none = reportsWith(backend, noAttendance);
    expect(
      await none.failure('reports.export', {
        meetingId: lyon,
        kind: 'certificates',
        format: 'pdf',
      }),
    ).toMatchObject({ message: 'errors.documents.noAttendance' });
  });
});

describe('invitation and visa-support letters', () => {
  let requests: Output<'reports.visaRequests'>;
  beforeAll(async () => {
    requests = await reports.call('reports.visaRequests', { meetingId: lyon });
  });

  it('list the registrations that asked, most with the sample passport details, a few without', async () => {
    const asked = (await backend.call('registrations.list', { meetingId: lyon })).filter(
      (r) => r.visaLetter && !['declined', 'cancelled'].includes(r.status),
    );
    expect(requests.map((r) => r.registrationId).sort()).toEqual(asked.map((r) => r.id).sort());
    const missing = requests.filter((r) => r.details === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(requests.length / 3);
    const status = await reports.call('reports.exportStatus', { meetingId: lyon });
    expect(status.visaLetters).toEqual({
      asked: requests.length,
      ready: requests.length - missing.length,
    });
  });

  it('take passport details only for a registration that asked, and check their dates', async () => {
    const missing = requests.find((r) => r.details === null)!;
    const bad = await reports.failure('reports.saveVisaDetails', {
      registrationId: missing.registrationId,
      details: {
        passportNumber: 'AB123456',
        passportIssuedOn: '2024-05-01',
        passportExpiresOn: '2019-05-01',
      },
    });
    expect(bad).toMatchObject({
      name: 'ZodError',
      issues: [
        { path: ['details', 'passportExpiresOn'], message: 'errors.passportExpiresBeforeIssue' },
      ],
    });
    const other = expected.find((r) => !r.visaLetter)!;
    expect(
      await reports.failure('reports.saveVisaDetails', {
        registrationId: other.id,
        details: { passportNumber: 'AB123456' },
      }),
    ).toMatchObject({ message: 'errors.visaNotAsked' });
    const saved = await reports.call('reports.saveVisaDetails', {
      registrationId: missing.registrationId,
      details: {
        passportNumber: ' 12AB34567 ',
        nationalityCode: 'UA',
        dateOfBirth: '1984-02-29',
        placeOfBirth: 'Kyiv',
        passportIssuedOn: '2022-06-01',
        passportExpiresOn: '2032-05-31',
      },
    });
    expect(saved.passportNumber).toBe('12AB34567');
  });

  it('are made for those with details, in English and French, with their passport', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const ready = (await reports.call('reports.visaRequests', { meetingId: lyon })).filter(
      (r) => r.details,
    );
    const { name, bytes } = await exportDocuments('visaLetters', 'pdf');
    expect(name).toMatch(/^visa-letters-/);
    expect(Number(pdfInfo(bytes).Pages)).toBeGreaterThanOrEqual(ready.length);
    const text = comparable(pdfText(bytes));
    for (const r of ready) expect(text).toContain(`passport no. ${r.details!.passportNumber}`);
    expect(text).toContain('born on 29 February 1984 in Kyiv');
    expect(text).toContain('a national of Ukraine');
    const french = comparable(pdfText((await exportDocuments('visaLetters', 'pdf', 'fr')).bytes));
    expect(french).toContain('Lettre d’invitation');
    expect(french).toContain(
      comparable('né(e) le 29 février 1984 à Kyiv, de nationalité : Ukraine'),
    );
  });

  it('forget passport details on request, which can be put back, and never show them elsewhere', async () => {
    const withDetails = (await reports.call('reports.visaRequests', { meetingId: lyon })).find(
      (r) => r.details,
    )!;
    const { removed } = await reports.call('reports.removeVisaDetails', {
      registrationId: withDetails.registrationId,
    });
    expect(removed?.passportNumber).toBe(withDetails.details!.passportNumber);
    const after = await reports.call('reports.visaRequests', { meetingId: lyon });
    expect(after.find((r) => r.registrationId === withDetails.registrationId)!.details).toBeNull();
    await reports.call('reports.saveVisaDetails', {
      registrationId: withDetails.registrationId,
      details: removed!,
    });
    const participants = downloaded(
      await backend.call('reports.export', {
        meetingId: lyon,
        kind: 'participants',
        format: 'csv',
      }),
    );
    expect(participants.bytes.toString('utf8')).not.toContain(withDetails.details!.passportNumber);
  });

  it('come back with a registration whose removal is undone', async () => {
    const withDetails = (await reports.call('reports.visaRequests', { meetingId: lyon })).find(
      (r) => r.details && r.status === 'confirmed',
    )!;
    const { removed } = await backend.call('registrations.delete', {
      ids: [withDetails.registrationId],
      sessions: 'remove',
    });
    expect(removed[0]!.visaDetails?.passportNumber).toBe(withDetails.details!.passportNumber);
    const gone = await reports.call('reports.visaRequests', { meetingId: lyon });
    expect(gone.some((r) => r.registrationId === withDetails.registrationId)).toBe(false);
    const { ids } = await backend.call('registrations.restore', { removed });
    const back = (await reports.call('reports.visaRequests', { meetingId: lyon })).find(
      (r) => r.registrationId === ids[0],
    )!;
    expect(back.details).toMatchObject({
      passportNumber: withDetails.details!.passportNumber,
      dateOfBirth: withDetails.details!.dateOfBirth,
    });
  });
});
