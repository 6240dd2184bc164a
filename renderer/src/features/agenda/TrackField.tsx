import { useState } from 'react';
import { ActionIcon, Button, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SUGGESTED_TRACKS } from '../../../../shared/domain/agenda';
import { normaliseName } from '../../../../shared/domain/people';
import { errorText, issuesByField } from '../../ui/errors';
import { translateMessage } from '../../i18n';
import { useAgendaStore } from './agenda.store';

const NEW = 'new';
const SUGGESTION = 'suggested:';

interface Props {
  meetingId: number;
  value: number | null;
  onChange(trackId: number | null): void;
  error?: string;
}

/**
 * The session's track: one of the meeting's, a suggested one (created when picked), or a new one
 * named on the spot. Creating a track is an agenda edit of its own, undoable like the others.
 */
export function TrackField({ meetingId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const tracks = useAgendaStore((s) => s.agenda?.tracks ?? []);
  const edit = useAgendaStore((s) => s.edit);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const taken = new Set(tracks.map((tr) => normaliseName(tr.name)));
  const suggestions = SUGGESTED_TRACKS.map((key) => t(`agenda.trackSuggestion.${key}`)).filter(
    (label) => !taken.has(normaliseName(label)),
  );
  const data = [
    ...(tracks.length
      ? [
          {
            group: t('agenda.session.track.meetingTracks'),
            items: tracks.map((tr) => ({ value: String(tr.id), label: tr.name })),
          },
        ]
      : []),
    ...(suggestions.length
      ? [
          {
            group: t('agenda.session.track.suggested'),
            items: suggestions.map((label) => ({ value: `${SUGGESTION}${label}`, label })),
          },
        ]
      : []),
    {
      group: t('agenda.session.track.other'),
      items: [{ value: NEW, label: t('agenda.session.track.new') }],
    },
  ];

  async function create(trackName: string): Promise<boolean> {
    setBusy(true);
    const result = await edit('agenda.createTrack', { meetingId, name: trackName.trim() });
    setBusy(false);
    if (result.ok) {
      onChange(result.value.id);
      setCreateError(null);
      return true;
    }
    const message = issuesByField(result.error.issues).get('name');
    setCreateError(message ? translateMessage(message) : errorText(result.error));
    return false;
  }

  if (naming)
    return (
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          flex={1}
          label={t('agenda.session.track.newName')}
          value={name}
          error={createError}
          autoFocus
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter names the track here rather than submitting the whole session.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void create(name).then((ok) => ok && setNaming(false));
          }}
        />
        <Button
          variant="light"
          loading={busy}
          onClick={() => void create(name).then((ok) => ok && setNaming(false))}
        >
          {t('agenda.session.track.create')}
        </Button>
        <Tooltip label={t('common.cancel')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            mb={2}
            aria-label={t('agenda.session.track.cancelNew')}
            onClick={() => {
              setNaming(false);
              setCreateError(null);
            }}
          >
            <IconX size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    );

  return (
    <Select
      label={t('agenda.session.fields.track')}
      placeholder={t('agenda.session.track.none')}
      data={data}
      value={value === null ? null : String(value)}
      clearable
      searchable
      nothingFoundMessage={t('agenda.session.nothingFound')}
      error={error ?? createError}
      disabled={busy}
      onChange={(picked) => {
        if (picked === null) return onChange(null);
        if (picked === NEW) {
          setName('');
          setNaming(true);
          return;
        }
        if (picked.startsWith(SUGGESTION)) return void create(picked.slice(SUGGESTION.length));
        onChange(Number(picked));
      }}
    />
  );
}
