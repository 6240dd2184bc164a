import { useEffect, useId, useState } from 'react';
import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAward, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { showAgendaNotice } from './agenda-notice';
import { formatMinute, type Award } from '../../../../shared/domain/agenda';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';
import { recipientLabel } from './award-form';
import { AwardFormModal } from './AwardFormModal';
import { EditDeleteActions } from './EditDeleteActions';

export interface AwardsSectionProps {
  /** Opens the session where an award is given (the same jump as the clash list's). */
  onOpenSession?(sessionId: number): void;
  /** False inside a dialog whose title already says "Awards": the section is named, not titled. */
  withHeading?: boolean;
  /** Told when the award form opens or closes (a dialog holding this section keeps Escape for it). */
  onFormOpenChange?(open: boolean): void;
}

/** The meeting's awards: who receives what, where it is presented, and why; add, edit, delete. */
export function AwardsSection({
  onOpenSession,
  withHeading = true,
  onFormOpenChange,
}: AwardsSectionProps = {}) {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const edit = useAgendaStore((s) => s.edit);
  const headingId = useId();
  // The award being edited, 'new' for the add form, null when no form is open.
  const [editing, setEditing] = useState<Award | 'new' | null>(null);
  const formOpen = editing !== null;
  useEffect(() => onFormOpenChange?.(formOpen), [formOpen, onFormOpenChange]);
  if (!agenda) return null;

  async function remove(award: Award) {
    const result = await edit('agenda.deleteAward', { id: award.id });
    if (!result.ok) showAgendaNotice({ color: 'red', message: refusalText(result.error) });
    else showAgendaUndo(t('agenda.forms.awards.deleted', { name: award.name }));
  }

  const sessionOf = (id: number | null) => agenda.sessions.find((s) => s.id === id);
  return (
    <Paper
      withBorder={withHeading}
      p={withHeading ? 'md' : 0}
      component="section"
      aria-labelledby={withHeading ? headingId : undefined}
      aria-label={withHeading ? undefined : t('agenda.forms.awards.title')}
    >
      <Group justify={withHeading ? 'space-between' : 'flex-end'} mb="sm">
        {withHeading && (
          <Title order={3} size="h5" id={headingId}>
            {t('agenda.forms.awards.title')}
          </Title>
        )}
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
        <Table
          verticalSpacing="xs"
          aria-labelledby={withHeading ? headingId : undefined}
          aria-label={withHeading ? undefined : t('agenda.forms.awards.title')}
        >
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
                      <EditDeleteActions
                        editLabel={t('agenda.forms.awards.editNamed', { name: award.name })}
                        deleteLabel={t('agenda.forms.awards.deleteNamed', { name: award.name })}
                        onEdit={() => setEditing(award)}
                        onDelete={() => void remove(award)}
                      />
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
