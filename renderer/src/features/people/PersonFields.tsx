import { Checkbox, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { Control, FieldPath, FieldValues, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PersonInput } from '../../../../shared/api/people';
import { CountryField } from '../../ui/fields/CountryField';
import { LanguagesField } from '../../ui/fields/LanguagesField';
import { SelectField } from '../../ui/fields/SelectField';
import type { PersonOptions } from './use-person-options';

/** A field of the person form, named as the contract's PersonInput names it. */
export type PersonField = keyof z.input<typeof PersonInput> & string;

/** Where a screen words the person form its own way; labels keep each screen's accessible names. */
export interface PersonFieldsText {
  /** The i18n prefix of the labels ('participants.fields' or 'people.fields'). */
  labels: string;
  /** Help shown under a field. */
  hints?: Partial<Record<PersonField, string>>;
  organisationPlaceholder?: string;
  nothingFound?: string;
}

// The label keys that do not simply repeat the field's name.
const LABEL_KEYS: Partial<Record<PersonField, string>> = {
  organisationId: 'organisation',
  countryCode: 'country',
  nationalityCode: 'nationality',
};

interface Props<T extends FieldValues> {
  control: Control<T>;
  register: UseFormRegister<T>;
  /** Where a person field sits in this form: at its root, or under 'person.' beside other parts. */
  path(name: PersonField): FieldPath<T>;
  err(name: FieldPath<T>): string | undefined;
  options: PersonOptions;
  text: PersonFieldsText;
  /** The side panel is narrow: its columns come side by side sooner and sit closer. */
  layout: 'panel' | 'modal';
}

/** Who the person is: entered once, shared by every meeting they come to. */
export function PersonFields<T extends FieldValues>({
  control,
  register,
  path,
  err,
  options,
  text,
  layout,
}: Props<T>) {
  const { t } = useTranslation();
  const gap = layout === 'panel' ? 'sm' : 'md';
  const cols = (n: number) => (layout === 'panel' ? { base: 1, xs: n } : { base: 1, sm: n });
  // Everything a field needs by its name alone: the accessible name, its help, its error.
  const bits = (name: PersonField) => ({
    label: t(`${text.labels}.${LABEL_KEYS[name] ?? name}`),
    description: text.hints?.[name],
    error: err(path(name)),
  });
  const code = (name: PersonField) => ({ control, name: path(name), ...bits(name) });
  return (
    <Stack gap={gap}>
      <SimpleGrid cols={cols(3)} spacing={gap}>
        <TextInput {...bits('title')} {...register(path('title'))} />
        <TextInput {...bits('givenNames')} data-autofocus {...register(path('givenNames'))} />
        <TextInput {...bits('familyNames')} {...register(path('familyNames'))} />
      </SimpleGrid>
      <SimpleGrid cols={cols(2)} spacing={gap}>
        <TextInput type="email" {...bits('email')} {...register(path('email'))} />
        <TextInput type="tel" {...bits('phone')} {...register(path('phone'))} />
      </SimpleGrid>
      <SelectField
        numeric
        {...code('organisationId')}
        placeholder={text.organisationPlaceholder}
        nothingFoundMessage={text.nothingFound}
        searchable
        clearable
        limit={100}
        data={options.organisations}
      />
      <SimpleGrid cols={cols(2)} spacing={gap}>
        <TextInput {...bits('position')} {...register(path('position'))} />
        <SelectField {...code('gender')} clearable data={options.genders} />
        <CountryField {...code('countryCode')} nothingFoundMessage={text.nothingFound} />
        <CountryField {...code('nationalityCode')} nothingFoundMessage={text.nothingFound} />
      </SimpleGrid>
      <LanguagesField {...code('languages')} />
      <Textarea {...bits('notes')} autosize minRows={2} maxRows={6} {...register(path('notes'))} />
      <Checkbox {...bits('consentToList')} {...register(path('consentToList'))} />
    </Stack>
  );
}
