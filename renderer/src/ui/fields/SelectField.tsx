import { Select, type SelectProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';
import type { FieldProps } from './field-props';

/** Select's own props, less those the form binding supplies. */
export type SelectRest = Omit<SelectProps, 'value' | 'onChange' | 'onBlur' | 'label' | 'error'>;

interface Numeric {
  /** The field holds a numeric id (an organisation, a parent meeting): Select itself speaks strings. */
  numeric?: boolean;
}

/** A Select bound to a form field that holds a string (a code, an enum value), a number or null. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  numeric = false,
  ...select
}: FieldProps<T> & SelectRest & Numeric) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = field.value as string | number | null | undefined;
        return (
          <Select
            {...select}
            value={value != null ? String(value) : null}
            onChange={(v) => field.onChange(numeric && v !== null ? Number(v) : v)}
            onBlur={field.onBlur}
          />
        );
      }}
    />
  );
}
