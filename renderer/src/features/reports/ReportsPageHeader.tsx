import type { ReactNode } from 'react';
import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api';
import { errorText } from '../../ui/errors';
import { ReportsTabs, type ReportsTab } from './ReportsTabs';

/** A reports screen's title above the reports' tabs. */
export function ReportsPageHeader(props: { title: string; meetingId: number; active: ReportsTab }) {
  return (
    <Stack gap="xs">
      <Title order={2}>{props.title}</Title>
      <ReportsTabs meetingId={props.meetingId} active={props.active} />
    </Stack>
  );
}

/** A reports screen whose data could not be read (the reason) or is on its way (a loader). */
export function ReportsPending({ header, error }: { header: ReactNode; error: ApiError | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {header}
      {error ? (
        <Alert color="red">{errorText(error)}</Alert>
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}
