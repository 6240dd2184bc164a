import { Alert, Stack, Text } from '@mantine/core';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParticipantFormValues } from './participant-form';
import { PersonPickList } from './PersonPickList';
import {
  useDirectorySearch,
  useRegisteredPeople,
  type DirectoryPerson,
} from './use-directory-search';

/** Fewer letters than this would match half the directory. */
const MIN_LENGTH = 3;

/**
 * While a new person's name is typed, shows who in the directory already has it, so that the
 * registrar registers them instead of entering a duplicate.
 */
export function DuplicateHint({
  form,
  onPick,
}: {
  form: UseFormReturn<ParticipantFormValues>;
  onPick(person: DirectoryPerson): void;
}) {
  const { t } = useTranslation();
  const registered = useRegisteredPeople();
  const [given, family] = useWatch({
    control: form.control,
    name: ['person.givenNames', 'person.familyNames'],
  });
  const name = `${given ?? ''} ${family ?? ''}`.trim();
  const { people } = useDirectorySearch(name.length >= MIN_LENGTH ? name : '', 5);
  return (
    <div aria-live="polite">
      {people.length > 0 && (
        <Alert color="yellow" title={t('participants.duplicates.title')}>
          <Stack gap="xs">
            <Text size="sm">{t('participants.duplicates.body')}</Text>
            <PersonPickList
              label={t('participants.duplicates.title')}
              people={people}
              registered={registered}
              onPick={onPick}
            />
          </Stack>
        </Alert>
      )}
    </div>
  );
}
