import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ApiError, Input } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { translateMessage } from '../../i18n';
import { downloadBase64 } from '../participants/download-file';

export type ProgrammeExportRequest = Omit<Input<'agenda.exportProgramme'>, 'meetingId'>;

/** The sentence for a refused export: the field's own message when there is one. */
export function exportErrorText(error: ApiError): string {
  const issue = error.issues?.[0];
  return issue ? translateMessage(issue.message) : errorText(error);
}

/**
 * Runs one programme export at a time: a notification says it is being prepared (the first PDF
 * of a session takes a few seconds while fonts load), then the browser downloads the file.
 * Resolves to the error when the backend refused, so a dialog can show it in place.
 */
export function useProgrammeExport(meetingId: number) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (request: ProgrammeExportRequest): Promise<ApiError | null> => {
      setBusy(true);
      const id = `programme-export-${meetingId}`;
      notifications.show({
        id,
        loading: true,
        message: t('agenda.export.working'),
        autoClose: false,
        withCloseButton: false,
      });
      const result = await call('agenda.exportProgramme', { meetingId, ...request });
      setBusy(false);
      if (!result.ok) {
        notifications.update({
          id,
          loading: false,
          color: 'red',
          message: exportErrorText(result.error),
          autoClose: 8000,
          withCloseButton: true,
        });
        return result.error;
      }
      downloadBase64(result.value);
      notifications.update({
        id,
        loading: false,
        color: 'green',
        message: t('agenda.export.done', { file: result.value.fileName }),
        autoClose: 4000,
        withCloseButton: true,
      });
      return null;
    },
    [meetingId, t],
  );
  return { busy, run };
}
