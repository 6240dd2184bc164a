import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { createMeeting, csv, file, HEADERS, MAPPING } from './imports-fixtures';
import { meetingInput } from './meeting-fixtures';

async function setup() {
  const backend = testBackend();
  const first = await createMeeting(backend);
  const second = (await backend.call('meetings.create', meetingInput({ title: 'Cotonou' }))).id;
  const source = (meetingId: number, rows: string[][]) => ({
    meetingId,
    file: file('p.csv', csv([HEADERS, ...rows])),
    mapping: MAPPING,
  });
  const person = (id: number) =>
    backend.db
      .prepare(
        `SELECT given_names AS given, family_names AS family, country_code AS country,
           (SELECT group_concat(meeting_id) FROM registration r WHERE r.person_id = p.id) AS meetings
         FROM person p WHERE id = ?`,
      )
      .get(id);
  return { backend, first, second, source, person };
}

const SHARED = 'cybercrime.unit@police.example';

describe('a merge lands on the person the row describes', () => {
  it('prefers the stored person who shares the email AND the name over one sharing the email', async () => {
    const { backend, first, second, source, person } = await setup();
    // Two colleagues writing from the unit's shared mailbox, both kept by an earlier import.
    await backend.call('imports.run', {
      ...source(first, [
        ['Ali', 'Hassan', SHARED, 'Egyptian National Police', 'Egypt', ''],
        ['Mohamed', 'Ali', SHARED, 'Egyptian National Police', 'Egypt', ''],
      ]),
      decisions: { '3': 'create' },
    });
    expect([person(1), person(2)]).toMatchObject([
      { given: 'Ali', family: 'Hassan' },
      { given: 'Mohamed', family: 'Ali' },
    ]);

    // Mohamed Ali comes again, now posted to Jordan, and the registrar merges as suggested.
    const row = ['Mohamed', 'Ali', SHARED, 'Egyptian National Police', 'Jordan', ''];
    const report = await backend.call('imports.check', source(second, [row]));
    expect(report.duplicates).toMatchObject([
      { row: 2, reason: 'email', suggested: 'merge', existing: { personId: 2 } },
    ]);
    await backend.call('imports.run', { ...source(second, [row]), decisions: { '2': 'merge' } });

    expect(person(1)).toEqual({
      given: 'Ali',
      family: 'Hassan',
      country: 'EG',
      meetings: `${first}`,
    });
    expect(person(2)).toEqual({
      given: 'Mohamed',
      family: 'Ali',
      country: 'JO',
      meetings: `${first},${second}`,
    });
  });

  it('calls a known email under another name a conflict, which only the registrar can merge', async () => {
    const { backend, first, second, source, person } = await setup();
    await backend.call(
      'imports.run',
      source(first, [['Ali', 'Hassan', SHARED, 'Egyptian National Police', 'Egypt', '']]),
    );
    const rows = [['Mohamed', 'Ali', SHARED.toUpperCase(), 'Interpol', 'Jordan', '']];
    const report = await backend.call('imports.check', source(second, rows));
    expect(report.duplicates).toMatchObject([
      {
        reason: 'conflict',
        suggested: null,
        incoming: { name: 'Mohamed Ali', organisation: 'Interpol', countryCode: 'JO' },
        existing: { name: 'Ali Hassan', organisation: 'Egyptian National Police' },
      },
    ]);
    // Neither the defaults nor "merge all" settle it: the import waits for a decision.
    for (const duplicateDefault of [undefined, 'merge'] as const) {
      const reply = await backend.dispatch('imports.run', {
        ...source(second, rows),
        duplicateDefault,
      });
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'validation', message: 'imports.messages.duplicatesUndecided?count=1' },
      });
    }
    expect(person(1)).toMatchObject({ country: 'EG', meetings: `${first}` });
    await backend.call('imports.run', { ...source(second, rows), decisions: { '2': 'create' } });
    expect(person(2)).toMatchObject({ given: 'Mohamed', family: 'Ali', country: 'JO' });
    expect(person(1)).toMatchObject({ country: 'EG', meetings: `${first}` });
  });
});

describe('namesakes are not duplicates', () => {
  it('keeps both people by default when the same name comes with another email', async () => {
    const { backend, first, source } = await setup();
    const rows = [
      ['Mohamed', 'Ali', 'm.ali@police.example', 'Egyptian National Police', 'Egypt', ''],
      ['Mohamed', 'Ali', 'mohamed.ali@interieur.example', 'Police nationale', 'Niger', ''],
      ['ALI', 'Mohamed', 'M.Ali@Police.example', '', 'Egypt', ''],
    ];
    const report = await backend.call('imports.check', source(first, rows));
    expect(report.duplicates.map((d) => [d.row, d.reason, d.suggested, d.firstRow])).toEqual([
      [3, 'namesake', 'create', 2],
      [4, 'email', 'merge', 2],
    ]);
    const result = await backend.call('imports.run', source(first, rows));
    expect(result.batch).toMatchObject({ createdCount: 2, mergedCount: 1, skippedCount: 0 });
  });

  it('skips a row repeated cell for cell, and asks about a same name without email', async () => {
    const { backend, first, source } = await setup();
    const report = await backend.call(
      'imports.check',
      source(first, [
        ['Kofi', 'Mensah', '', 'Ghana Police Service', 'Ghana', ''],
        ['Kofi', 'Mensah', '', 'Ghana Police Service', 'Ghana', ''],
        ['Kofi', 'Mensah', '', 'Ghana Police Service', 'Ghana', 'Speaker'],
      ]),
    );
    expect(report.duplicates.map((d) => [d.row, d.reason, d.suggested])).toEqual([
      [3, 'identical', 'skip'],
      [4, 'name', null],
    ]);
  });
});
