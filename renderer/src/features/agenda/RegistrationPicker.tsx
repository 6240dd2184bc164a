import { useMemo, useState } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/domain/people';
import { countryName } from '../../../../shared/domain/countries';
import { errorText } from '../../ui/errors';
import { STATUS_COLOURS } from '../participants/participant-labels';
import { SEARCH_SHOWN, SearchCombobox } from './SearchCombobox';
import { useRegistrationSearch, type Registration } from './use-meeting-registrations';

interface Props {
  meetingId: number;
  registrations: ReadonlyMap<number, Registration>;
  /** Already on the session: not offered again. */
  assigned: ReadonlySet<number>;
  onPick(registration: Registration): void;
}

/** The name as the agenda writes it (given names first, without title). */
export function registrationName(r: Registration): string {
  return displayName({ givenNames: r.givenNames, familyNames: r.familyNames });
}

/** The line under a name: organisation and country, so two namesakes can be told apart. */
export function registrationDetail(r: Registration, language: string): string {
  const organisation = r.organisationAcronym || r.organisationName;
  const country = r.countryCode ? countryName(r.countryCode, language) : '';
  return [organisation, country].filter(Boolean).join(' · ');
}

/** Finds a participant of the meeting as you type (name, organisation, email, country). */
export function RegistrationPicker({ meetingId, registrations, assigned, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useRegistrationSearch(meetingId, query);
  const typed = query.trim();

  const matches = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return found.ids
      .filter((id) => !assigned.has(id))
      .map((id) => registrations.get(id))
      .filter((r): r is Registration => r !== undefined)
      .sort(
        (a, b) =>
          collator.compare(a.familyNames, b.familyNames) ||
          collator.compare(a.givenNames, b.givenNames),
      );
  }, [found.ids, assigned, registrations, i18n.language]);

  return (
    <SearchCombobox
      label={t('agenda.session.people.add')}
      placeholder={t('agenda.session.people.addPlaceholder')}
      icon={<IconUserPlus size={16} aria-hidden />}
      query={query}
      onQuery={setQuery}
      results={matches}
      keyOf={(r) => r.id}
      nameOf={registrationName}
      searching={typed !== '' && found.answered !== typed}
      error={found.error ? errorText(found.error) : undefined}
      noMatch={t('agenda.session.people.noMatch', { query: typed })}
      more={t('agenda.session.people.more', { count: SEARCH_SHOWN })}
      onPick={onPick}
      renderItem={(r) => (
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <div>
            <Text size="sm" fw={500}>
              {registrationName(r)}
            </Text>
            <Text size="xs" c="dimmed">
              {registrationDetail(r, i18n.language)}
            </Text>
          </div>
          <Badge size="xs" variant="light" color={STATUS_COLOURS[r.status]}>
            {t(`status.${r.status}`)}
          </Badge>
        </Group>
      )}
    />
  );
}
