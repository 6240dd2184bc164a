import { Badge, Button, Checkbox, Combobox, Group, Text, useCombobox } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface FilterChoice {
  value: string;
  label: string;
  /** A colour swatch shown before the label (session types). */
  colour?: string;
}

interface Props {
  label: string;
  choices: readonly FilterChoice[];
  value: readonly string[];
  onChange(value: string[]): void;
}

/**
 * A compact multi-choice filter: a button saying how many values are picked, opening a list of
 * checkable choices, so three filters fit on the toolbar beside the view switch.
 */
export function FilterMenu({ label, choices, value, onChange }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const picked = new Set(value);
  return (
    <Combobox
      store={combobox}
      width={260}
      position="bottom-start"
      keepMounted={false}
      onOptionSubmit={(v) => onChange(picked.has(v) ? value.filter((x) => x !== v) : [...value, v])}
    >
      <Combobox.Target targetType="button">
        <Button
          variant={value.length ? 'light' : 'default'}
          size="sm"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          onClick={() => combobox.toggleDropdown()}
          aria-expanded={combobox.dropdownOpened}
          aria-label={
            value.length
              ? t('agenda.grid.filter.active', { label, count: value.length })
              : t('agenda.grid.filter.named', { label })
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
        <Combobox.Options aria-label={label} mah={320} style={{ overflowY: 'auto' }}>
          {choices.length === 0 && <Combobox.Empty>{t('agenda.grid.filter.none')}</Combobox.Empty>}
          {choices.map((c) => (
            <Combobox.Option key={c.value} value={c.value} selected={picked.has(c.value)}>
              <Group gap="sm" wrap="nowrap">
                <Checkbox
                  size="xs"
                  checked={picked.has(c.value)}
                  onChange={() => {}}
                  tabIndex={-1}
                  aria-hidden
                  style={{ pointerEvents: 'none' }}
                />
                {c.colour && (
                  <span
                    aria-hidden
                    style={{
                      inlineSize: 10,
                      blockSize: 10,
                      borderRadius: 3,
                      background: c.colour,
                      flex: 'none',
                    }}
                  />
                )}
                <Text size="sm" style={{ flex: 1 }}>
                  {c.label}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
        {value.length > 0 && (
          <Combobox.Footer>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([])}>
              {t('agenda.grid.filter.reset')}
            </Button>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
