import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './imports.store';

/** What a running step is doing, how far it is, and the way to stop it. */
export function JobProgress() {
  const { t } = useTranslation();
  const job = useImportStore((s) => s.job);
  const cancel = useImportStore((s) => s.cancel);
  if (!job) return null;
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const label = t(`imports.progress.${job.phase ?? 'start'}`);
  // The write is one transaction the backend cannot stop: say so rather than offer a dead button.
  const writing = job.phase === 'write';
  return (
    <Stack gap="xs" data-testid="import-progress">
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {job.cancelling ? t('imports.progress.cancelling') : label}
        </Text>
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
      <Progress value={percent} animated aria-label={label} />
      <Group>
        <Button
          variant="default"
          onClick={() => void cancel()}
          disabled={job.cancelling || writing}
          aria-describedby={writing ? 'import-cannot-cancel' : undefined}
        >
          {t('imports.progress.stop')}
        </Button>
        {writing && (
          <Text size="sm" c="dimmed" id="import-cannot-cancel">
            {t('imports.progress.cannotCancel')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
