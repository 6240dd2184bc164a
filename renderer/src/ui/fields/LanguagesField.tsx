import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';
import { useChoiceOptions } from '../use-choice-options';
import type { FieldProps } from './field-props';

type MultiSelectRest = Omit<
  MultiSelectProps,
  'value' | 'onChange' | 'onBlur' | 'label' | 'error' | 'data'
>;

/** A searchable picker of several languages, bound to a field holding their codes. */
export function LanguagesField<T extends FieldValues>({
  control,
  name,
  ...select
}: FieldProps<T> & MultiSelectRest) {
  const { languages } = useChoiceOptions();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect
          searchable
          data={languages}
          {...select}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
