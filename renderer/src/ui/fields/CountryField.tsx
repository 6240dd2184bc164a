import type { FieldValues } from 'react-hook-form';
import { useChoiceOptions } from '../use-choice-options';
import type { FieldProps } from './field-props';
import { SelectField, type SelectRest } from './SelectField';

/** A searchable, clearable country picker bound to a field holding an ISO code or null. */
export function CountryField<T extends FieldValues>(
  props: FieldProps<T> & Omit<SelectRest, 'data'>,
) {
  const { countries } = useChoiceOptions();
  return <SelectField searchable clearable data={countries} {...props} />;
}
