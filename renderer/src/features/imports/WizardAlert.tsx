import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_MB } from '../../../../shared/domain/imports';
import { useImportStore } from './imports.store';
import { importErrorText } from './import-messages';
import { megabytes } from './file-reading';

/** The step's problem, in words a registrar can act on; announced to screen readers. */
export function WizardAlert() {
  const { t, i18n } = useTranslation();
  const error = useImportStore((s) => s.error);
  if (!error) return null;
  let text: string;
  if (error.kind === 'tooLarge')
    text = t('imports.file.tooLarge', {
      name: error.name,
      size: megabytes(error.size, i18n.language),
      max: IMPORT_MAX_MB,
    });
  else if (error.kind === 'unreadable') text = t('imports.file.unreadable', { name: error.name });
  else if (error.error.code === 'cancelled') text = t('imports.messages.cancelled');
  else text = importErrorText(error.error);
  const cancelled = error.kind === 'api' && error.error.code === 'cancelled';
  return (
    <Alert
      role="alert"
      color={cancelled ? 'gray' : 'red'}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={cancelled ? undefined : t('imports.problem')}
    >
      {text}
    </Alert>
  );
}
