import { useId, useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { countryName } from '../../../../shared/domain/countries';
import { errorText } from '../../ui/errors';
import { useOrganisationList } from '../organisations/organisations.store';
import { useDirectorySearch, type DirectoryPerson } from '../participants/use-directory-search';
import type { AwardFormValues, RecipientKind } from './award-form';
import { SEARCH_SHOWN, SearchCombobox } from './SearchCombobox';

interface Props {
  form: UseFormReturn<AwardFormValues>;
  err(name: FieldPath<AwardFormValues>): string | undefined;
  kind: RecipientKind;
  onKind(kind: RecipientKind): void;
}

const nameOf = (p: DirectoryPerson) => [p.givenNames, p.familyNames].filter(Boolean).join(' ');

/** Finds someone in the people directory as you type. */
function PersonSearch({ onPick }: { onPick(person: DirectoryPerson): void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const { people, answered, error } = useDirectorySearch(query, SEARCH_SHOWN + 1);
  const typed = query.trim();
  return (
    <SearchCombobox
      label={t('agenda.forms.awards.findPerson')}
      placeholder={t('agenda.forms.awards.findPersonPlaceholder')}
      icon={<IconUserSearch size={16} aria-hidden />}
      query={query}
      onQuery={setQuery}
      results={people}
      keyOf={(p) => p.id}
      nameOf={nameOf}
      searching={typed !== '' && answered !== typed}
      error={error ? errorText(error) : undefined}
      noMatch={t('agenda.session.people.noMatch', { query: typed })}
      more={t('agenda.session.people.more', { count: SEARCH_SHOWN })}
      onPick={onPick}
      renderItem={(p) => (
        <div>
          <Text size="sm" fw={500}>
            {nameOf(p)}
          </Text>
          <Text size="xs" c="dimmed">
            {[p.organisationName, p.countryCode && countryName(p.countryCode, i18n.language)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
      )}
    />
  );
}

/** The award's recipient: an organisation, a person from the directory, or a name as typed. */
export function RecipientFields({ form, err, kind, onKind }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const { list } = useOrganisationList();
  const { setValue, register, control } = form;
  const [organisationId, personId, recipientName] = useWatch({
    control,
    name: ['recipientOrganisationId', 'recipientPersonId', 'recipientName'],
  });
  const set = <K extends FieldPath<AwardFormValues>>(
    name: K,
    value: AwardFormValues[K & keyof AwardFormValues],
  ) =>
    setValue(name, value as never, {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id={labelId}>
        {t('agenda.forms.awards.recipient')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={kind}
        onChange={(v) => onKind(v as RecipientKind)}
        data={(['organisation', 'person', 'name'] as const).map((k) => ({
          value: k,
          label: t(`agenda.forms.awards.kind.${k}`),
        }))}
      />
      {kind === 'organisation' && (
        <Select
          label={t('agenda.forms.awards.organisation')}
          placeholder={t('agenda.forms.awards.organisationPlaceholder')}
          searchable
          clearable
          data={list.map((o) => ({
            value: String(o.id),
            label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          }))}
          value={organisationId == null ? null : String(organisationId)}
          nothingFoundMessage={t('agenda.session.nothingFound')}
          onChange={(v) => {
            const org = list.find((o) => String(o.id) === v);
            set('recipientOrganisationId', org ? org.id : null);
            set('recipientName', org ? org.name : '');
          }}
          error={err('recipientOrganisationId')}
        />
      )}
      {kind === 'person' &&
        (personId != null ? (
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={500}>
                {recipientName}
              </Text>
              {err('recipientPersonId') && (
                <Text size="xs" c="red">
                  {err('recipientPersonId')}
                </Text>
              )}
            </div>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                set('recipientPersonId', null);
                set('recipientName', '');
              }}
            >
              {t('agenda.forms.awards.changePerson')}
            </Button>
          </Group>
        ) : (
          <PersonSearch
            onPick={(p) => {
              set('recipientPersonId', p.id);
              set('recipientName', nameOf(p));
            }}
          />
        ))}
      {kind === 'name' && (
        <TextInput
          label={t('agenda.forms.awards.recipientName')}
          description={t('agenda.forms.awards.recipientNameHint')}
          error={err('recipientName')}
          {...register('recipientName')}
        />
      )}
    </Stack>
  );
}
