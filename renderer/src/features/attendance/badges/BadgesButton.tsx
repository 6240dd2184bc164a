import { lazy, Suspense, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from '../../participants/participants.store';
import type { Participant } from '../../participants/participant-types';
import { listScopes } from './badge-scopes';

// The dialog's code loads on the first click: the participants list paints without it.
const BadgesDialog = lazy(() =>
  import('./BadgesDialog').then((m) => ({ default: m.BadgesDialog })),
);

/**
 * Opens the badges dialog from the participants view: for the selection when there is one (the
 * bulk bar's button starts there), the rows shown, or everyone coming.
 */
export function BadgesButton({
  meetingId,
  visible,
  size = 'sm',
  label,
}: {
  meetingId: number;
  visible: readonly Participant[];
  size?: 'sm' | 'xs';
  label?: string;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const rows = useParticipantsStore((s) => s.rows);
  const selected = useParticipantsStore((s) => s.selected);
  const languages = useParticipantsStore((s) => s.meeting?.languages);
  const scopes = useMemo(
    () => (opened ? listScopes(t, rows, visible, selected) : []),
    [opened, t, rows, visible, selected],
  );
  return (
    <>
      <Button
        variant="default"
        size={size}
        leftSection={<IconId size={size === 'xs' ? 14 : 16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {label ?? t('attendance.badges.action')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <BadgesDialog
            meetingId={meetingId}
            languages={languages ?? []}
            opened
            scopes={scopes}
            onClose={() => setOpened(false)}
          />
        </Suspense>
      )}
    </>
  );
}
