import { useState } from 'react';
import { Button, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconUserMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROLES, STATUSES } from '../../../../shared/domain/people';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import { applyBulkChange, type BulkChange } from './bulk-update';
import { RemoveParticipantsDialog } from './RemoveParticipantsDialog';
import { showUndoable } from './undo-notification';
import { formatCount } from './participant-view';
import type { Participant } from './participant-types';
import classes from './participants.module.css';
import { BadgesButton } from '../attendance/badges/BadgesButton';

/** Shown while rows are selected: change their status or role at once, confirmed, then undoable. */
export function BulkActionBar({ visible }: { visible: readonly Participant[] }) {
  const { t, i18n } = useTranslation();
  const selected = useParticipantsStore((s) => s.selected);
  const setSelected = useParticipantsStore((s) => s.setSelected);
  const meetingId = useParticipantsStore((s) => s.meetingId);
  const [pending, setPending] = useState<BulkChange | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<number[] | null>(null);
  if (selected.size === 0 && removing === null) return null;

  let shown = 0;
  for (const r of visible) if (selected.has(r.id)) shown++;
  const hidden = selected.size - shown;
  const valueLabel = (c: BulkChange) => t(`${c.field}.${c.value}`);

  async function apply(change: BulkChange) {
    setBusy(true);
    const store = useParticipantsStore.getState();
    const ids = [...store.selected];
    const result = await applyBulkChange(change, ids, store.rows);
    setBusy(false);
    setPending(null);
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    void useParticipantsStore.getState().load();
    const undo = async () => {
      const undone = await result.value.undo();
      void useParticipantsStore.getState().load();
      notifications.show(
        undone.ok
          ? { message: t('participants.bulk.undone') }
          : { color: 'red', message: errorText(undone.error) },
      );
    };
    showUndoable(
      t(`participants.bulk.done.${change.field}`, {
        count: result.value.updated,
        value: valueLabel(change),
      }),
      t('participants.bulk.undo'),
      () => void undo(),
    );
  }

  const menu = (field: BulkChange['field'], values: readonly string[]) => (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t(`participants.bulk.change.${field}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {values.map((value) => (
          <Menu.Item key={value} onClick={() => setPending({ field, value } as BulkChange)}>
            {t(`${field}.${value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Group
      className={classes.bulkBar}
      justify="space-between"
      role="region"
      aria-label={t('participants.bulk.label')}
    >
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('participants.bulk.selected', {
            count: selected.size,
            formatted: formatCount(selected.size, i18n.language),
          })}
        </Text>
        {hidden > 0 && (
          <Text size="sm" c="dimmed">
            {t('participants.bulk.hidden', { count: hidden })}
          </Text>
        )}
        {menu('status', STATUSES)}
        {menu('role', ROLES)}
        <BadgesButton
          meetingId={meetingId ?? 0}
          visible={visible}
          size="xs"
          label={t('attendance.badges.printSelected')}
        />
        <Button
          variant="default"
          size="xs"
          color="red"
          leftSection={<IconUserMinus size={14} aria-hidden />}
          onClick={() => setRemoving([...selected])}
        >
          {t('participants.remove.action')}
        </Button>
      </Group>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={() => setSelected(new Set(), null)}
      >
        {t('participants.bulk.clear')}
      </Button>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`participants.bulk.confirmTitle.${pending.field}`) : ''}
        confirmLabel={t('participants.bulk.apply')}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void apply(pending)}
      >
        {pending && (
          <Text>
            {t(`participants.bulk.confirmBody.${pending.field}`, {
              count: selected.size,
              value: valueLabel(pending),
            })}
          </Text>
        )}
      </ConfirmDialog>
      <RemoveParticipantsDialog ids={removing} onClose={() => setRemoving(null)} />
    </Group>
  );
}
