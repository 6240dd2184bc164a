import { lazy, Suspense } from 'react';
import { sortName } from '../../../../../shared/domain/people';
import { useParticipantsStore } from '../../participants/participants.store';
import { personScope } from './badge-scopes';

const BadgesDialog = lazy(() =>
  import('./BadgesDialog').then((m) => ({ default: m.BadgesDialog })),
);

/** The badges dialog for one participant of the open meeting (their panel's "Print badge"). */
export function PersonBadgeDialog({
  registrationId,
  opened,
  onClose,
}: {
  registrationId: number;
  opened: boolean;
  onClose(): void;
}) {
  const row = useParticipantsStore((s) => s.rows.find((r) => r.id === registrationId));
  const meeting = useParticipantsStore((s) => s.meeting);
  if (!opened || !row || !meeting) return null;
  return (
    <Suspense fallback={null}>
      <BadgesDialog
        meetingId={meeting.id}
        languages={meeting.languages}
        opened
        scopes={[personScope(sortName(row), row)]}
        onClose={onClose}
      />
    </Suspense>
  );
}
