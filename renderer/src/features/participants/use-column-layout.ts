import { useCallback, useMemo } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TableLayout } from '../../../../shared/api/settings';
import { useSettingsStore } from '../../app/settings.store';
import { NO_LAYOUT, shownColumns } from './participant-columns';

/** The participants table's columns as the user left them, and how to change (and save) them. */
export function useColumnLayout() {
  const { t } = useTranslation();
  const saved = useSettingsStore((s) => s.settings?.tables.participants);
  const layout = saved ?? NO_LAYOUT;
  const columns = useMemo(() => shownColumns(layout), [layout]);
  const setLayout = useCallback(
    (next: TableLayout | null) => {
      void useSettingsStore
        .getState()
        .setTableLayout('participants', next)
        .then((ok) => {
          if (!ok)
            notifications.show({ color: 'red', message: t('participants.columns.notSaved') });
        });
    },
    [t],
  );
  return { layout, columns, setLayout, customised: saved !== undefined };
}
