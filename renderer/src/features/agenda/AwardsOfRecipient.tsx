import { useEffect, useId, useState } from 'react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Output } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';

type ReceivedAward = Output<'agenda.awardsFor'>[number];

/**
 * The awards a person or an organisation received, in every meeting, for their page. Shows
 * nothing when there are none, so pages of the many who received none stay as they were.
 */
export function AwardsOfRecipient(props: { personId: number } | { organisationId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [awards, setAwards] = useState<ReceivedAward[]>([]);
  const personId = 'personId' in props ? props.personId : undefined;
  const organisationId = 'organisationId' in props ? props.organisationId : undefined;

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('agenda.awardsFor', { personId, organisationId }).then((r) => {
        if (live && r.ok) setAwards(r.value);
      });
    load();
    const stop = onBackendEvent((event, payload) => {
      const feature = (payload as { feature?: string }).feature;
      if (event === 'data.changed' && (feature === 'agenda' || feature === 'meetings')) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [personId, organisationId]);

  if (awards.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" mb="md" id={headingId}>
        {t('agenda.forms.awards.received', { count: awards.length })}
      </Title>
      <Stack gap="md">
        {awards.map((a) => (
          <Group key={a.id} gap="sm" wrap="nowrap" align="flex-start">
            <IconAward size={20} aria-hidden color="var(--mantine-color-pink-6)" />
            <div>
              <Text fw={600}>{a.name}</Text>
              <Text size="sm" c="dimmed">
                <Anchor component={Link} href={`/meetings/${a.meetingId}/agenda`} size="sm">
                  {a.meetingTitle}
                </Anchor>
                {a.sessionTitle &&
                  ` · ${t('agenda.forms.awards.presentedIn', { session: a.sessionTitle })}`}
              </Text>
              {a.citation && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {a.citation}
                </Text>
              )}
            </div>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
