import { describe, expect, it } from 'vitest';
import { fromStored, scrubChanges, toStored } from '../../shared/domain/audit';
import { auditChangeText, auditSubjectText } from '../../shared/domain/audit-text';

const t = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}${JSON.stringify(params)}` : key;

describe('audit changes', () => {
  it('reads the whole-row form of a creation without its empty values', () => {
    expect(
      fromStored({ a: { givenNames: 'Awa', email: '', gender: null, visaLetter: 0 } }),
    ).toEqual([{ field: 'givenNames', before: null, after: 'Awa' }]);
    expect(fromStored({ b: { status: 'confirmed' } })).toEqual([
      { field: 'status', before: 'confirmed', after: null },
    ]);
  });

  it('takes personal values out, keeping what changed and the figures', () => {
    const changes = fromStored([
      { f: 'email', b: 'a@x.org', a: 'b@x.org' },
      { f: 'status', b: 'invited', a: 'confirmed' },
      { f: 'somethingNew', b: 'x', a: 'y' },
    ]);
    expect(toStored(scrubChanges(changes))).toEqual([
      { f: 'email', x: 1 },
      { f: 'status', b: 'invited', a: 'confirmed' },
      { f: 'somethingNew', x: 1 },
    ]);
    expect(scrubChanges(changes, true).every((c) => c.removed)).toBe(true);
  });

  it('words a change and what an entry is about', () => {
    expect(auditChangeText({ field: 'start', before: 540, after: 660 }, t, 'en')).toBe(
      'audit.changeFromTo{"field":"audit.field.start","before":"09:00","after":"11:00"}',
    );
    expect(
      auditChangeText({ field: 'email', before: null, after: null, removed: true }, t, 'en'),
    ).toBe('audit.change{"field":"audit.field.email","value":"audit.removedValue"}');
    expect(
      auditSubjectText(
        {
          entity: 'person',
          action: 'update',
          via: '',
          label: '',
          personId: 7,
          scrubbed: true,
          changes: [],
        },
        t,
      ),
    ).toBe('audit.entity.person · audit.removedPerson{"id":7}');
  });
});
