import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { planSummary } from '../../../../shared/domain/imports';
import { ROLES, STATUSES, type Role, type Status } from '../../../../shared/domain/people';
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
  const plan = planSummary(s.report, s.decisions, s.skipInvalidRows, 'skip');
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
            <List.Item>{t('imports.summary.create', { count: plan.created })}</List.Item>
            <List.Item>{t('imports.summary.merge', { count: plan.merged })}</List.Item>
            <List.Item>{t('imports.summary.skip', { count: plan.skipped })}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t('imports.summary.nothingYet')}
          </Text>
        </Stack>
      </Paper>
      <Group align="flex-end">
        <NativeSelect
          label={t('imports.summary.defaultRole')}
          value={s.defaultRole}
          disabled={busy}
          data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(e) => s.setRunOptions({ defaultRole: e.currentTarget.value as Role })}
        />
        <NativeSelect
          label={t('imports.summary.defaultStatus')}
          value={s.defaultStatus}
          disabled={busy}
          data={STATUSES.map((x) => ({ value: x, label: t(`status.${x}`) }))}
          onChange={(e) => s.setRunOptions({ defaultStatus: e.currentTarget.value as Status })}
        />
      </Group>
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
            {t('imports.summary.run', { count: plan.created + plan.merged })}
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
