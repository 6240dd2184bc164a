import { useId } from 'react';
import {
  Checkbox,
  ColorSwatch,
  Divider,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Controller, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { SESSION_TYPES, type SessionType } from '../../../../shared/domain/agenda';
import { POLICE_REGIONS } from '../../../../shared/domain/people';
import { CountryField } from '../../ui/fields/CountryField';
import { SelectField } from '../../ui/fields/SelectField';
import { useOrganisationList } from '../organisations/organisations.store';
import type { SessionFormValues } from './session-form';
import { SessionPeopleField } from './SessionPeopleField';
import { SessionWhenFields } from './SessionWhenFields';
import { TrackField } from './TrackField';
import type { Registration } from './use-meeting-registrations';

interface Props {
  form: UseFormReturn<SessionFormValues>;
  err(name: FieldPath<SessionFormValues>): string | undefined;
  agenda: Agenda;
  registrations: ReadonlyMap<number, Registration>;
}

/** The type picker, each type with the colour it has on the grid. */
function TypeField({ form, err, agenda }: Omit<Props, 'registrations'>) {
  const { t } = useTranslation();
  const type = useWatch({ control: form.control, name: 'type' });
  const swatch = (value: string) => (
    <ColorSwatch color={agenda.typeColours[value as SessionType]} size={14} aria-hidden />
  );
  return (
    <SelectField
      control={form.control}
      name="type"
      label={t('agenda.session.fields.type')}
      allowDeselect={false}
      data={SESSION_TYPES.map((v) => ({ value: v, label: t(`agenda.sessionType.${v}`) }))}
      leftSection={type ? swatch(type) : null}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          {swatch(option.value)}
          <span>{option.label}</span>
        </Group>
      )}
      error={err('type')}
    />
  );
}

/** Who presents a case study: a country, an organisation, or both. */
function PresenterFields({ form, err }: Pick<Props, 'form' | 'err'>) {
  const { t } = useTranslation();
  const { list } = useOrganisationList();
  const organisations = list.map((o) => ({
    value: String(o.id),
    label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
  }));
  return (
    <SimpleGrid cols={2} spacing="sm">
      <CountryField
        control={form.control}
        name="presenterCountryCode"
        label={t('agenda.session.fields.presenterCountry')}
        error={err('presenterCountryCode')}
      />
      <SelectField
        control={form.control}
        name="presenterOrganisationId"
        numeric
        searchable
        clearable
        label={t('agenda.session.fields.presenterOrganisation')}
        data={organisations}
        nothingFoundMessage={t('agenda.session.nothingFound')}
        error={err('presenterOrganisationId')}
      />
    </SimpleGrid>
  );
}

/** Every field of a session, in the order an organiser fills them in. */
export function SessionFields({ form, err, agenda, registrations }: Props) {
  const { t } = useTranslation();
  const { control, register } = form;
  const [type, region, roomId, allRooms, country, organisation] = useWatch({
    control,
    name: [
      'type',
      'region',
      'roomId',
      'allRooms',
      'presenterCountryCode',
      'presenterOrganisationId',
    ],
  });
  const statusLabelId = useId();
  const room = allRooms ? undefined : agenda.rooms.find((r) => r.id === roomId);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('agenda.session.fields.title')}
        required
        error={err('title')}
        {...register('title')}
      />
      <TypeField form={form} err={err} agenda={agenda} />
      <SessionWhenFields form={form} err={err} agenda={agenda} />
      <Controller
        control={control}
        name="trackId"
        render={({ field }) => (
          <TrackField
            meetingId={agenda.meeting.id}
            value={field.value ?? null}
            onChange={field.onChange}
            error={err('trackId')}
          />
        )}
      />
      {(type === 'regional_workshop' || region) && (
        <SelectField
          control={control}
          name="region"
          clearable
          label={t('agenda.session.fields.region')}
          data={POLICE_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
          error={err('region')}
        />
      )}
      {(type === 'case_study' || country || organisation) && (
        <PresenterFields form={form} err={err} />
      )}
      <Controller
        control={control}
        name="tentative"
        render={({ field }) => (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={statusLabelId}>
              {t('agenda.session.fields.status')}
            </Text>
            <SegmentedControl
              aria-labelledby={statusLabelId}
              fullWidth
              value={field.value ? 'tentative' : 'confirmed'}
              onChange={(v) => field.onChange(v === 'tentative')}
              data={[
                { value: 'confirmed', label: t('agenda.session.confirmed') },
                { value: 'tentative', label: t('agenda.session.tentative') },
              ]}
            />
          </Stack>
        )}
      />
      <Textarea
        label={t('agenda.session.fields.description')}
        autosize
        minRows={2}
        maxRows={8}
        error={err('description')}
        {...register('description')}
      />
      <Divider />
      <SessionPeopleField
        meetingId={agenda.meeting.id}
        form={form}
        registrations={registrations}
        agendaPeople={agenda.people}
      />
      <Divider />
      <Controller
        control={control}
        name="expectedAudience"
        render={({ field }) => (
          <NumberInput
            label={t('agenda.session.fields.expectedAudience')}
            description={
              room?.capacity != null
                ? t('agenda.session.roomSeats', { room: room.name, count: room.capacity })
                : undefined
            }
            min={0}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            value={field.value ?? ''}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
            onBlur={field.onBlur}
            error={err('expectedAudience')}
          />
        )}
      />
      <Checkbox
        label={t('agenda.session.fields.restricted')}
        description={t('agenda.session.restrictedHint')}
        error={err('restricted')}
        {...register('restricted')}
      />
    </Stack>
  );
}
