import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/errors';
import { translateMessage } from '../../i18n';
import { useOperatorStore } from './operator.store';

interface Props {
  opened: boolean;
  /** The first question at start: the computer account is offered, "Not now" keeps it. */
  first?: boolean;
  onClose(): void;
}

/** Asks who is making changes; every change is signed with this name in the change log. */
export function OperatorDialog({ opened, first = false, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(first ? 'audit.operator.firstTitle' : 'audit.operator.title')}
      centered
    >
      <OperatorForm first={first} onClose={onClose} />
    </Modal>
  );
}

function OperatorForm({ first, onClose }: { first: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { operator, osUser, save } = useOperatorStore();
  // The modal mounts its content on opening: the form starts from the name saved now.
  const [name, setName] = useState(operator ?? osUser);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(name).then((failed) => {
          if (!failed) return onClose();
          const issue = failed.issues?.[0];
          setError(issue ? translateMessage(issue.message) : errorText(failed));
        });
      }}
      noValidate
    >
      <Stack>
        <Text size="sm">{t('audit.operator.body')}</Text>
        <TextInput
          label={t('audit.operator.name')}
          description={t('audit.operator.hint', { account: osUser })}
          value={name}
          maxLength={80}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(first ? 'audit.operator.notNow' : 'common.cancel')}
          </Button>
          <Button type="submit">{t('audit.operator.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
