import { describe, expect, it } from 'vitest';
import type { FieldErrors } from 'react-hook-form';
import { fieldError } from '../../../renderer/src/ui/errors';

interface Form {
  title: string;
  person: { email: string };
  rooms: { name: string }[];
}

describe("a form field's error", () => {
  const errors = {
    title: { type: 'server', message: 'Too long' },
    person: { email: { type: 'server', message: 'Not an address' } },
    rooms: [undefined, { name: { type: 'server', message: 'Taken' } }],
  } as unknown as FieldErrors<Form>;

  it('is found by its name, nested and in lists', () => {
    expect(fieldError(errors, 'title')).toBe('Too long');
    expect(fieldError(errors, 'person.email')).toBe('Not an address');
    expect(fieldError(errors, 'rooms.1.name')).toBe('Taken');
  });

  it('is undefined for a field without one, however deep', () => {
    expect(fieldError(errors, 'rooms.0.name')).toBeUndefined();
    expect(fieldError({} as FieldErrors<Form>, 'person.email')).toBeUndefined();
  });
});
