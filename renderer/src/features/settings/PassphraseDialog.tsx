import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN, passphraseProblem } from '../../../../shared/domain/passphrase';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { translateMessage } from '../../i18n';
import { useDatabaseStore } from './database.store';

export type PassphraseAction = 'set' | 'change' | 'remove';

interface Fields {
  current: string;
  next: string;
  again: string;
}
const EMPTY: Fields = { current: '', next: '', again: '' };

/** Setting, changing or removing the passphrase; the current one is asked before any change. */
export function PassphraseDialog({
  action,
  onClose,
}: {
  action: PassphraseAction | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [remember, setRemember] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const asksCurrent = action === 'change' || action === 'remove';
  const asksNew = action === 'set' || action === 'change';

  function close() {
    setFields(EMPTY);
    setErrors({});
    onClose();
  }

  /** The form's own checks, the same messages the backend would give. */
  function check(): boolean {
    const found: typeof errors = {};
    if (asksCurrent && !fields.current) found.current = t('errors.required');
    if (asksNew) {
      const problem = passphraseProblem(fields.next);
      if (fields.next.length < PASSPHRASE_MIN)
        found.next = t('errors.passphraseTooShort', { min: PASSPHRASE_MIN });
      else if (problem) found.next = translateMessage(problem);
      else if (fields.again !== fields.next) found.again = t('security.encryption.mismatch');
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  async function save() {
    if (!action || !check()) return;
    setBusy(true);
    const reply =
      action === 'remove'
        ? await call('backup.removePassphrase', { current: fields.current })
        : await call('backup.setPassphrase', {
            current: asksCurrent ? fields.current : null,
            passphrase: fields.next,
            remember,
          });
    setBusy(false);
    if (!reply.ok) {
      const text = errorText(reply.error);
      return setErrors(
        reply.error.code === 'wrong_passphrase' ? { current: text } : { form: text },
      );
    }
    useDatabaseStore.setState({ status: reply.value });
    void useDatabaseStore.getState().loadBackups();
    notifications.show({ color: 'green', message: t(`security.encryption.${action}Done`) });
    close();
  }

  const field = (name: keyof Fields, label: string, autoComplete: string) => (
    <PasswordInput
      label={label}
      value={fields[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setFields((f) => ({ ...f, [name]: value }));
        setErrors((found) => ({ ...found, [name]: undefined }));
      }}
      error={errors[name]}
      autoComplete={autoComplete}
    />
  );

  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action ? t(`security.encryption.${action}Title`) : ''}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          {action === 'remove' && (
            <Alert color="yellow">{t('security.encryption.removeWarning')}</Alert>
          )}
          {asksCurrent && field('current', t('security.encryption.current'), 'current-password')}
          {asksNew && field('next', t('security.encryption.new'), 'new-password')}
          {asksNew && field('again', t('security.encryption.confirm'), 'new-password')}
          {asksNew && (
            <Text size="sm" c="dimmed">
              {t('security.encryption.hint')}
            </Text>
          )}
          {asksNew && status?.remember.available && (
            <Checkbox
              label={t('security.encryption.remember')}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
            />
          )}
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          {busy && <Text size="sm">{t('security.encryption.working')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={action === 'remove' ? 'red' : undefined}>
              {action ? t(`security.encryption.${action}Title`) : ''}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
