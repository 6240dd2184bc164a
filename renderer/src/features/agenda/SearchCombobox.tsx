import type { ReactNode } from 'react';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';

/** Enough to find anyone in a keystroke or three; more means the search should be narrower. */
const SHOWN = 12;

interface Props<T> {
  label: string;
  placeholder?: string;
  icon?: ReactNode;
  query: string;
  onQuery(query: string): void;
  /** What the backend found for the query typed (already narrowed and ordered). */
  results: readonly T[];
  keyOf(item: T): number;
  /** The option's accessible name (the person's or organisation's name). */
  nameOf(item: T): string;
  renderItem(item: T): ReactNode;
  /** True while the answer for the typed query is on its way. */
  searching: boolean;
  error?: string;
  noMatch: string;
  more: string;
  onPick(item: T): void;
}

/**
 * A search box whose results drop down as you type and are picked by mouse or keyboard (↓, ↑,
 * Enter): the one pattern for finding a participant or a person among hundreds.
 */
export function SearchCombobox<T>(props: Props<T>) {
  const { query, results, searching } = props;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const typed = query.trim();
  const byKey = new Map(results.map((r) => [String(props.keyOf(r)), r]));
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const picked = byKey.get(value);
        if (picked !== undefined) props.onPick(picked);
        props.onQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={props.label}
          placeholder={props.placeholder}
          leftSection={props.icon}
          rightSection={searching ? <Loader size={14} aria-hidden /> : null}
          value={query}
          error={props.error}
          onChange={(e) => {
            props.onQuery(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => typed && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={typed === '' || (searching && results.length === 0)}>
        <Combobox.Options aria-label={props.label}>
          {results.slice(0, SHOWN).map((item) => (
            <Combobox.Option
              value={String(props.keyOf(item))}
              key={props.keyOf(item)}
              aria-label={props.nameOf(item)}
            >
              {props.renderItem(item)}
            </Combobox.Option>
          ))}
          {!searching && results.length === 0 && <Combobox.Empty>{props.noMatch}</Combobox.Empty>}
          {results.length > SHOWN && (
            <Text size="xs" c="dimmed" px="sm" py={4}>
              {props.more}
            </Text>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** How many results a search box shows at most. */
export const SEARCH_SHOWN = SHOWN;
