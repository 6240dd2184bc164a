import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  ColorSwatch,
  Group,
  Modal,
  Progress,
  Radio,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api';
import {
  BADGE_FIELDS,
  BADGE_LAYOUTS,
  ROLE_COLOURS,
  badgeLanguages,
  hasBack,
  type BadgeField,
  type BadgeLayout,
} from '../../../../../shared/domain/badges';
import { languageName } from '../../../../../shared/domain/languages';
import { ROLES } from '../../../../../shared/domain/people';
import { translateMessage } from '../../../i18n';
import { errorText } from '../../../ui/errors';
import type { BadgeScope } from './badge-scopes';
import { useBadgeChoices } from './badges-choices.store';
import { useBadgesExport } from './use-badges-export';

interface Props {
  meetingId: number;
  /** The meeting's working languages: the badges' labels follow them. */
  languages: readonly string[];
  opened: boolean;
  scopes: BadgeScope[];
  onClose(): void;
}

/** The sentence for a refused run: the field's own message when there is one. */
function refusal(error: ApiError): string {
  const issue = error.issues?.[0];
  return issue ? translateMessage(issue.message) : errorText(error);
}

/** "English and French", in the screen's language. */
function listOfLanguages(codes: readonly string[], ui: string): string {
  return new Intl.ListFormat(ui, { type: 'conjunction' }).format(
    codes.map((code) => languageName(code, ui)),
  );
}

/**
 * Print badges: for whom (the selection, the list as filtered, everyone coming, or one person),
 * in which layout, with which optional fields; then the PDF is made with its progress shown, and
 * downloaded.
 */
export function BadgesDialog({ meetingId, languages, opened, scopes, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const layout = useBadgeChoices((s) => s.layout);
  const fields = useBadgeChoices((s) => s.fields);
  const choose = useBadgeChoices((s) => s.set);
  const [scopeKey, setScopeKey] = useState<BadgeScope['key'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { progress, run, stop } = useBadgesExport(meetingId);
  const scope = scopes.find((s) => s.key === scopeKey) ?? scopes[0];
  const labelled = badgeLanguages(languages);
  const missing = languages.filter((code) => !(labelled as readonly string[]).includes(code));
  const running = progress !== null;

  function close() {
    if (running) return;
    setError(null);
    setScopeKey(null);
    onClose();
  }

  async function make() {
    if (!scope) return;
    setError(null);
    const outcome = await run({
      layout,
      fields,
      ...(scope.ids ? { registrationIds: scope.ids } : {}),
    });
    if (outcome.kind === 'error') return setError(outcome.error);
    if (outcome.kind === 'stopped')
      return notifications.show({ message: t('attendance.badges.stopped') });
    notifications.show({
      color: 'green',
      message: t('attendance.badges.done', {
        file: outcome.file.fileName,
        badges: t('attendance.badges.badgeCount', { count: outcome.file.count }),
        pages: t('attendance.badges.pageCount', { count: outcome.file.pages }),
      }),
    });
    close();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('attendance.badges.title')}
      size="lg"
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
    >
      <Stack gap="md">
        {scopes.length > 1 ? (
          <Radio.Group
            label={t('attendance.badges.scope')}
            value={scope?.key ?? ''}
            onChange={(value) => setScopeKey(value as BadgeScope['key'])}
          >
            <Stack gap={6} mt={6}>
              {scopes.map((s) => (
                <Radio key={s.key} value={s.key} label={s.label} disabled={running} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          scope && (
            <Text>
              <Text span fw={600}>
                {t('attendance.badges.scope')}
              </Text>
              {` ${scope.label}`}
            </Text>
          )
        )}
        {scope && scope.leftOut > 0 && scope.count > 0 && (
          <Text size="sm" c="dimmed">
            {t('attendance.badges.leftOut', { count: scope.leftOut })}
          </Text>
        )}
        {scope && scope.count === 0 && (
          <Alert color="orange">
            {scope.key === 'everyone' ? t('errors.noBadges') : t('attendance.badges.nobody')}
          </Alert>
        )}
        <Radio.Group
          label={t('attendance.badges.layout')}
          value={layout}
          onChange={(value) => choose({ layout: value as BadgeLayout })}
        >
          <Stack gap={6} mt={6}>
            {BADGE_LAYOUTS.map((l) => (
              <Radio
                key={l}
                value={l}
                label={t(`attendance.badges.layouts.${l}`)}
                disabled={running}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group
          label={t('attendance.badges.fields')}
          value={fields}
          onChange={(value) => choose({ fields: value as BadgeField[] })}
        >
          <Stack gap={6} mt={6}>
            {BADGE_FIELDS.map((f) => (
              <Checkbox
                key={f}
                value={f}
                label={t(`attendance.badges.field.${f}`)}
                disabled={running}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {hasBack(fields) && <Text size="sm">{t('attendance.badges.duplex')}</Text>}
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {languages.length === 0
              ? t('attendance.badges.languagesNone')
              : missing.length
                ? t('attendance.badges.languagesMissing', {
                    languages: listOfLanguages(labelled, ui),
                    missing: listOfLanguages(missing, ui),
                  })
                : t('attendance.badges.languages', { languages: listOfLanguages(labelled, ui) })}
          </Text>
          <Group gap="sm" aria-label={t('attendance.badges.legend')} role="list">
            {ROLES.map((role) => (
              <Group key={role} gap={4} role="listitem">
                <ColorSwatch color={ROLE_COLOURS[role]} size={12} aria-hidden />
                <Text size="xs">{t(`role.${role}`)}</Text>
              </Group>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('attendance.badges.reissueNote')}
          </Text>
        </Stack>
        {error && <Alert color="red">{refusal(error)}</Alert>}
        {progress && (
          <Stack gap={4} data-testid="badges-progress">
            <Text size="sm" aria-live="polite">
              {t('attendance.badges.working', { done: progress.done, total: progress.total })}
            </Text>
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 0}
              animated
              aria-label={t('attendance.badges.working', {
                done: progress.done,
                total: progress.total,
              })}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          {running ? (
            <Button variant="default" onClick={stop} disabled={progress.stopping}>
              {t('attendance.badges.stop')}
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            onClick={() => void make()}
            loading={running}
            disabled={!scope || scope.count === 0}
          >
            {t('attendance.badges.make')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
