import { useId, useMemo } from 'react';
import { Badge, EmptyState, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLASH_KINDS, type Clash, type ClashKind } from '../../../../shared/domain/agenda-clashes';
import { useAgendaStore, useClashes } from './agenda.store';
import { clashSentence, type ClashWording } from './clash-text';
import classes from './agenda-forms.module.css';

/** Every clash of the agenda, each jumping to its session. */
export interface ClashListProps {
  onJump(sessionId: number): void;
  /** Hides the list's own heading when the page already names it (a tab, a drawer title). */
  withHeading?: boolean;
}

function groupByKind(clashes: readonly Clash[]): [ClashKind, Clash[]][] {
  const groups = new Map<ClashKind, Clash[]>();
  for (const clash of clashes) {
    const list = groups.get(clash.kind);
    if (list) list.push(clash);
    else groups.set(clash.kind, [clash]);
  }
  return CLASH_KINDS.filter((k) => groups.has(k)).map((k) => [k, groups.get(k)!]);
}

/** One kind of clash under its heading, each sentence a button that jumps to the session. */
function ClashGroup({
  kind,
  clashes,
  wording,
  onJump,
}: {
  kind: ClashKind;
  clashes: Clash[];
  wording: ClashWording;
  onJump(sessionId: number): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Group gap={6} mb={4}>
        <Title order={4} size="h6" id={headingId}>
          {t(`agenda.forms.clash.kind.${kind}`)}
        </Title>
        <Badge size="sm" variant="light" color="orange" aria-hidden>
          {clashes.length}
        </Badge>
      </Group>
      <ul className={classes.clashItems} aria-labelledby={headingId}>
        {clashes.map((clash, i) => (
          <li key={`${clash.sessionIds.join('-')}-${i}`}>
            <UnstyledButton
              className={classes.clashItem}
              onClick={() => onJump(clash.sessionIds[0])}
            >
              <IconAlertTriangle
                size={16}
                aria-hidden
                className={classes.clashIcon}
                color="var(--mantine-color-orange-7)"
              />
              <Text size="sm" span>
                {clashSentence(clash, wording)}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every clash of the agenda grouped by kind, in plain words; each jumps to its session. */
export function ClashList({ onJump, withHeading = true }: ClashListProps) {
  const { t, i18n } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const clashes = useClashes();
  const groups = useMemo(() => groupByKind(clashes), [clashes]);
  const headingId = useId();
  if (!agenda) return null;
  const wording: ClashWording = { agenda, t, language: i18n.language };
  return (
    <Stack gap="sm" component="section" aria-labelledby={withHeading ? headingId : undefined}>
      {withHeading && (
        <Group gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {t('agenda.forms.clash.title')}
          </Title>
          {clashes.length > 0 && (
            <Badge color="orange" variant="filled" size="sm">
              {clashes.length}
            </Badge>
          )}
        </Group>
      )}
      {/* Announced when an edit adds or resolves clashes, without moving the focus. */}
      <Text size="sm" c="dimmed" aria-live="polite">
        {clashes.length > 0 ? t('agenda.forms.clash.count', { count: clashes.length }) : ''}
      </Text>
      {clashes.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCircleCheck size={22} aria-hidden />}
          withIndicatorBackground
        >
          <EmptyState.Title order={4}>{t('agenda.forms.clash.none')}</EmptyState.Title>
          <EmptyState.Description>{t('agenda.forms.clash.noneBody')}</EmptyState.Description>
        </EmptyState>
      ) : (
        groups.map(([kind, list]) => (
          <ClashGroup key={kind} kind={kind} clashes={list} wording={wording} onJump={onJump} />
        ))
      )}
    </Stack>
  );
}
