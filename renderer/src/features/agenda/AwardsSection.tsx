import { useId, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAward, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatMinute, type Award } from '../../../../shared/domain/agenda';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';
import { recipientLabel } from './award-form';
import { AwardFormModal } from './AwardFormModal';

export interface AwardsSectionProps {
  /** Opens the session where an award is given (the same jump as the clash list's). */
  onOpenSession?(sessionId: number): void;
}

/** The meeting's awards: who receives what, where it is presented, and why; add, edit, delete. */
export function AwardsSection({ onOpenSession }: AwardsSectionProps = {}) {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const edit = useAgendaStore((s) => s.edit);
  const headingId = useId();
  // The award being edited, 'new' for the add form, null when no form is open.
  const [editing, setEditing] = useState<Award | 'new' | null>(null);
  if (!agenda) return null;

  async function remove(award: Award) {
    const result = await edit('agenda.deleteAward', { id: award.id });
    if (!result.ok) notifications.show({ color: 'red', message: refusalText(result.error) });
    else showAgendaUndo(t('agenda.forms.awards.deleted', { name: award.name }));
  }

  const sessionOf = (id: number | null) => agenda.sessions.find((s) => s.id === id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('agenda.forms.awards.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('agenda.forms.awards.add')}
        </Button>
      </Group>
      {agenda.awards.length === 0 ? (
        <EmptyState size="sm" icon={<IconAward size={22} aria-hidden />} withIndicatorBackground>
          <EmptyState.Title order={4}>{t('agenda.forms.awards.none')}</EmptyState.Title>
          <EmptyState.Description>{t('agenda.forms.awards.noneBody')}</EmptyState.Description>
        </EmptyState>
      ) : (
        <Table verticalSpacing="xs" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agenda.forms.awards.name')}</Table.Th>
              <Table.Th>{t('agenda.forms.awards.recipient')}</Table.Th>
              <Table.Th>{t('agenda.forms.awards.session')}</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>{t('agenda.forms.awards.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agenda.awards.map((award) => {
              const session = sessionOf(award.sessionId);
              const recipient = recipientLabel(award, agenda);
              return (
                <Table.Tr key={award.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {award.name}
                    </Text>
                    {award.citation && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {award.citation}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {award.recipientPersonId !== null ? (
                      <Anchor
                        component={Link}
                        href={`/people/${award.recipientPersonId}`}
                        size="sm"
                      >
                        {recipient}
                      </Anchor>
                    ) : (
                      <Text size="sm">{recipient || t('common.none')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {session ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => onOpenSession?.(session.id)}
                        disabled={!onOpenSession}
                      >
                        {`${session.title} · ${formatShortWeekday(session.day, i18n.language)} ${formatMinute(session.startMinute)}`}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('agenda.forms.awards.noSession')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('agenda.forms.awards.editNamed', { name: award.name })}
                          onClick={() => setEditing(award)}
                        >
                          <IconEdit size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('agenda.forms.awards.deleteNamed', { name: award.name })}
                          onClick={() => void remove(award)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing !== null && (
        <AwardFormModal
          agenda={agenda}
          award={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
