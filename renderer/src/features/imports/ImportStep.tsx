import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { rowCounts } from '../../../../shared/domain/imports';
import { useImportStore } from './imports.store';
import { JobProgress } from './JobProgress';
import { UndoImportButton } from './UndoImportButton';
import { blockers } from './readiness';
import { undoneText } from './import-messages';

/** Step 5: the dry-run summary, then the import itself, its progress, and its result. */
export function ImportStep({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const s = useImportStore();
  if (!s.report) return null;
  if (s.result) return <ImportDone meetingId={meetingId} />;
  const plan = rowCounts(s.report, s);
  const blocking = blockers(s.report, s);
  const busy = s.job !== null;

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="import-summary-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="import-summary-title">
            {t('imports.summary.title')}
          </Title>
          <List>
            <List.Item>{t('imports.summary.create', { count: plan.add })}</List.Item>
            {plan.merge > 0 && (
              <List.Item>{t('imports.summary.merge', { count: plan.merge })}</List.Item>
            )}
            {plan.skip > 0 && (
              <List.Item>{t('imports.summary.skip', { count: plan.skip })}</List.Item>
            )}
            <List.Item>
              {t('imports.summary.defaults', {
                status: t(`status.${s.defaultStatus}`),
                role: t(`role.${s.defaultRole}`),
              })}
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t('imports.summary.nothingYet')}
          </Text>
        </Stack>
      </Paper>
      {blocking.length > 0 && (
        <Alert color="orange" title={t('imports.check.beforeImport')}>
          {blocking.map((b) => t(b.key, { count: b.count })).join(' ')}
        </Alert>
      )}
      {busy ? (
        <JobProgress />
      ) : (
        <Group>
          <Button variant="default" onClick={() => s.goTo('check')}>
            {t('common.back')}
          </Button>
          <Button onClick={() => void s.run()} disabled={blocking.length > 0}>
            {t('imports.summary.run', { count: plan.add + plan.merge })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ImportDone({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const result = useImportStore((s) => s.result)!;
  const undone = useImportStore((s) => s.undone);
  const markUndone = useImportStore((s) => s.markUndone);
  const restart = useImportStore((s) => s.restart);
  const { batch } = result;
  return (
    <Stack>
      {undone ? (
        <Alert color="gray" title={t('imports.result.undoneTitle')} role="status">
          {undoneText(undone)}
        </Alert>
      ) : (
        <Alert
          color="green"
          icon={<IconCircleCheck size={18} aria-hidden />}
          title={t('imports.result.title')}
          role="status"
        >
          <List size="sm">
            <List.Item>{t('imports.summary.created', { count: batch.createdCount })}</List.Item>
            <List.Item>{t('imports.summary.merged', { count: batch.mergedCount })}</List.Item>
            <List.Item>{t('imports.summary.skipped', { count: batch.skippedCount })}</List.Item>
            <List.Item>{t('imports.result.registered', { count: result.registered })}</List.Item>
          </List>
        </Alert>
      )}
      <Group>
        <Button component={Link} href={`/meetings/${meetingId}/participants`}>
          {t('imports.result.view')}
        </Button>
        {!undone && (
          <UndoImportButton
            batchId={batch.id}
            variant="default"
            icon={<IconArrowBackUp size={16} aria-hidden />}
            onUndone={markUndone}
          />
        )}
        <Button variant="subtle" onClick={restart}>
          {t('imports.result.another')}
        </Button>
      </Group>
    </Stack>
  );
}
