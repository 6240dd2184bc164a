import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { blankPerson } from '../../shared/api/people';
import { DAYS, FIRST_MORNING, at, clockedBackend, seedDesk } from './attendance-fixtures';

async function setup() {
  const backend = clockedBackend(FIRST_MORNING);
  const seeded = await seedDesk(backend);
  // Two of the five expected on the first morning have come.
  for (const key of ['nunez', 'diop'])
    await backend.call('attendance.scan', { ...at(seeded.meetingId), text: seeded.token(key) });
  return { backend, ...seeded };
}

describe("today's view", () => {
  it('lists who is expected and who came, with how to reach them, and the day’s sessions', async () => {
    const { backend, meetingId } = await setup();
    const day = await backend.call('attendance.day', { meetingId, day: DAYS[0]! });
    const rows = day.rows.map((r) => [r.name, r.expected, r.checkedInAt !== null]).sort();
    expect(rows).toEqual([
      ['Diop, Awa', true, true],
      ['Dupont, Jean', true, false],
      ['Ndiaye, Moussa', true, false],
      ['Núñez, Ana', true, true],
      ['Okafor, Ngozi', true, false],
    ]);
    expect(day.rows.find((r) => r.name === 'Okafor, Ngozi')).toMatchObject({
      email: 'okafor@example.org',
      phone: '+33 4 72 44 70 00',
    });
    expect(day.sessions).toEqual([]);
    const second = await backend.call('attendance.day', { meetingId, day: DAYS[1]! });
    expect(second.sessions.map((s) => [s.title, s.expected, s.attended])).toEqual([
      ['Case study: travelling sex offenders', 4, 0],
      ['Regional workshop — Africa', 3, 0],
    ]);
  });

  it('tells the participants view who is present today and who has not arrived', async () => {
    const { backend, meetingId, reg } = await setup();
    const presence = await backend.call('attendance.presence', { meetingId });
    expect(presence.today).toBe(DAYS[0]);
    expect(presence.isMeetingDay).toBe(true);
    expect(new Set(presence.present)).toEqual(new Set([reg.nunez!.id, reg.diop!.id]));
    expect(new Set(presence.notArrived)).toEqual(
      new Set([reg.dupont!.id, reg.ndiaye!.id, reg.okafor!.id]),
    );
    backend.clock.set('2026-12-01T10:00:00Z');
    expect(await backend.call('attendance.presence', { meetingId })).toEqual({
      today: '2026-12-01',
      isMeetingDay: false,
      present: [],
      notArrived: [],
    });
  });

  it('exports the not-arrived list as CSV and XLSX, formula-safe, phones kept', async () => {
    const { backend, meetingId } = await setup();
    const org = await backend.call('organisations.create', {
      name: '=HYPERLINK("http://evil.example","Click")',
      type: 'ngo',
    });
    await backend.call('registrations.create', {
      meetingId,
      person: {
        ...blankPerson(),
        givenNames: '+SUM(A1)',
        familyNames: 'Attacker',
        phone: '+33 1 23 45 67 89',
        organisationId: org.id,
        countryCode: 'CI',
      },
      registration: { status: 'registered' },
    });
    const csv = await backend.call('attendance.exportNotArrived', {
      meetingId,
      day: DAYS[0]!,
      format: 'csv',
      language: 'fr',
    });
    expect(csv.fileName).toBe('non-arrives-2026-11-14-specialists-group.csv');
    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
    });
    expect(parsed.data.map((r) => r.Nom).sort()).toEqual([
      'Attacker, +SUM(A1)',
      'Dupont, Jean',
      'Ndiaye, Moussa',
      'Okafor, Ngozi',
    ]);
    const attacker = parsed.data.find((r) => r.Nom?.startsWith('Attacker'))!;
    expect(attacker).toMatchObject({
      Organisation: `'=HYPERLINK("http://evil.example","Click")`,
      Téléphone: '+33 1 23 45 67 89',
      Pays: 'Côte d’Ivoire',
      Statut: 'Inscrit(e)',
    });

    const xlsx = await backend.call('attendance.exportNotArrived', {
      meetingId,
      day: DAYS[0]!,
      format: 'xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Not arrived')!;
    expect(sheet.getRow(1).values).toContain('Email');
    const cells = sheet
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(cells).toContain('okafor@example.org');
    for (let r = 2; r <= sheet.rowCount; r++)
      sheet.getRow(r).eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String));
  });
});

describe('badges', () => {
  it('issues tokens to the coming people by default, the same ones every time', async () => {
    const { backend, meetingId, reg } = await setup();
    const first = await backend.call('attendance.badgeTokens', { meetingId });
    const ids = first.map((t) => t.registrationId).sort((a, b) => a - b);
    // Declined (Smith) and invited (Chen) people get no badge unless asked for by name.
    expect(ids).not.toContain(reg.smith!.id);
    expect(ids).not.toContain(reg.invited!.id);
    expect(ids).toHaveLength(6);
    expect(await backend.call('attendance.badgeTokens', { meetingId })).toEqual(first);
    const wrong = await backend.dispatch('attendance.badgeTokens', {
      meetingId,
      registrationIds: [reg.nunez!.id, 99_999],
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['registrationIds', 1], message: 'errors.notAParticipant' }] },
    });
  });
});

describe('removing a participant', () => {
  it('keeps their attendance, badge and log for the undo', async () => {
    const { backend, meetingId, reg, token, workshopId } = await setup();
    await backend.call('attendance.setSession', {
      sessionId: workshopId,
      registrationId: reg.diop!.id,
      present: true,
      operator: 'Paul',
    });
    await backend.call('attendance.setDeskNote', {
      registrationId: reg.diop!.id,
      note: 'Wheelchair access',
      operator: 'Marie',
    });
    const before = await backend.call('attendance.person', { registrationId: reg.diop!.id });
    const { removed } = await backend.call('registrations.delete', { ids: [reg.diop!.id] });
    expect(
      await backend.call('attendance.scan', { ...at(meetingId), text: token('diop') }),
    ).toMatchObject({ outcome: 'unknown' });
    const { ids } = await backend.call('registrations.restore', { removed });
    expect(ids).toEqual([reg.diop!.id]);
    expect(await backend.call('attendance.person', { registrationId: reg.diop!.id })).toEqual(
      before,
    );
    backend.clock.advance(60_000);
    expect(
      await backend.call('attendance.scan', { ...at(meetingId, DAYS[1]), text: token('diop') }),
    ).toMatchObject({ outcome: 'already', card: { deskNote: 'Wheelchair access' } });
  });
});
