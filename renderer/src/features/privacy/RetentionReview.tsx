import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../shared/api';
import { countryName } from '../../../../shared/domain/countries';
import { formatDay } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { IrreversibleConfirmation } from './IrreversibleConfirmation';

type Preview = Output<'privacy.retentionPreview'>;

/**
 * What the retention dates ask for now: the meetings past their date, who is anonymised, who is
 * kept and why; applied only once the user ticks that it cannot be undone.
 */
export function RetentionReview({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('privacy.retention.title')} size="xl">
      {opened && <ReviewBody onClose={onClose} />}
    </Modal>
  );
}

function ReviewBody({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = () =>
    void call('privacy.retentionPreview', {}).then((r) => {
      if (r.ok) setPreview(r.value);
      else setError(r.error);
    });
  useEffect(load, []);

  async function apply() {
    if (!preview) return;
    setBusy(true);
    const reply = await call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      setUnderstood(false);
      // The list changed meanwhile: show the new one, to be confirmed again.
      if (reply.error.code === 'conflict') load();
      return;
    }
    notifications.show({
      color: 'green',
      message: [
        t('privacy.retention.done', { count: reply.value.anonymised }),
        reply.value.registrationsCleared > 0
          ? t('privacy.retention.doneRegistrations', { count: reply.value.registrationsCleared })
          : '',
        reply.value.backup ? t('privacy.backupMade') : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
    onClose();
  }

  if (!preview) return error ? <Alert color="red">{errorText(error)}</Alert> : <Loader />;
  const nothing = preview.meetings.length === 0;
  const country = (code: string | null) => (code ? countryName(code, lang) : '');
  // With one meeting past its date, its title on every line says nothing.
  const manyMeetings = preview.meetings.length > 1;
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {errorText(error)}
        </Alert>
      )}
      {nothing ? (
        <Text>{t('privacy.retention.nothing')}</Text>
      ) : (
        <>
          <Title order={3} size="h5">
            {t('privacy.retention.meetings', { count: preview.meetings.length })}
          </Title>
          <List size="sm">
            {preview.meetings.map((m) => (
              <List.Item key={m.id}>
                {t('privacy.retention.meetingLine', {
                  title: m.title,
                  day: formatDay(m.retentionDate, lang),
                  count: m.participants,
                })}
              </List.Item>
            ))}
          </List>
          <Title order={3} size="h5">
            {t('privacy.retention.anonymise', { count: preview.anonymise.length })}
          </Title>
          {preview.anonymise.length > 0 && (
            <ScrollArea.Autosize mah={260} type="auto">
              <Table striped aria-label={t('privacy.retention.anonymiseTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('privacy.retention.name')}</Table.Th>
                    <Table.Th>{t('privacy.retention.organisation')}</Table.Th>
                    <Table.Th>{t('privacy.retention.country')}</Table.Th>
                    {manyMeetings && <Table.Th>{t('privacy.retention.meetingsOf')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.anonymise.map((p) => (
                    <Table.Tr key={p.personId}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{p.organisationName}</Table.Td>
                      <Table.Td>{country(p.countryCode)}</Table.Td>
                      {manyMeetings && <Table.Td>{p.meetings.join(', ')}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
          {preview.kept.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('privacy.retention.kept', { count: preview.kept.length })}
              </Title>
              <ScrollArea.Autosize mah={160} type="auto">
                <Table striped aria-label={t('privacy.retention.keptTable')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('privacy.retention.name')}</Table.Th>
                      <Table.Th>{t('privacy.retention.keptBy')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.kept.map((p) => (
                      <Table.Tr key={p.personId}>
                        <Table.Td>{p.name}</Table.Td>
                        <Table.Td>{p.keptBy.join(', ')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </>
          )}
          <Text size="sm">
            {t('privacy.retention.cleared', { count: preview.registrationsCleared })}{' '}
            {t('privacy.retention.stays')}
          </Text>
          <IrreversibleConfirmation
            color="orange"
            backupFirst={preview.backupFirst}
            kind="beforeRetention"
            understood={understood}
            onUnderstood={setUnderstood}
          />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t(nothing ? 'common.close' : 'common.cancel')}
        </Button>
        {!nothing && (
          <Button color="red" disabled={!understood} loading={busy} onClick={() => void apply()}>
            {t('privacy.retention.apply', { count: preview.anonymise.length })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
