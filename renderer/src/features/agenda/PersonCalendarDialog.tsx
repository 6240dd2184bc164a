import { useMemo, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Agenda, ApiError } from '../../../../shared/api';
import { FormAlert } from '../../ui/FormAlert';
import { exportErrorText } from './use-programme-export';

export interface PersonCalendarDialogProps {
  opened: boolean;
  agenda: Agenda;
  busy: boolean;
  onClose(): void;
  /** Downloads the person's calendar; resolves to the error when it was refused. */
  onExport(registrationId: number): Promise<ApiError | null>;
}

/** Everyone with a role on a session, by name, with their organisation and how many sessions. */
function personOptions(agenda: Agenda, t: TFunction, language: string) {
  const counts = new Map<number, number>();
  for (const s of agenda.sessions)
    for (const p of s.people) counts.set(p.registrationId, (counts.get(p.registrationId) ?? 0) + 1);
  return agenda.people
    .filter((p) => counts.has(p.registrationId))
    .sort((a, b) => a.name.localeCompare(b.name, language))
    .map((p) => ({
      value: String(p.registrationId),
      label: [
        p.name,
        p.organisationName,
        t('agenda.export.personSessions', { count: counts.get(p.registrationId) }),
      ]
        .filter(Boolean)
        .join(' · '),
    }));
}

/** Picks one of the people who have a role on a session, and downloads their own calendar. */
export function PersonCalendarDialog(props: PersonCalendarDialogProps) {
  const { t, i18n } = useTranslation();
  const { agenda } = props;
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language;
  const options = useMemo(() => personOptions(agenda, t, language), [agenda, t, language]);

  const close = () => {
    setChosen(null);
    setError(null);
    props.onClose();
  };

  async function download() {
    if (!chosen) return;
    setError(null);
    const failed = await props.onExport(Number(chosen));
    if (failed) setError(exportErrorText(failed));
    else close();
  }

  return (
    <Modal opened={props.opened} onClose={close} title={t('agenda.export.personTitle')} centered>
      <Stack>
        <Select
          label={t('agenda.export.personLabel')}
          placeholder={t('agenda.export.personPlaceholder')}
          description={t('agenda.export.personHint')}
          data={options}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setError(null);
          }}
          searchable
          nothingFoundMessage={t('common.none')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <FormAlert message={error} />
        {options.length === 0 && <Text c="dimmed">{t('agenda.export.empty')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void download()} disabled={!chosen} loading={props.busy}>
            {t('agenda.export.personDownload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
