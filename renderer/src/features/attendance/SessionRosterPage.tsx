import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconScan, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Output } from '../../../../shared/api';
import { formatMinute } from '../../../../shared/domain/agenda';
import { countryName } from '../../../../shared/domain/countries';
import { normaliseName } from '../../../../shared/domain/people';
import { formatWeekday } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { PageHeader } from '../../ui/PageHeader';
import { errorText } from '../../ui/errors';
import { useMeetingList } from '../meetings/meetings.store';
import { formatClock } from './attendance-format';
import { useLiveQuery } from './use-attendance';
import { RosterAdd } from './RosterAdd';
import { VirtualTable } from '../people/VirtualTable';

type RosterRow = Output<'attendance.roster'>['rows'][number];

const AUDIENCE_COLOURS = { expected: 'dimmed', other: 'orange.8', refused: 'red.8' } as const;

/**
 * A session's roster to tick: the people it is meant for (a workshop's region, law enforcement
 * for a restricted session) and whoever came; anyone else of the meeting can be added. A
 * plenary's roster holds the whole meeting, so only the rows in view are rendered.
 */
export function SessionRosterPage() {
  const { t, i18n } = useTranslation();
  const params = useParams<{ id: string; sessionId: string }>();
  const meetingId = Number(params.id);
  const sessionId = Number(params.sessionId);
  useMeetingList();
  const roster = useLiveQuery('attendance.roster', { sessionId });
  const desk = useLiveQuery('attendance.desk', { meetingId });
  const [filter, setFilter] = useState('');
  // Ticks show at once; the roster's next load confirms them.
  const [pending, setPending] = useState<Map<number, boolean>>(new Map());
  const language = i18n.language;

  const rows = useMemo(() => {
    const needle = normaliseName(filter);
    const all = roster.value?.rows ?? [];
    if (!needle) return all;
    return all.filter((r) =>
      normaliseName(
        `${r.name} ${r.organisationName} ${r.countryCode ? countryName(r.countryCode, language) : ''}`,
      ).includes(needle),
    );
  }, [roster.value, filter, language]);

  if (roster.error) return <Alert color="red">{errorText(roster.error)}</Alert>;
  if (!roster.value) return <Loader aria-label={t('common.loading')} />;
  const { session, timeZone } = roster.value;
  const present = (r: RosterRow) => pending.get(r.registrationId) ?? r.checkedInAt !== null;
  const ticked = roster.value.rows.filter(present).length;
  const expected = roster.value.rows.filter((r) => r.audience === 'expected').length;

  async function tick(registrationId: number, value: boolean, name: string) {
    setPending((p) => new Map(p).set(registrationId, value));
    const reply = await call('attendance.setSession', {
      sessionId,
      registrationId,
      present: value,
      operator: desk.value?.operator ?? '',
    });
    if (!reply.ok) {
      notifications.show({ color: 'red', message: errorText(reply.error) });
      setPending((p) => {
        const next = new Map(p);
        next.delete(registrationId);
        return next;
      });
      return;
    }
    roster.reload();
    notifications.show({
      message: t(value ? 'attendance.roster.ticked' : 'attendance.roster.unticked', { name }),
    });
  }

  return (
    <Stack>
      <Group>
        <Button
          variant="subtle"
          component={Link}
          href={`/meetings/${meetingId}/attendance`}
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('attendance.roster.back')}
        </Button>
      </Group>
      <PageHeader
        title={session.title}
        status={t('attendance.roster.status', { ticked, expected })}
        actions={
          <Button
            component={Link}
            href={`/meetings/${meetingId}/desk/sessions/${sessionId}`}
            leftSection={<IconScan size={16} aria-hidden />}
          >
            {t('attendance.roster.door')}
          </Button>
        }
      />
      <Group gap="xs">
        <Text>
          {formatWeekday(session.day, language)} · {formatMinute(session.startMinute)}–
          {formatMinute(session.endMinute)}
          {session.roomName && ` · ${session.roomName}`}
        </Text>
        {session.region && <Badge variant="light">{t(`region.${session.region}`)}</Badge>}
        {session.restricted && (
          <Badge color="red" variant="light">
            {t('attendance.sessions.restricted')}
          </Badge>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          type="search"
          w={300}
          label={t('attendance.roster.filter')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        <RosterAdd
          meetingId={meetingId}
          sessionId={sessionId}
          onTick={(id, name) => void tick(id, true, name)}
        />
      </Group>
      <VirtualTable
        label={t('attendance.roster.label', { title: session.title })}
        rows={rows}
        rowKey={(r) => r.registrationId}
        height="calc(100vh - 380px)"
        minWidth="52rem"
        resetKey={filter}
        columns={[
          {
            id: 'present',
            header: t('attendance.roster.present'),
            width: 'minmax(14rem, 2fr)',
            render: (r) => (
              <Checkbox
                label={r.name}
                checked={present(r)}
                onChange={(e) => void tick(r.registrationId, e.currentTarget.checked, r.name)}
              />
            ),
          },
          {
            id: 'organisation',
            header: t('attendance.today.organisation'),
            width: 'minmax(12rem, 2fr)',
            render: (r) => r.organisationName,
          },
          {
            id: 'country',
            header: t('attendance.today.country'),
            width: 'minmax(8rem, 1fr)',
            render: (r) => (r.countryCode ? countryName(r.countryCode, language) : ''),
          },
          {
            id: 'audience',
            header: t('attendance.roster.audience'),
            width: '8rem',
            render: (r) =>
              r.audience !== 'expected' && (
                <Text size="sm" c={AUDIENCE_COLOURS[r.audience]} style={{ whiteSpace: 'nowrap' }}>
                  {t(`attendance.roster.audienceKind.${r.audience}`)}
                </Text>
              ),
          },
          {
            id: 'when',
            header: t('attendance.roster.when'),
            width: 'minmax(10rem, 1.5fr)',
            render: (r) =>
              r.checkedInAt &&
              t('attendance.roster.by', {
                time: formatClock(r.checkedInAt, timeZone),
                method: t(`attendance.method.${r.method ?? 'roster'}`),
                operator: r.operator || t('attendance.person.noOperator'),
              }),
          },
        ]}
      />
      {rows.length === 0 && (
        <Text c="dimmed">
          {filter ? t('attendance.roster.noMatch') : t('attendance.roster.empty')}
        </Text>
      )}
    </Stack>
  );
}
