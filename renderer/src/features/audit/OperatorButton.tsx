import { useEffect, useState } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { IconUserEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OperatorDialog } from './OperatorDialog';
import { useOperatorStore } from './operator.store';

/**
 * The header's "signed as" button: who the change log names, changed in one click. At start,
 * when no one was named yet, it asks once (the computer account is offered and used meanwhile).
 */
export function OperatorButton() {
  const { t } = useTranslation();
  const { operator, osUser, settled, load, settle } = useOperatorStore();
  const [changing, setChanging] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  if (operator === undefined) return null;
  const asking = operator === null && !settled;
  const name = operator ?? osUser;
  return (
    <>
      <Tooltip label={t('audit.operator.tooltip')}>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconUserEdit size={16} aria-hidden />}
          onClick={() => setChanging(true)}
          aria-label={t('audit.operator.button', { name })}
        >
          {name}
        </Button>
      </Tooltip>
      <OperatorDialog
        opened={asking || changing}
        first={asking}
        onClose={() => {
          setChanging(false);
          settle();
        }}
      />
    </>
  );
}
