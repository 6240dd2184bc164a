import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { onBackendEvent } from '../../../lib/api';
import { errorText } from '../../../ui/errors';
import { useDeskStore } from './desk.store';
import { DeskHeader } from './DeskHeader';
import { DeskField } from './DeskField';
import { DeskAnswerPanel } from './DeskAnswerPanel';
import { DeskCounters } from './DeskCounters';
import { WalkInDialog } from './WalkInDialog';
import { OperatorDialog } from './OperatorDialog';
import classes from './desk.module.css';

/** Keys that type something: a scanner's characters, or a registrar starting a name. */
const isTyping = (e: KeyboardEvent) => e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;

/** A control that takes typed text; a radio, a checkbox or a read-only picker does not. */
const takesText = (el: Element | null) =>
  (el instanceof HTMLInputElement &&
    !el.readOnly &&
    !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(el.type)) ||
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/**
 * The check-in desk, over the whole window: one field that always has the focus, the answer to
 * each scan or pick, the counters, undo and walk-ins. At /meetings/:id/desk, or at a session's
 * door at /meetings/:id/desk/sessions/:sessionId.
 */
export function DeskPage() {
  const { t } = useTranslation();
  const params = useParams<{ id: string; sessionId?: string }>();
  const meetingId = Number(params.id);
  const sessionId = params.sessionId ? Number(params.sessionId) : null;
  const info = useDeskStore((s) => s.info);
  const loadError = useDeskStore((s) => s.loadError);
  const lastUndo = useDeskStore((s) => s.lastUndo);
  const field = useRef<HTMLInputElement>(null);
  const [walkIn, setWalkIn] = useState(false);
  const [editingOperator, setEditingOperator] = useState(false);
  const dialogOpen = walkIn || editingOperator;
  const refocus = useCallback(() => {
    if (!dialogOpen) setTimeout(() => field.current?.focus());
  }, [dialogOpen]);

  useEffect(() => {
    void useDeskStore.getState().open(meetingId, sessionId);
  }, [meetingId, sessionId]);

  // Other desks (another tab, a roster) change the figures: fold bursts into one refresh.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onBackendEvent((event, payload) => {
      if (event !== 'data.changed') return;
      if (!['attendance', 'registrations'].includes((payload as { feature: string }).feature))
        return;
      clearTimeout(timer);
      timer = setTimeout(() => void useDeskStore.getState().refreshCounters(), 150);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);

  // A key typed while a button has the focus goes to the field: a scan is never lost.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialogOpen || !isTyping(e) || takesText(document.activeElement)) return;
      field.current?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [dialogOpen]);

  useEffect(() => {
    if (info) refocus();
  }, [info, refocus]);

  if (loadError)
    return (
      <Center h="100vh">
        <Alert color="red" title={t('attendance.desk.cannotOpen')}>
          {errorText(loadError)}
        </Alert>
      </Center>
    );
  if (!info)
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );

  return (
    <div className={classes.desk} onClick={(e) => e.target === e.currentTarget && refocus()}>
      <DeskHeader onEditOperator={() => setEditingOperator(true)} refocus={refocus} />
      <main className={classes.body}>
        <Stack gap="md">
          <DeskField ref={field} onBlurAway={refocus} />
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} aria-hidden />}
              disabled={!lastUndo}
              onClick={() => {
                void useDeskStore.getState().undo();
                refocus();
              }}
            >
              {lastUndo
                ? t('attendance.desk.undoNamed', { name: lastUndo.name })
                : t('attendance.desk.undo')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => setWalkIn(true)}
            >
              {t('attendance.desk.walkIn')}
            </Button>
            <Text size="sm" c="dimmed">
              <Kbd>↑</Kbd> <Kbd>↓</Kbd> {t('attendance.desk.hintPick')} · <Kbd>Esc</Kbd>{' '}
              {t('attendance.desk.hintClear')} · <Kbd>Ctrl</Kbd>+<Kbd>Z</Kbd>{' '}
              {t('attendance.desk.hintUndo')}
            </Text>
          </Group>
          <DeskAnswerPanel />
        </Stack>
        <DeskCounters />
      </main>
      <WalkInDialog
        opened={walkIn}
        onClose={() => {
          setWalkIn(false);
          setTimeout(() => field.current?.focus());
        }}
        onDone={(answer) => {
          setWalkIn(false);
          useDeskStore.getState().showAnswer(answer);
          setTimeout(() => field.current?.focus());
        }}
      />
      <OperatorDialog
        opened={editingOperator}
        onClose={() => {
          setEditingOperator(false);
          setTimeout(() => field.current?.focus());
        }}
      />
    </div>
  );
}
