import { useState, type KeyboardEvent } from 'react';
import { TextInput } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMinute, MINUTES_PER_DAY } from '../../../../shared/domain/agenda';
import { parseTypedTime, stepTime } from './typed-time';

interface Props {
  label: string;
  /** Minutes after midnight; NaN while the text typed is not a time. */
  value: number;
  onChange(minute: number): void;
  onBlur?(): void;
  /** The form's message for this field (already translated). */
  error?: string;
  /** The grid's snapping step: the arrow keys move to the previous or next multiple. */
  step: number;
}

const textOf = (minute: number) => (Number.isFinite(minute) ? formatMinute(minute) : '');

/**
 * A 24-hour time field: typed as people type times ('930', '9h30', '09:30'), shown as HH:mm once
 * left; ↑/↓ move to the next step of the grid, Page Up/Down by an hour. Every locale sees 24 h.
 */
export function TimeField({ label, value, onChange, onBlur, error, step }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => textOf(value));
  // A value changed from outside (a reset, a drag in the grid) replaces what the field shows,
  // unless it is the value the text already says.
  const [shown, setShown] = useState(value);
  if (shown !== value && !(Number.isNaN(shown) && Number.isNaN(value))) {
    setShown(value);
    if (parseTypedTime(text) !== value) setText(textOf(value));
  }
  const invalid = text.trim() !== '' && parseTypedTime(text) === null;

  function set(minute: number) {
    setText(formatMinute(minute));
    setShown(minute);
    onChange(minute);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const current = parseTypedTime(text);
    if (current === null) return;
    const moves: Record<string, () => number> = {
      ArrowUp: () => stepTime(current, step, 1),
      ArrowDown: () => stepTime(current, step, -1),
      // An hour exactly, keeping the minutes: 09:10 → 10:10.
      PageUp: () => Math.min(MINUTES_PER_DAY, current + 60),
      PageDown: () => Math.max(0, current - 60),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    set(move());
  }

  return (
    <TextInput
      label={label}
      value={text}
      placeholder="HH:mm"
      inputMode="numeric"
      autoComplete="off"
      leftSection={<IconClock size={16} aria-hidden />}
      error={invalid ? t('errors.invalidTime') : error}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const minute = parseTypedTime(typed) ?? Number.NaN;
        setShown(minute);
        onChange(minute);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        const minute = parseTypedTime(text);
        if (minute !== null) setText(formatMinute(minute));
        onBlur?.();
      }}
    />
  );
}
