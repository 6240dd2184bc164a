import { useMemo, useRef, type RefObject } from 'react';
import type { Announcements } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { useAgendaStore } from '../agenda.store';
import { useDragStore, type DragSubject } from './drag.store';
import { lastKey } from './keyboard-moves';
import type { Placement } from './placement';
import { placeText } from './session-text';

interface Ended {
  subject: DragSubject;
  preview: Placement;
  moved: boolean;
}

/**
 * What dnd-kit's live region says during a drag, in the UI language: the session picked up and
 * where it is, each keyboard step (or that it cannot go further), the drop and a cancel.
 */
export function useAnnouncements(ended: RefObject<Ended | null>): Announcements {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The key press last announced: the sensor may report one press twice (when it scrolls).
  const saidKey = useRef(0);
  return useMemo(() => {
    const place = (p: Placement) => {
      const agenda = useAgendaStore.getState().agenda;
      return agenda ? placeText(p, agenda, t, language) : '';
    };
    const title = (subject: DragSubject) =>
      subject.kind === 'session' ? subject.title : t('agenda.grid.newSession');
    return {
      onDragStart() {
        const { subject, preview } = useDragStore.getState();
        if (!subject || !preview) return undefined;
        saidKey.current = lastKey.count;
        return t('agenda.grid.announce.pickedUp', { title: title(subject), place: place(preview) });
      },
      onDragMove() {
        const { subject, preview, via } = useDragStore.getState();
        // A pointer drag is seen; saying every pixel would drown the screen reader.
        if (!subject || !preview || via !== 'keyboard') return undefined;
        if (saidKey.current === lastKey.count) return undefined;
        saidKey.current = lastKey.count;
        return t(lastKey.moved ? 'agenda.grid.announce.moved' : 'agenda.grid.announce.stuck', {
          title: title(subject),
          place: place(preview),
        });
      },
      onDragOver() {
        return undefined;
      },
      onDragEnd() {
        const end = ended.current;
        if (!end) return undefined;
        const values = { title: title(end.subject), place: place(end.preview) };
        if (end.subject.kind === 'create') return t('agenda.grid.announce.drawn', values);
        return t(end.moved ? 'agenda.grid.announce.dropped' : 'agenda.grid.announce.unchanged', {
          ...values,
          place: place(end.moved ? end.preview : end.subject.origin),
        });
      },
      onDragCancel() {
        const end = ended.current;
        if (!end) return undefined;
        return t('agenda.grid.announce.cancelled', {
          title: title(end.subject),
          place: place(end.subject.origin),
        });
      },
    };
  }, [t, language, ended]);
}
