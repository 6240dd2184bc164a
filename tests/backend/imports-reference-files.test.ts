import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { createMeeting, file } from './imports-fixtures';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const fixture = (name: string) =>
  file(name, new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))));

/** The committed sample spreadsheets import as a registrar would import them. */
describe('the reference meetings’ spreadsheets', () => {
  it.each([
    ['specialists-group-participants.csv', 'utf-8-bom', ','],
    ['specialists-group-participants.xlsx', null, null],
  ])(
    '%s: English headers, one old country name, one person sent twice',
    async (name, encoding, delimiter) => {
      const backend = testBackend();
      const meetingId = await createMeeting(backend);
      const source = { meetingId, file: fixture(name) };
      const inspected = await backend.call('imports.inspect', source);
      expect(inspected).toMatchObject({ encoding, delimiter, rowCount: 231 });
      expect(Object.keys(inspected.mapping)).toHaveLength(inspected.headers.length);
      const report = await backend.call('imports.check', { ...source, mapping: inspected.mapping });
      expect(report).toMatchObject({ validCount: 231, errorCount: 0, warningCount: 0 });
      expect(report.countries).toEqual([
        expect.objectContaining({ value: 'Upper Volta', count: 1 }),
      ]);
      expect(report.duplicates).toEqual([
        expect.objectContaining({ row: 233 - 1, kind: 'file', reason: 'email', firstRow: 42 }),
      ]);
      const result = await backend.call('imports.run', {
        ...source,
        mapping: inspected.mapping,
        countryAnswers: { 'Upper Volta': 'BF' },
        decisions: { '232': 'merge' },
      });
      expect(result.batch).toMatchObject({ createdCount: 230, mergedCount: 1 });
    },
  );

  it.each([
    ['working-group-participants.csv', 'windows-1252', ';'],
    ['working-group-participants.xlsx', null, null],
  ])(
    '%s: French headers, read after the Lyon list, finds the people at both',
    async (name, encoding, delimiter) => {
      const backend = testBackend();
      const lyon = await createMeeting(backend);
      await backend.call('imports.run', {
        meetingId: lyon,
        file: fixture('specialists-group-participants.csv'),
        mapping: (
          await backend.call('imports.inspect', {
            meetingId: lyon,
            file: fixture('specialists-group-participants.csv'),
          })
        ).mapping,
        countryAnswers: { 'Upper Volta': 'BF' },
        duplicateDefault: 'merge',
      });
      const meetingId = await createMeeting(backend);
      const source = { meetingId, file: fixture(name) };
      const inspected = await backend.call('imports.inspect', source);
      expect(inspected).toMatchObject({ encoding, delimiter, rowCount: 101 });
      expect(inspected.headers.slice(0, 3)).toEqual(['Civilité', 'Prénom', 'Nom']);
      expect(inspected.preview[0]?.[8]).toBe('Forces de l’ordre / administration');
      const report = await backend.call('imports.check', { ...source, mapping: inspected.mapping });
      expect(report).toMatchObject({ validCount: 101, errorCount: 0, warningCount: 0 });
      expect(report.countries.map((c) => c.value)).toEqual(['Dahomey']);
      const existing = report.duplicates.filter((d) => d.kind === 'existing');
      expect(existing).toHaveLength(18);
      expect(existing.every((d) => d.reason === 'email' && d.existing?.registered === false)).toBe(
        true,
      );
      expect(report.duplicates.filter((d) => d.kind === 'file')).toEqual([
        expect.objectContaining({ row: 102, firstRow: 32 }),
      ]);
    },
  );
});
