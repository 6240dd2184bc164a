import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../../shared/api';
import { blankPerson } from '../../../../../shared/api/people';
import { ROLES, type Role } from '../../../../../shared/domain/people';
import { countryName } from '../../../../../shared/domain/countries';
import { call } from '../../../lib/api';
import { translateMessage } from '../../../i18n';
import { errorText, issuesByField } from '../../../ui/errors';
import { useChoiceOptions } from '../../../ui/use-choice-options';
import { useDeskStore, type DeskAnswer } from './desk.store';

type Known = Output<'attendance.walkInMatches'>[number];

interface Fields {
  givenNames: string;
  familyNames: string;
  email: string;
  countryCode: string | null;
  organisationId: string | null;
  role: Role;
}

const EMPTY: Fields = {
  givenNames: '',
  familyNames: '',
  email: '',
  countryCode: null,
  organisationId: null,
  role: 'delegate',
};

/** People the directory already knows by this email or name, asked as the registrar types. */
function useKnownPeople(meetingId: number, fields: Fields): Known[] {
  const [known, setKnown] = useState<Known[]>([]);
  const { givenNames, familyNames, email } = fields;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (!givenNames.trim() && !familyNames.trim() && !email.trim()) return setKnown([]);
      void call('attendance.walkInMatches', { meetingId, givenNames, familyNames, email }).then(
        (r) => live && r.ok && setKnown(r.value),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [meetingId, givenNames, familyNames, email]);
  return known;
}

/**
 * Someone who came unannounced: registered and checked in in one go. Who the directory already
 * knows (same email or name) is offered first, so nobody is entered twice.
 */
export function WalkInDialog(props: WalkInProps & { opened: boolean }) {
  const { t } = useTranslation();
  // The modal mounts its content on opening: each walk-in starts from an empty form.
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('attendance.walkIn.title')}
      size="lg"
    >
      <WalkInForm onClose={props.onClose} onDone={props.onDone} />
    </Modal>
  );
}

interface WalkInProps {
  onClose(): void;
  onDone(answer: DeskAnswer): void;
}

function WalkInForm(props: WalkInProps) {
  const { t, i18n } = useTranslation();
  const meetingId = useDeskStore((s) => s.meetingId)!;
  const day = useDeskStore((s) => s.day);
  const sessionId = useDeskStore((s) => s.sessionId);
  const operator = useDeskStore((s) => s.info?.operator ?? '');
  const { countries } = useChoiceOptions();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [createAnyway, setCreateAnyway] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [organisations, setOrganisations] = useState<{ value: string; label: string }[]>([]);
  const known = useKnownPeople(meetingId, fields);
  const issues = useMemo(() => issuesByField(error?.issues, 'person'), [error]);
  const fieldError = (name: string) => {
    const message = issues.get(name);
    return message ? translateMessage(message) : undefined;
  };

  useEffect(() => {
    void call('organisations.list', {}).then(
      (r) =>
        r.ok &&
        setOrganisations(
          r.value.map((o) => ({
            value: String(o.id),
            label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          })),
        ),
    );
  }, []);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setError(null);
  };

  async function submit(personId?: number) {
    if (!day) return;
    setBusy(true);
    const reply = await call('attendance.walkIn', {
      meetingId,
      day,
      sessionId,
      operator,
      role: fields.role,
      createAnyway,
      ...(personId !== undefined
        ? { personId }
        : {
            person: {
              ...blankPerson(),
              givenNames: fields.givenNames,
              familyNames: fields.familyNames,
              email: fields.email,
              countryCode: fields.countryCode,
              organisationId: fields.organisationId ? Number(fields.organisationId) : null,
            },
          }),
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    props.onDone(reply.value);
  }

  const byName = known.some((k) => k.reason === 'name');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        {!day && <Alert color="red">{t('attendance.walkIn.noDay')}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('attendance.walkIn.givenNames')}
            value={fields.givenNames}
            onChange={(e) => set('givenNames', e.currentTarget.value)}
            error={fieldError('givenNames')}
            data-autofocus
          />
          <TextInput
            label={t('attendance.walkIn.familyNames')}
            value={fields.familyNames}
            onChange={(e) => set('familyNames', e.currentTarget.value)}
            error={fieldError('familyNames')}
          />
          <TextInput
            label={t('attendance.walkIn.email')}
            type="email"
            value={fields.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={fieldError('email')}
          />
          <Select
            label={t('attendance.walkIn.country')}
            data={countries}
            searchable
            clearable
            value={fields.countryCode}
            onChange={(v) => set('countryCode', v)}
            error={fieldError('countryCode')}
          />
          <Select
            label={t('attendance.walkIn.organisation')}
            data={organisations}
            searchable
            clearable
            value={fields.organisationId}
            onChange={(v) => set('organisationId', v)}
          />
          <Select
            label={t('attendance.walkIn.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={fields.role}
            onChange={(v) => v && set('role', v as Role)}
            allowDeselect={false}
          />
        </SimpleGrid>
        {known.length > 0 && (
          <Paper withBorder p="sm" bg="yellow.0" aria-live="polite">
            <Text fw={600} mb="xs">
              {t('attendance.walkIn.known')}
            </Text>
            <Stack gap="xs">
              {known.map((k) => (
                <Group key={k.personId} justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600}>{k.name}</Text>
                    <Text size="sm" c="dimmed">
                      {[
                        k.organisationName,
                        k.countryCode && countryName(k.countryCode, i18n.language),
                        k.email,
                        k.registrationId !== null && t('attendance.walkIn.registeredHere'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  <Button
                    variant="light"
                    style={{ flexShrink: 0 }}
                    disabled={!day || busy}
                    onClick={() => void submit(k.personId)}
                    aria-label={t(
                      k.registrationId !== null
                        ? 'attendance.walkIn.checkInKnown'
                        : 'attendance.walkIn.registerKnown',
                      { name: k.name },
                    )}
                  >
                    {t(
                      k.registrationId !== null
                        ? 'attendance.walkIn.checkIn'
                        : 'attendance.walkIn.register',
                    )}
                  </Button>
                </Group>
              ))}
            </Stack>
            {byName && (
              <Checkbox
                mt="sm"
                label={t('attendance.walkIn.namesake')}
                checked={createAnyway}
                onChange={(e) => setCreateAnyway(e.currentTarget.checked)}
              />
            )}
          </Paper>
        )}
        {error && issues.size === 0 && <Alert color="red">{errorText(error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!day}>
            {t('attendance.walkIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
