import { ActionIcon, Tooltip } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The buttons' names, saying what they act on: "Edit Salle 2", "Delete Salle 2". */
  editLabel: string;
  deleteLabel: string;
  onEdit(): void;
  onDelete(): void;
}

/** A row's Edit and Delete icon buttons (rooms, awards), each named and with its tooltip. */
export function EditDeleteActions({ editLabel, deleteLabel, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Tooltip label={t('common.edit')}>
        <ActionIcon variant="subtle" color="gray" aria-label={editLabel} onClick={onEdit}>
          <IconEdit size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')}>
        <ActionIcon variant="subtle" color="red" aria-label={deleteLabel} onClick={onDelete}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
