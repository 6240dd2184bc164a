import type { Control, FieldPath, FieldValues } from 'react-hook-form';

/** What every bound picker needs: the form, the field's path, its accessible name and its error. */
export interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  error?: string | undefined;
}
