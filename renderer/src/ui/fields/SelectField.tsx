import { Select, type SelectProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';
import type { FieldProps } from './field-props';

/** Select's own props, less those the form binding supplies. */
export type SelectRest = Omit<SelectProps, 'value' | 'onChange' | 'onBlur' | 'label' | 'error'>;

/** A Select bound to a form field that holds a string (a code, an enum value) or null. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  ...select
}: FieldProps<T> & SelectRest) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...select}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(v) => field.onChange(v)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/** A Select bound to a form field that holds a numeric id or null (Select itself speaks strings). */
export function IdSelectField<T extends FieldValues>({
  control,
  name,
  ...select
}: FieldProps<T> & SelectRest) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const id = field.value as number | null | undefined;
        return (
          <Select
            {...select}
            value={id != null ? String(id) : null}
            onChange={(v) => field.onChange(v === null ? null : Number(v))}
            onBlur={field.onBlur}
          />
        );
      }}
    />
  );
}
