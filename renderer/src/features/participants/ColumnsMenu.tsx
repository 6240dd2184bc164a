import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns3, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COLUMNS } from './participant-types';
import { FIXED_COLUMNS, withHidden } from './participant-columns';
import { useColumnLayout } from './use-column-layout';

/** Shows or hides the table's columns; the choice is saved with the user's settings. */
export function ColumnsMenu() {
  const { t } = useTranslation();
  const { layout, columns, setLayout, customised } = useColumnLayout();
  const shown = new Set<string>(columns);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} aria-hidden />}>
          {t('participants.columns.menu')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('participants.columns.menuLabel')}>
          {COLUMNS.map((column) => (
            <Checkbox
              key={column}
              label={t(`participants.columns.${column}`)}
              checked={shown.has(column)}
              disabled={FIXED_COLUMNS.has(column)}
              onChange={(e) => setLayout(withHidden(layout, column, !e.currentTarget.checked))}
            />
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRestore size={14} aria-hidden />}
            disabled={!customised}
            onClick={() => setLayout(null)}
          >
            {t('participants.columns.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
