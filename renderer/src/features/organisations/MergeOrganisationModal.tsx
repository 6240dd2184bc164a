import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useOrganisationsStore, type Organisation } from './organisations.store';
import { looksLikeDuplicate, organisationLabel } from './merge-candidates';

interface Props {
  /** The duplicate that will be folded into another one and deleted. */
  source: Organisation;
  list: readonly Organisation[];
  onClose(): void;
}

/**
 * Folds a duplicate into the organisation to keep. The consequence (everyone moves, the duplicate
 * is deleted) is spelled out with the real numbers before the Merge button can be pressed.
 */
export function MergeOrganisationModal({ source, list, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [keepId, setKeepId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keep = list.find((o) => String(o.id) === keepId) ?? null;

  const data = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const others = list
      .filter((o) => o.id !== source.id)
      .map((o) => ({ value: String(o.id), label: organisationLabel(o), org: o }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const likely = others.filter((o) => looksLikeDuplicate(source, o.org));
    const rest = others.filter((o) => !likely.includes(o));
    const strip = (items: typeof others) => items.map(({ value, label }) => ({ value, label }));
    return likely.length
      ? [
          { group: t('organisations.merge.likely'), items: strip(likely) },
          { group: t('organisations.merge.others'), items: strip(rest) },
        ]
      : strip(rest);
  }, [list, source, t, i18n.language]);

  async function merge() {
    if (!keep) return;
    setBusy(true);
    const result = await call('organisations.merge', { keepId: keep.id, mergeId: source.id });
    setBusy(false);
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    void useOrganisationsStore.getState().load();
    notifications.show({
      color: 'green',
      title: t('organisations.merge.doneTitle'),
      message: t('organisations.merge.done', {
        count: source.peopleCount,
        from: source.name,
        into: result.value.name,
        total: result.value.peopleCount,
      }),
    });
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('organisations.merge.title', { name: source.name })}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('organisations.merge.intro')}
        </Text>
        <Select
          label={t('organisations.merge.keep')}
          placeholder={t('organisations.merge.keepPlaceholder')}
          searchable
          limit={100}
          nothingFoundMessage={t('organisations.form.nothingFound')}
          data={data}
          value={keepId}
          onChange={setKeepId}
          data-autofocus
        />
        {keep && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconInfoCircle size={18} aria-hidden />}
            title={t('organisations.merge.confirmTitle')}
          >
            {t('organisations.merge.explain', {
              count: source.peopleCount,
              from: source.name,
              into: keep.name,
            })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            leftSection={<IconArrowMerge size={16} aria-hidden />}
            disabled={!keep}
            loading={busy}
            onClick={() => void merge()}
          >
            {t('organisations.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
