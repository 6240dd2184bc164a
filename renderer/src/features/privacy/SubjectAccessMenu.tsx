import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { downloadBase64 } from '../participants/download-file';

/** Everything held about the person, as a PDF to send them (a subject-access request). */
export function SubjectAccessMenu({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function run(language: 'en' | 'fr') {
    setBusy(true);
    const reply = await call('privacy.subjectAccess', { personId, language });
    setBusy(false);
    if (!reply.ok) {
      notifications.show({ color: 'red', message: errorText(reply.error) });
      return;
    }
    downloadBase64(reply.value);
    notifications.show({
      color: 'green',
      message: t('privacy.access.done', { file: reply.value.fileName }),
    });
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('privacy.access.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('privacy.access.label')}</Menu.Label>
        <Menu.Item onClick={() => void run('en')}>{t('privacy.access.english')}</Menu.Item>
        <Menu.Item onClick={() => void run('fr')}>{t('privacy.access.french')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
