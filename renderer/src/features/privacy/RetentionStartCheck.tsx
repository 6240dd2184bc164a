import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useOperatorStore } from '../audit/operator.store';
import { RetentionReview } from './RetentionReview';

/**
 * At start, once the operator is known: if meetings are past their retention date, says so and
 * offers the review (nothing is anonymised without it).
 */
export function RetentionStartCheck() {
  const { t } = useTranslation();
  const settled = useOperatorStore((s) => s.settled);
  const [due, setDue] = useState<{ meetings: number; people: number } | null>(null);
  const [reviewing, setReviewing] = useState(false);

  useEffect(() => {
    if (!settled) return;
    void call('privacy.retentionPreview', {}).then((r) => {
      if (r.ok && r.value.meetings.length > 0)
        setDue({ meetings: r.value.meetings.length, people: r.value.anonymise.length });
    });
  }, [settled]);

  return (
    <>
      <Modal
        opened={due !== null && !reviewing}
        onClose={() => setDue(null)}
        title={t('privacy.start.title')}
        centered
      >
        <Stack>
          <Text size="sm">
            {t('privacy.start.meetings', { count: due?.meetings ?? 0 })}{' '}
            {t('privacy.start.people', { count: due?.people ?? 0 })}{' '}
            {t('privacy.start.nothingChanges')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDue(null)}>
              {t('privacy.start.later')}
            </Button>
            <Button onClick={() => setReviewing(true)}>{t('privacy.start.review')}</Button>
          </Group>
        </Stack>
      </Modal>
      <RetentionReview
        opened={reviewing}
        onClose={() => {
          setReviewing(false);
          setDue(null);
        }}
      />
    </>
  );
}
