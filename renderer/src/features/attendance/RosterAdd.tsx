import { useEffect, useState } from 'react';
import { Button, Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { countryName } from '../../../../shared/domain/countries';
import { call } from '../../lib/api';

type Match = Output<'attendance.find'>['matches'][number];

/** Finds anyone of the meeting (three letters of a name, organisation or country) to tick on the roster. */
export function RosterAdd(props: {
  meetingId: number;
  sessionId: number;
  onTick(registrationId: number, name: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (query.trim().length < 3) return setMatches([]);
      void call('attendance.find', {
        meetingId: props.meetingId,
        day: null,
        sessionId: props.sessionId,
        query,
      }).then((r) => {
        if (!live || !r.ok) return;
        setMatches(r.value.matches);
        combobox.openDropdown();
      });
    }, 100);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // combobox is a stable store object for this component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, props.meetingId, props.sessionId]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const m = matches.find((x) => String(x.registrationId) === value);
        if (m && !m.checkedInAt) props.onTick(m.registrationId, m.name);
        setQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          w={340}
          label={t('attendance.roster.add')}
          placeholder={t('attendance.roster.addPlaceholder')}
          leftSection={<IconUserPlus size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onFocus={() => matches.length && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={matches.length === 0}>
        <Combobox.Options aria-label={t('attendance.roster.add')}>
          {matches.map((m) => (
            <Combobox.Option
              key={m.registrationId}
              value={String(m.registrationId)}
              disabled={!!m.checkedInAt}
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600}>
                    {m.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      m.organisationName,
                      m.countryCode && countryName(m.countryCode, i18n.language),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </div>
                {m.checkedInAt ? (
                  <Text size="xs" c="teal.8">
                    {t('attendance.roster.alreadyTicked')}
                  </Text>
                ) : (
                  <Button component="span" size="compact-xs" variant="light">
                    {t('attendance.roster.tick')}
                  </Button>
                )}
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
