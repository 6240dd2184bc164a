import { useRef } from 'react';
import { Alert, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/errors';
import { PersonPickList } from './PersonPickList';
import {
  useDirectorySearch,
  useRegisteredPeople,
  type DirectoryPerson,
} from './use-directory-search';

/** Enough to find anyone in a keystroke or three; more means the search should be narrower. */
const SHOWN = 20;

interface Props {
  query: string;
  onQuery(query: string): void;
  onPick(person: DirectoryPerson): void;
  onNew(): void;
}

/** The first step of adding someone: look in the directory, so nobody is entered twice. */
export function PersonPicker({ query, onQuery, onPick, onNew }: Props) {
  const { t } = useTranslation();
  const registered = useRegisteredPeople();
  // One more than shown tells whether there are more.
  const { people, answered, error } = useDirectorySearch(query, SHOWN + 1);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const typed = query.trim();
  const searching = typed !== '' && answered !== typed;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('participants.pick.hint')}
      </Text>
      <TextInput
        ref={input}
        type="search"
        label={t('participants.pick.search')}
        placeholder={t('participants.pick.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={searching ? <Loader size={14} aria-hidden /> : null}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          list.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
        }}
        data-autofocus
        autoFocus
      />
      {error && <Alert color="red">{errorText(error)}</Alert>}
      {/* Announced when a search settles, not at every keystroke. */}
      <div aria-live="polite">
        {typed !== '' && answered === typed && people.length === 0 && !error && (
          <Text size="sm">{t('participants.pick.noMatch', { query: typed })}</Text>
        )}
        {people.length > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('participants.pick.more', { count: SHOWN })}
          </Text>
        )}
      </div>
      {people.length > 0 && (
        <PersonPickList
          label={t('participants.pick.results')}
          people={people.slice(0, SHOWN)}
          registered={registered}
          onPick={onPick}
          onLeaveTop={() => input.current?.focus()}
          listRef={list}
        />
      )}
      <div>
        <Button
          variant="light"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={onNew}
        >
          {t('participants.pick.newPerson')}
        </Button>
      </div>
    </Stack>
  );
}
