import { useState, type Ref } from 'react';
import { DateInput } from '@mantine/dates';
import 'dayjs/locale/fr';
import { IconCalendar } from '@tabler/icons-react';
import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FIRST_ACCEPTED_DAY,
  LAST_ACCEPTED_DAY,
  formatDay,
  formatShortDay,
  isCalendarDay,
  isDayInAcceptedYears,
  parseTypedDay,
} from '../../../../shared/domain/time';
import type { FieldProps } from './field-props';

interface DayFieldOptions {
  /** What the form holds when the field is empty: '' for a required day, null for an optional one. */
  empty: '' | null;
  /** The month the calendar opens on while the field is empty (e.g. the last day opens on the first). */
  openAt?: string | null | undefined;
  withAsterisk?: boolean;
  clearable?: boolean;
  /** A line under the label that explains the field. */
  description?: string;
}

const isAccepted = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDay(value) && isDayInAcceptedYears(value);

/**
 * A calendar day ('yyyy-MM-dd') bound to a form field: typed the way people type it ('14/11/2026',
 * '14 nov. 2026') or picked in the calendar, shown in the UI language ('14 Nov 2026').
 *
 * What cannot be accepted stays in the box and reaches the form as typed, so the form's own rules
 * (the contract's) say why next to the field: text that is not a date, or a year out of range.
 */
export function DayField<T extends FieldValues>({
  control,
  name,
  ...options
}: FieldProps<T> & DayFieldOptions) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DayInput
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          {...options}
        />
      )}
    />
  );
}

interface Binding {
  value: unknown;
  onChange(value: string | null): void;
  onBlur(): void;
  inputRef: Ref<HTMLInputElement>;
}

function DayInput({
  value,
  onChange,
  onBlur,
  inputRef,
  label,
  error,
  empty,
  openAt,
  withAsterisk,
  clearable,
  description,
}: Binding & Omit<FieldProps<FieldValues>, 'control' | 'name'> & DayFieldOptions) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const accepted = isAccepted(value) ? value : null;
  // The month on show: the one the user moved to, else the day's own, else `openAt`'s.
  const [month, setMonth] = useState<string | null>(null);
  const shown = month ?? accepted ?? (isAccepted(openAt) ? openAt : undefined);
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      ref={inputRef}
      label={label}
      description={description}
      error={error}
      withAsterisk={withAsterisk}
      clearable={clearable}
      value={accepted}
      onChange={(day) => onChange(day ?? empty)}
      onInput={(event) => {
        const text = event.currentTarget.value;
        onChange(text.trim() === '' ? empty : (parseTypedDay(text, language) ?? text));
      }}
      onBlur={onBlur}
      popoverProps={{ onOpen: () => setCalendarOpen(true), onClose: () => setCalendarOpen(false) }}
      // While the calendar is open, Escape closes it and not the dialog or panel around the form.
      data-mantine-stop-propagation={calendarOpen || undefined}
      date={shown}
      onDateChange={setMonth}
      dateParser={(text) => parseTypedDay(text, language)}
      valueFormat={(day) => formatShortDay(day, language)}
      // A refused entry is left as typed, next to its message, rather than silently undone.
      fixOnBlur={accepted !== null}
      minDate={FIRST_ACCEPTED_DAY}
      maxDate={LAST_ACCEPTED_DAY}
      locale={language}
      firstDayOfWeek={1}
      placeholder={t('datePicker.placeholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearButtonProps={{ 'aria-label': t('datePicker.clear') }}
      getDayAriaLabel={(day) => formatDay(day, language)}
      ariaLabels={{
        previousMonth: t('datePicker.previousMonth'),
        nextMonth: t('datePicker.nextMonth'),
        previousYear: t('datePicker.previousYear'),
        nextYear: t('datePicker.nextYear'),
        previousDecade: t('datePicker.previousDecade'),
        nextDecade: t('datePicker.nextDecade'),
        monthLevelControl: t('datePicker.chooseMonth'),
        yearLevelControl: t('datePicker.chooseYear'),
      }}
    />
  );
}
