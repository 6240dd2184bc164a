import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { SUGGESTED_TRACKS, type Track } from '../../../../shared/domain/agenda';
import { normaliseName } from '../../../../shared/domain/people';
import type { ApiError } from '../../../../shared/api';
import { translateMessage } from '../../i18n';
import { errorText, issuesByField } from '../../ui/errors';
import { useAgendaStore } from './agenda.store';
import { showAgendaUndo } from './agenda-undo-notice';

/** The name field's message from a refusal, or the refusal itself. */
function nameError(error: ApiError): string {
  const message = issuesByField(error.issues).get('name');
  return message ? translateMessage(message) : errorText(error);
}

/** One track: renamed where it stands (Enter or leaving the field saves), or deleted. */
function TrackRow({ track, sessions }: { track: Track; sessions: number }) {
  const { t } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const [name, setName] = useState(track.name);
  const [error, setError] = useState<string | null>(null);
  // The stored name changed (an undo, another window): the field follows unless being edited.
  const [stored, setStored] = useState(track.name);
  if (stored !== track.name) {
    setStored(track.name);
    setName(track.name);
  }

  async function rename() {
    if (name.trim() === track.name) return setName(track.name);
    const result = await edit('agenda.updateTrack', { id: track.id, name: name.trim() });
    if (!result.ok) return setError(nameError(result.error));
    setError(null);
    showAgendaUndo(t('agenda.forms.tracks.renamed', { name: name.trim() }));
  }

  async function remove() {
    const result = await edit('agenda.deleteTrack', { id: track.id });
    if (!result.ok) return setError(errorText(result.error));
    showAgendaUndo(t('agenda.forms.tracks.deleted', { name: track.name, count: sessions }));
  }

  return (
    <Group component="li" wrap="nowrap" align="flex-start" gap="xs">
      <TextInput
        flex={1}
        aria-label={t('agenda.forms.tracks.nameOf', { name: track.name })}
        value={name}
        error={error}
        onChange={(e) => setName(e.currentTarget.value)}
        onBlur={() => void rename()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void rename();
          }
        }}
        rightSectionWidth={110}
        rightSection={
          <Text size="xs" c="dimmed" pe="xs">
            {t('agenda.forms.rooms.sessionCount', { count: sessions })}
          </Text>
        }
      />
      <Tooltip label={t('common.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('agenda.forms.tracks.deleteNamed', { name: track.name })}
          onClick={() => void remove()}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** The meeting's tracks (themes): rename, delete, add, or take one of the suggested. */
export function TracksTab({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const taken = new Set(agenda.tracks.map((tr) => normaliseName(tr.name)));
  const suggestions = SUGGESTED_TRACKS.map((k) => t(`agenda.trackSuggestion.${k}`)).filter(
    (label) => !taken.has(normaliseName(label)),
  );

  /** Adds a track typed in the field (`typed`) or a suggestion, which leaves the field alone. */
  async function add(trackName: string, typed: boolean) {
    const result = await edit('agenda.createTrack', {
      meetingId: agenda.meeting.id,
      name: trackName.trim(),
    });
    if (!typed) {
      if (!result.ok) notifications.show({ color: 'red', message: nameError(result.error) });
      else showAgendaUndo(t('agenda.forms.tracks.created', { name: trackName.trim() }));
      return;
    }
    if (!result.ok) return setError(nameError(result.error));
    setError(null);
    setName('');
    showAgendaUndo(t('agenda.forms.tracks.created', { name: trackName.trim() }));
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('agenda.forms.tracks.hint')}
      </Text>
      {agenda.tracks.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="sm">
          {t('agenda.forms.tracks.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {agenda.tracks.map((track) => (
            <TrackRow
              key={track.id}
              track={track}
              sessions={agenda.sessions.filter((s) => s.trackId === track.id).length}
            />
          ))}
        </Stack>
      )}
      <Group
        component="form"
        align="flex-start"
        gap="xs"
        wrap="nowrap"
        onSubmit={(e) => {
          e.preventDefault();
          void add(name, true);
        }}
      >
        <TextInput
          flex={1}
          aria-label={t('agenda.forms.tracks.newName')}
          placeholder={t('agenda.forms.tracks.newName')}
          value={name}
          error={error}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('agenda.forms.tracks.add')}
        </Button>
      </Group>
      {suggestions.length > 0 && (
        <Stack gap={6}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('agenda.session.track.suggested')}
          </Text>
          <Group gap="xs">
            {suggestions.map((label) => (
              <Button
                key={label}
                size="compact-sm"
                variant="default"
                leftSection={<IconPlus size={12} aria-hidden />}
                onClick={() => void add(label, false)}
              >
                {label}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
