import { useId, useMemo } from 'react';
import { ActionIcon, Badge, Group, NativeSelect, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Agenda } from '../../../../shared/api';
import { SESSION_PERSON_ROLES, type SessionPersonRole } from '../../../../shared/domain/agenda';
import { fieldError } from '../../ui/errors';
import { STATUS_COLOURS } from '../participants/participant-labels';
import { RegistrationPicker, registrationDetail, registrationName } from './RegistrationPicker';
import type { SessionFormValues } from './session-form';
import type { Registration } from './use-meeting-registrations';
import classes from './agenda-forms.module.css';

interface Props {
  meetingId: number;
  form: UseFormReturn<SessionFormValues>;
  registrations: ReadonlyMap<number, Registration>;
  /** Names of people already on sessions, while the registrations are loading. */
  agendaPeople: Agenda['people'];
}

/** A person newly picked gets the role their registration suggests. */
function defaultRole(r: Registration): SessionPersonRole {
  return r.role === 'chair' ? 'chair' : 'speaker';
}

/** The session's people with their role: picked from the registrations, reordered, removed. */
export function SessionPeopleField({ meetingId, form, registrations, agendaPeople }: Props) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const { control, register, formState } = form;
  const errors = formState.errors;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'people' });
  const watched = useWatch({ control, name: 'people' });
  const people = useMemo(() => watched ?? [], [watched]);
  const assigned = useMemo(() => new Set(people.map((p) => p.registrationId)), [people]);
  const roleOptions = SESSION_PERSON_ROLES.map((r) => ({
    value: r,
    label: t(`agenda.personRole.${r}`),
  }));
  const listError = fieldError(errors, 'people');

  function describe(registrationId: number) {
    const r = registrations.get(registrationId);
    if (r)
      return {
        name: registrationName(r),
        detail: registrationDetail(r, i18n.language),
        status: r.status,
      };
    const known = agendaPeople.find((p) => p.registrationId === registrationId);
    return {
      name: known?.name ?? '…',
      detail: known?.organisationName ?? '',
      status: known?.status,
    };
  }

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id={labelId}>
        {t('agenda.session.people.label')}
      </Text>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agenda.session.people.none')}
        </Text>
      ) : (
        <ul className={classes.people} aria-labelledby={labelId}>
          {fields.map((field, i) => {
            const person = describe(people[i]?.registrationId ?? 0);
            const rowError = fieldError(errors, `people.${i}.registrationId`);
            return (
              <li key={field.id} className={classes.person}>
                <div className={classes.personName}>
                  <Text size="sm" fw={500} truncate>
                    {person.name}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    {person.status && (
                      <Badge
                        size="xs"
                        variant="light"
                        color={STATUS_COLOURS[person.status]}
                        style={{ flexShrink: 0 }}
                      >
                        {t(`status.${person.status}`)}
                      </Badge>
                    )}
                    <Text size="xs" c={rowError ? 'red' : 'dimmed'} truncate>
                      {rowError ?? person.detail}
                    </Text>
                  </Group>
                </div>
                <NativeSelect
                  size="xs"
                  w={160}
                  aria-label={t('agenda.session.people.roleOf', { name: person.name })}
                  data={roleOptions}
                  {...register(`people.${i}.role`)}
                />
                <Group gap={2} wrap="nowrap">
                  <Tooltip label={t('agenda.session.people.up')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === 0}
                      aria-label={t('agenda.session.people.moveUp', { name: person.name })}
                      onClick={() => move(i, i - 1)}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('agenda.session.people.down')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={i === fields.length - 1}
                      aria-label={t('agenda.session.people.moveDown', { name: person.name })}
                      onClick={() => move(i, i + 1)}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('agenda.session.people.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('agenda.session.people.removeNamed', { name: person.name })}
                      onClick={() => remove(i)}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </li>
            );
          })}
        </ul>
      )}
      {listError && (
        <Text size="xs" c="red" role="alert">
          {listError}
        </Text>
      )}
      <RegistrationPicker
        meetingId={meetingId}
        registrations={registrations}
        assigned={assigned}
        onPick={(r) => append({ registrationId: r.id, role: defaultRole(r) })}
      />
    </Stack>
  );
}
