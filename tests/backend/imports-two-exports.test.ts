import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { file } from './imports-fixtures';
import { meetingInput } from './meeting-fixtures';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const fixture = (name: string) =>
  file(name, new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))));

const INDICO = 'indico-registrants.csv';
const FRENCH = 'inscriptions-atelier-regional.csv';

/** The rows of a fixture as text, to compare what was stored with what the file says. */
function rowsOf(name: string, delimiter: string): string[][] {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
  return text
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(delimiter));
}

/**
 * The registrar imports an Indico export and a French Excel sheet into two meetings of one
 * database, accepting every default, and deciding only the one conflict that has none.
 */
describe('an Indico export and a French Excel sheet, defaults accepted', () => {
  it('keeps every distinct person once, merges nobody into someone else, maps the statuses', async () => {
    const backend = testBackend();
    const lyon = (await backend.call('meetings.create', meetingInput({ title: 'Lyon' }))).id;
    const cotonou = (await backend.call('meetings.create', meetingInput({ title: 'Cotonou' }))).id;

    // Indico: the headers map by themselves; the columns without a field are named.
    const indico = { meetingId: lyon, file: fixture(INDICO) };
    const inspected = await backend.call('imports.inspect', indico);
    expect(inspected).toMatchObject({ source: 'indico', encoding: 'utf-8-bom', rowCount: 121 });
    const notImported = inspected.headers.filter(
      (_, column) => !Object.values(inspected.mapping).includes(column),
    );
    expect(notImported).toEqual(['ID', 'Name', 'Registration date', 'Checked in']);
    expect(inspected.knownUnmapped.map((c) => inspected.headers[c])).toEqual([
      'ID',
      'Registration date',
      'Checked in',
    ]);
    const report = await backend.call('imports.check', { ...indico, mapping: inspected.mapping });
    expect(report).toMatchObject({ validCount: 121, errorCount: 0, warningCount: 0 });
    expect(report.countries).toEqual([]);
    // Eight pairs of namesakes: shown, and kept apart by default.
    expect(report.duplicates).toHaveLength(8);
    expect(
      report.duplicates.every((d) => d.reason === 'namesake' && d.suggested === 'create'),
    ).toBe(true);
    expect(
      Object.fromEntries(report.statusValues.map((v) => [v.value, [v.suggested, v.count]])),
    ).toEqual({
      Completed: ['confirmed', 107],
      Pending: ['invited', 7],
      Withdrawn: ['cancelled', 4],
      Rejected: ['declined', 3],
    });
    const first = await backend.call('imports.run', { ...indico, mapping: inspected.mapping });
    expect(first.batch).toMatchObject({ createdCount: 121, mergedCount: 0, skippedCount: 0 });

    // The French sheet: UTF-8 with BOM, semicolons, French headers and words.
    const french = { meetingId: cotonou, file: fixture(FRENCH) };
    const inspectedFr = await backend.call('imports.inspect', french);
    expect(inspectedFr).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rowCount: 58 });
    expect(inspectedFr.knownUnmapped.map((c) => inspectedFr.headers[c])).toEqual([
      'N°',
      'Date d’inscription',
    ]);
    const mapping = inspectedFr.mapping;
    expect(Object.keys(mapping).length + inspectedFr.knownUnmapped.length).toBe(
      inspectedFr.headers.length,
    );
    const reportFr = await backend.call('imports.check', { ...french, mapping });
    expect(reportFr.countries).toEqual([]);
    const reasons = reportFr.duplicates.map((d) => `${d.reason}:${d.suggested}`);
    expect(reasons.filter((r) => r === 'email:merge')).toHaveLength(20);
    expect(reasons.filter((r) => r !== 'email:merge').sort()).toEqual([
      'conflict:null',
      'identical:skip',
      'namesake:create',
    ]);
    const conflict = reportFr.duplicates.find((d) => d.reason === 'conflict')!;
    expect(conflict).toMatchObject({
      incoming: { name: 'Boubacar COULIBALY', email: 'brigade.mineurs@police-ml.example' },
      existing: { name: 'Aïssata Traoré', email: 'brigade.mineurs@police-ml.example' },
    });
    expect(reportFr.warningGroups).toEqual([
      expect.objectContaining({ field: 'notes', message: 'imports.messages.formula', count: 1 }),
    ]);
    const statuses = Object.fromEntries(reportFr.statusValues.map((v) => [v.value, v.suggested]));
    expect(statuses).toEqual({
      Confirmé: 'confirmed',
      Inscrite: 'registered',
      'En attente': 'invited',
      Désisté: 'cancelled',
      Refusé: 'declined',
    });
    expect(reportFr.statusEmptyCount).toBeGreaterThan(0);
    const chair = reportFr.roleValues.find((v) => v.value === 'Président de séance')!;
    expect(chair.suggested).toBeNull();

    // Defaults everywhere; the registrar keeps both people behind the shared mailbox, and says
    // that "Président de séance" means chair.
    await backend.call('imports.run', {
      ...french,
      mapping,
      decisions: { [String(conflict.row)]: 'create' },
      roleAnswers: { [chair.key]: 'chair' },
    });

    const db = backend.db;
    const people = db.prepare('SELECT given_names, family_names, email FROM person').all() as {
      given_names: string;
      family_names: string;
      email: string;
    }[];
    const distinct = (rows: string[][], given: number, family: number, email: number) =>
      rows.map(
        (r) => `${r[given]!.toLowerCase()} ${r[family]!.toLowerCase()} ${r[email]!.toLowerCase()}`,
      );
    const expected = new Set([
      ...distinct(rowsOf(INDICO, ','), 3, 4, 5),
      ...distinct(rowsOf(FRENCH, ';'), 3, 2, 7),
    ]);
    // Every distinct person once: 121 from Indico, 37 newcomers from the French sheet.
    expect(people).toHaveLength(158);
    expect(expected.size).toBe(158);
    expect(
      new Set(people.map((p) => `${p.given_names} ${p.family_names} ${p.email}`.toLowerCase())),
    ).toEqual(expected);

    // Nobody merged into someone else: each French row's registration belongs to a person of that
    // name and email.
    const registered = db
      .prepare(
        `SELECT p.given_names || ' ' || p.family_names || ' ' || p.email AS who, r.status, r.role
         FROM registration r JOIN person p ON p.id = r.person_id WHERE r.meeting_id = ?`,
      )
      .all(cotonou)
      .map((r) => {
        const row = r as { who: string; status: string; role: string };
        return { ...row, who: row.who.toLowerCase() };
      });
    expect(registered).toHaveLength(57);
    expect(new Set(registered.map((r) => r.who))).toEqual(
      new Set(distinct(rowsOf(FRENCH, ';'), 3, 2, 7)),
    );
    const byWho = new Map(registered.map((r) => [r.who, r]));
    for (const row of rowsOf(FRENCH, ';')) {
      const who = `${row[3]} ${row[2]} ${row[7]}`.toLowerCase();
      const expectedStatus = {
        Confirmé: 'confirmed',
        Inscrite: 'registered',
        'En attente': 'invited',
        Désisté: 'cancelled',
        Refusé: 'declined',
        '': 'invited',
      }[row[10]!];
      expect(byWho.get(who)?.status, who).toBe(expectedStatus);
      if (row[9] === 'Président de séance') expect(byWho.get(who)?.role).toBe('chair');
    }
    // Lyon's statuses as Indico's states said.
    const lyonStatuses = db
      .prepare(
        'SELECT status, count(*) AS n FROM registration WHERE meeting_id = ? GROUP BY status ORDER BY status',
      )
      .all(lyon);
    expect(lyonStatuses).toEqual([
      { status: 'cancelled', n: 4 },
      { status: 'confirmed', n: 107 },
      { status: 'declined', n: 3 },
      { status: 'invited', n: 7 },
    ]);
  });
});
