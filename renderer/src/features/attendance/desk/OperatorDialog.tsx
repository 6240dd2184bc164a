import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskStore } from './desk.store';

/** Who is at the desk: their name goes with every check-in and correction they make. */
export function OperatorDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  // The modal mounts its content on opening: the form starts from the name saved now.
  return (
    <Modal opened={opened} onClose={onClose} title={t('attendance.operator.title')}>
      <OperatorForm onClose={onClose} />
    </Modal>
  );
}

function OperatorForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(useDeskStore.getState().info?.operator ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void useDeskStore.getState().setOperator(name.trim()).then(onClose);
      }}
    >
      <Stack>
        <Text size="sm">{t('attendance.operator.body')}</Text>
        <TextInput
          label={t('attendance.operator.name')}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
