import { useState } from 'react';
import { ActionIcon, ColorInput, Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import {
  DEFAULT_TYPE_COLOURS,
  SESSION_TYPES,
  type SessionType,
} from '../../../../shared/domain/agenda';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';

const HEX = /^#[0-9a-f]{6}$/i;
const SWATCHES = [...new Set(Object.values(DEFAULT_TYPE_COLOURS))];

/** One type's colour: picked, typed (#rrggbb) or reset to its default; saved when settled. */
function TypeColour({ type, colour }: { type: SessionType; colour: string }) {
  const { t } = useTranslation();
  const meetingId = useAgendaStore((s) => s.meetingId);
  const edit = useAgendaStore((s) => s.edit);
  const [value, setValue] = useState(colour);
  const [error, setError] = useState<string | null>(null);
  // The stored colour changed (reset, undo): the field follows.
  const [stored, setStored] = useState(colour);
  if (stored !== colour) {
    setStored(colour);
    setValue(colour);
  }
  const label = t(`agenda.sessionType.${type}`);
  const isDefault = colour.toLowerCase() === DEFAULT_TYPE_COLOURS[type];

  async function save(next: string) {
    if (meetingId === null || next.toLowerCase() === colour.toLowerCase()) return;
    if (!HEX.test(next)) return setError(t('errors.invalidColour'));
    const result = await edit('agenda.setTypeColour', { meetingId, type, colour: next });
    if (!result.ok) {
      setError(refusalText(result.error));
      notifications.show({ color: 'red', message: refusalText(result.error) });
    } else setError(null);
  }

  return (
    <Group wrap="nowrap" align="flex-end" gap="xs">
      <ColorInput
        flex={1}
        label={label}
        format="hex"
        swatches={SWATCHES}
        swatchesPerRow={6}
        withEyeDropper={false}
        value={value}
        error={error}
        onChange={setValue}
        onChangeEnd={(v) => void save(v)}
        onBlur={() => void save(value)}
      />
      <Tooltip label={t('agenda.forms.colours.reset')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          mb={error ? 22 : 2}
          // Hidden, not disabled, at the default: nothing to reset, and no grey block per row.
          style={{ visibility: isDefault ? 'hidden' : undefined }}
          aria-label={t('agenda.forms.colours.resetNamed', { type: label })}
          onClick={() => void save(DEFAULT_TYPE_COLOURS[type])}
        >
          <IconArrowBackUp size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** The colours of the session types on the grid, the list and the printed programme. */
export function TypeColoursTab({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('agenda.forms.colours.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {SESSION_TYPES.map((type) => (
          <TypeColour key={type} type={type} colour={agenda.typeColours[type]} />
        ))}
      </SimpleGrid>
    </>
  );
}
