import { Kbd, Menu } from '@mantine/core';
import { IconCalendarShare, IconCopy, IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { daysBetween, formatWeekday } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { placementOf } from './placement';
import { closeSessionMenu, useSessionMenuStore } from './session-menu.store';
import {
  commitMove,
  deleteSession,
  duplicateSession,
  focusSession,
  isMac,
} from './session-actions';

/**
 * The blocks' context menu (right click, or the context-menu key / Shift+F10 on a focused block):
 * open, duplicate, move to another day, delete. One menu, placed where it was asked for.
 */
export function SessionMenu() {
  const { t, i18n } = useTranslation();
  const open = useSessionMenuStore((s) => s.open);
  const session = useAgendaStore((s) =>
    open ? s.agenda?.sessions.find((x) => x.id === open.sessionId) : undefined,
  );
  const meeting = useAgendaStore((s) => s.agenda?.meeting);
  if (!open || !session || !meeting) return null;
  const days = daysBetween(meeting.startDate, meeting.endDate).filter((d) => d !== session.day);
  const mod = isMac() ? '⌘' : 'Ctrl';
  const close = () => {
    closeSessionMenu();
    focusSession(session.id);
  };
  return (
    <Menu opened onChange={(opened) => !opened && close()} position="bottom-start" withinPortal>
      <Menu.Target>
        <span
          style={{
            position: 'fixed',
            insetInlineStart: open.x,
            insetBlockStart: open.y,
            inlineSize: 1,
            blockSize: 1,
          }}
        />
      </Menu.Target>
      <Menu.Dropdown aria-label={t('agenda.grid.menu.label', { title: session.title })}>
        <Menu.Label>{session.title}</Menu.Label>
        <Menu.Item
          leftSection={<IconExternalLink size={16} aria-hidden />}
          rightSection={<Kbd size="xs">{t('agenda.grid.keys.enter')}</Kbd>}
          onClick={() => useAgendaStore.getState().select(session.id)}
        >
          {t('agenda.grid.menu.open')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={16} aria-hidden />}
          rightSection={<Kbd size="xs">{mod}+D</Kbd>}
          onClick={() => void duplicateSession(session.id)}
        >
          {t('agenda.grid.menu.duplicate')}
        </Menu.Item>
        {days.length > 0 && <Menu.Divider />}
        {days.map((day) => (
          <Menu.Item
            key={day}
            leftSection={<IconCalendarShare size={16} aria-hidden />}
            onClick={() => void commitMove(session.id, { ...placementOf(session), day }, false)}
          >
            {t('agenda.grid.menu.moveToDay', { day: formatWeekday(day, i18n.language) })}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          rightSection={<Kbd size="xs">{t('agenda.grid.keys.delete')}</Kbd>}
          onClick={() => void deleteSession(session.id)}
        >
          {t('agenda.grid.menu.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
