import type { KeyboardEvent, Ref } from 'react';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sortName } from '../../../../shared/domain/people';
import { countryLabel } from './participant-view';
import type { DirectoryPerson } from './use-directory-search';
import classes from './participants.module.css';

/** "Organisation · Country · email": what tells two people of the same name apart. */
export function personDetails(p: DirectoryPerson, language: string): string {
  return [p.organisationName, countryLabel(p.countryCode, language), p.email]
    .filter(Boolean)
    .join(' · ');
}

const MOVES = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

interface Props {
  label: string;
  people: readonly DirectoryPerson[];
  /** People already registered to this meeting: shown, marked, and not pickable. */
  registered: ReadonlySet<number>;
  onPick(person: DirectoryPerson): void;
  /** Arrow Up on the first person leaves the list (back to the search box). */
  onLeaveTop?(): void;
  listRef?: Ref<HTMLUListElement>;
}

/**
 * People from the directory, each a button; the arrow keys move between the ones that can be
 * picked, so the list works like a menu without trapping Tab.
 */
export function PersonPickList({ label, people, registered, onPick, onLeaveTop, listRef }: Props) {
  const { t, i18n } = useTranslation();

  function move(e: KeyboardEvent<HTMLUListElement>) {
    if (!MOVES.has(e.key)) return;
    const buttons = [
      ...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    e.preventDefault();
    if (e.key === 'ArrowUp' && at <= 0 && onLeaveTop) return onLeaveTop();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? buttons.length - 1
          : Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
  }

  return (
    <ul className={classes.pickList} aria-label={label} ref={listRef} onKeyDown={move}>
      {people.map((p) => {
        const taken = registered.has(p.id);
        return (
          <li key={p.id}>
            <UnstyledButton className={classes.pickItem} disabled={taken} onClick={() => onPick(p)}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div className={classes.pickText}>
                  <Text size="sm" fw={600} truncate>
                    {sortName(p)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {personDetails(p, i18n.language)}
                  </Text>
                </div>
                {taken ? (
                  <Badge variant="light" color="gray" className={classes.pickBadge}>
                    {t('participants.pick.registered')}
                  </Badge>
                ) : (
                  p.meetingCount > 0 && (
                    <Badge variant="outline" color="indigo" className={classes.pickBadge}>
                      {t('participants.pick.meetings', { count: p.meetingCount })}
                    </Badge>
                  )
                )}
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
