import { useEffect, useMemo, useState } from 'react';
import { Alert, List, ScrollArea, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { formatMinute } from '../../../../shared/domain/agenda';
import { displayName, sortName } from '../../../../shared/domain/people';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { i18next } from '../../i18n';
import { useParticipantsStore } from './participants.store';
import { formatCount } from './participant-view';
import { showUndoable } from './undo-notification';

type Removed = Output<'registrations.delete'>['removed'];
type InUse = Output<'agenda.sessionsOf'>;

function counted(key: string, count: number): string {
  return i18next.t(key, { count, formatted: formatCount(count, i18next.language) });
}

/** Puts the removed registrations back exactly as they were, ids, history and sessions included. */
async function restore(removed: Removed): Promise<void> {
  const result = await call('registrations.restore', { removed });
  void useParticipantsStore.getState().load();
  notifications.show(
    result.ok
      ? { message: counted('participants.remove.undone', result.value.restored) }
      : { color: 'red', message: errorText(result.error) },
  );
}

/** The sessions each person to remove is still on, asked when the dialog opens. */
function useSessionsOf(ids: readonly number[] | null): InUse | null {
  const key = ids?.join(',') ?? '';
  const [found, setFound] = useState<{ key: string; sessions: InUse } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void call('agenda.sessionsOf', { registrationIds: key.split(',').map(Number) }).then((r) => {
      // Unknown is treated as none: the backend still refuses to remove anyone on a session.
      if (live) setFound({ key, sessions: r.ok ? r.value : [] });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found?.key === key ? found.sessions : null;
}

/** "Jean Dupont: Opening plenary (Sat 14 Nov 09:00), Panel (Sun 15 Nov 14:00)", per person. */
function SessionsToLeave({ sessions }: { sessions: InUse }) {
  const { t, i18n } = useTranslation();
  const rows = useParticipantsStore((s) => s.rows);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const byPerson = new Map<number, InUse>();
  for (const s of sessions)
    byPerson.set(s.registrationId, [...(byPerson.get(s.registrationId) ?? []), s]);
  const rowOf = (id: number) => byId.get(id);
  const nameOf = (id: number) => {
    const row = rowOf(id);
    return row
      ? displayName({ givenNames: row.givenNames, familyNames: row.familyNames })
      : t('participants.remove.someone');
  };
  // People in the table's order (family name first), each with their sessions in time order.
  const collator = new Intl.Collator(i18n.language);
  const people = [...byPerson].sort(([a], [b]) =>
    collator.compare(
      sortName(rowOf(a) ?? { givenNames: '', familyNames: '' }),
      sortName(rowOf(b) ?? { givenNames: '', familyNames: '' }),
    ),
  );
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('participants.remove.onSessions', { count: byPerson.size })}
    >
      <ScrollArea.Autosize mah={220} type="auto">
        <List size="sm" spacing={4}>
          {people.map(([id, list]) => (
            <List.Item key={id}>
              {t('participants.remove.personSessions', {
                name: nameOf(id),
                sessions: list
                  .map((s) =>
                    t('participants.remove.sessionAt', {
                      title: s.title,
                      when: `${formatShortWeekday(s.day, i18n.language)} ${formatMinute(s.startMinute)}`,
                    }),
                  )
                  .join(', '),
              })}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      <Text size="sm" mt="xs">
        {t('participants.remove.leaveSessions', { count: sessions.length })}
      </Text>
    </Alert>
  );
}

/**
 * Asks before taking registrations out of this meeting, says that the people themselves stay,
 * lists the sessions they are still on (they leave them too, when confirmed), and offers Undo
 * afterwards, which puts them back on those sessions. `ids` null keeps the dialog closed.
 */
export function RemoveParticipantsDialog({
  ids,
  onClose,
}: {
  ids: readonly number[] | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const count = ids?.length ?? 0;
  const sessions = useSessionsOf(ids);
  const onSessions = (sessions?.length ?? 0) > 0;

  async function remove(wanted: readonly number[]) {
    setBusy(true);
    const result = await call('registrations.delete', {
      ids: [...wanted],
      sessions: onSessions ? 'remove' : 'refuse',
    });
    setBusy(false);
    onClose();
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    const { removed, deleted } = result.value;
    // Out of the table at once; the refetch the change event triggers confirms it.
    useParticipantsStore.getState().dropRows(new Set(removed.map((r) => r.id)));
    showUndoable(
      counted('participants.remove.done', deleted),
      t('participants.bulk.undo'),
      () => void restore(removed),
    );
  }

  return (
    <ConfirmDialog
      opened={ids !== null}
      title={t('participants.remove.title')}
      confirmLabel={t(
        onSessions ? 'participants.remove.confirmWithSessions' : 'participants.remove.confirm',
      )}
      danger
      size={onSessions ? 'lg' : undefined}
      // Not before the sessions are known: the organiser must see what the removal also does.
      busy={busy || (ids !== null && sessions === null)}
      onCancel={onClose}
      onConfirm={() => ids && sessions !== null && void remove(ids)}
    >
      <Text>
        {t('participants.remove.body', { count, formatted: formatCount(count, i18n.language) })}
      </Text>
      {sessions && onSessions && <SessionsToLeave sessions={sessions} />}
      <Text c="dimmed" size="sm">
        {t('participants.remove.keeps', { count })}
      </Text>
    </ConfirmDialog>
  );
}
