import { useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Combobox, Group, Text, useCombobox } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { normaliseName } from '../../../../shared/domain/people';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
  count?: number;
}

interface Props<V extends string> {
  label: string;
  /** Called when the list opens, so closed filters cost nothing while thousands of rows load. */
  getOptions(): FilterOption<V>[];
  value: V[];
  onChange(value: V[]): void;
  searchable?: boolean;
}

/**
 * A compact multi-select filter: a button that shows how many values are picked, opening a list of
 * checkable options (searchable for long lists such as countries). Keeps the toolbar on one line
 * where five MultiSelects full of pills would not fit.
 */
export function FilterPicker<V extends string>(props: Props<V>) {
  const { label, getOptions, value, onChange, searchable } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => {
      if (searchable) combobox.focusSearchInput();
    },
  });
  const picked = new Set<string>(value);

  return (
    <Combobox
      store={combobox}
      keepMounted={false}
      width={280}
      position="bottom-start"
      onOptionSubmit={(v) => {
        const next = picked.has(v) ? value.filter((x) => x !== v) : [...value, v as V];
        onChange(next);
      }}
    >
      <Combobox.Target targetType="button">
        <Button
          variant={value.length ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          onClick={() => combobox.toggleDropdown()}
          aria-expanded={combobox.dropdownOpened}
          aria-label={
            value.length
              ? t('participants.filters.active', { label, count: value.length })
              : t('participants.filters.named', { label })
          }
        >
          {label}
          {value.length > 0 && (
            <Badge size="xs" circle ms={6} aria-hidden>
              {value.length}
            </Badge>
          )}
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        {searchable && (
          <Combobox.Search
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            placeholder={t('participants.filters.search')}
            aria-label={t('participants.filters.searchIn', { label })}
          />
        )}
        <OptionList label={label} getOptions={getOptions} search={search} picked={picked} />
        {value.length > 0 && (
          <Combobox.Footer>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([])}>
              {t('participants.filters.reset')}
            </Button>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}

function OptionList<V extends string>(props: {
  label: string;
  getOptions(): FilterOption<V>[];
  search: string;
  picked: ReadonlySet<string>;
}) {
  const { label, getOptions, search, picked } = props;
  const { t } = useTranslation();
  const options = useMemo(() => getOptions(), [getOptions]);
  const needle = normaliseName(search);
  const shown = needle ? options.filter((o) => normaliseName(o.label).includes(needle)) : options;
  return (
    <Combobox.Options aria-label={label} mah={300} style={{ overflowY: 'auto' }}>
      {shown.length === 0 && <Combobox.Empty>{t('participants.filters.noOptions')}</Combobox.Empty>}
      {shown.map((o) => (
        <Combobox.Option key={o.value} value={o.value} selected={picked.has(o.value)}>
          <Group gap="sm" wrap="nowrap">
            <Checkbox
              size="xs"
              checked={picked.has(o.value)}
              onChange={() => {}}
              tabIndex={-1}
              aria-hidden
              style={{ pointerEvents: 'none' }}
            />
            <Text size="sm" style={{ flex: 1 }}>
              {o.label}
            </Text>
            {o.count !== undefined && (
              <Text size="xs" c="dimmed" aria-hidden>
                {o.count}
              </Text>
            )}
          </Group>
        </Combobox.Option>
      ))}
    </Combobox.Options>
  );
}
