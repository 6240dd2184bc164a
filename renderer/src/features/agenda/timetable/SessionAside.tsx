import { useEffect, type ReactNode } from 'react';
import { CloseButton, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgendaStore, useClashes } from '../agenda.store';
import { SessionPanel } from '../SessionPanel';
import { placeText } from './session-text';
import classes from '../agenda-page.module.css';

interface Props {
  /** The clash list, when the organiser opened it. */
  clashes: ReactNode;
  onCloseClashes(): void;
}

/**
 * Beside the grid (never over it): the session panel for the selected or new session, else the
 * clash list when it is open. Closing a session opened from the clash list comes back to it.
 */
export function SessionAside({ clashes, onCloseClashes }: Props) {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const selected = useAgendaStore((s) => s.selectedSessionId);
  const draft = useAgendaStore((s) => s.newSession);
  const title = useAgendaStore((s) =>
    selected === null ? undefined : s.agenda?.sessions.find((x) => x.id === selected)?.title,
  );
  const count = useClashes().length;
  const gone = selected !== null && title === undefined;

  // A session deleted (or undone out of existence) while open closes its panel.
  useEffect(() => {
    if (gone) useAgendaStore.getState().select(null);
  }, [gone]);

  if (selected !== null && title !== undefined)
    return (
      <aside className={classes.aside} aria-label={t('agenda.grid.panel', { title })}>
        <SessionPanel
          key={selected}
          session={{ kind: 'existing', id: selected }}
          onClose={() => useAgendaStore.getState().select(null)}
        />
      </aside>
    );
  if (draft)
    return (
      <aside
        className={classes.aside}
        aria-label={t('agenda.grid.newPanelAt', {
          place: agenda ? placeText({ allRooms: false, ...draft }, agenda, t, i18n.language) : '',
        })}
      >
        <SessionPanel
          key={JSON.stringify(draft)}
          session={{ kind: 'new', ...draft }}
          onClose={() => useAgendaStore.getState().openNew(null)}
          onCreated={(id) => useAgendaStore.getState().select(id)}
        />
      </aside>
    );
  if (clashes)
    return (
      <aside className={classes.aside} aria-label={t('agenda.grid.clashes', { count })}>
        <Group justify="space-between" mb="sm" wrap="nowrap">
          <Title order={3} size="h4">
            {t('agenda.grid.clashes', { count })}
          </Title>
          <CloseButton aria-label={t('common.close')} onClick={onCloseClashes} />
        </Group>
        {clashes}
      </aside>
    );
  return null;
}
