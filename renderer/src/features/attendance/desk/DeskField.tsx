import { forwardRef } from 'react';
import { Group, Paper, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../../shared/domain/countries';
import { useDeskStore } from './desk.store';
import { formatClock } from '../attendance-format';
import classes from './desk.module.css';

const LIST_ID = 'desk-matches';
const optionId = (registrationId: number) => `desk-match-${registrationId}`;

/**
 * The desk's one field: a USB scanner types a badge's code and Enter into it, or a registrar types
 * three letters of a name, organisation or country and picks with the arrows and Enter.
 */
export const DeskField = forwardRef<HTMLInputElement, { onBlurAway(): void }>(function DeskField(
  { onBlurAway },
  ref,
) {
  const { t, i18n } = useTranslation();
  const text = useDeskStore((s) => s.text);
  const matches = useDeskStore((s) => s.matches);
  const active = useDeskStore((s) => s.active);
  const timeZone = useDeskStore((s) => s.info?.meeting.timeZone ?? 'UTC');
  const items = matches?.items ?? [];
  const current = items[active];
  const store = useDeskStore.getState;

  return (
    <div className={classes.field}>
      <TextInput
        ref={ref}
        size="xl"
        value={text}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-label={t('attendance.desk.field')}
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={current ? optionId(current.registrationId) : undefined}
        placeholder={t('attendance.desk.placeholder')}
        leftSection={<IconScan size={26} aria-hidden />}
        onChange={(e) => store().setText(e.currentTarget.value)}
        onBlur={(e) => {
          // Focus going nowhere (a click on the page) comes straight back: the next scan must land here.
          if (!e.relatedTarget) onBlurAway();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void store().submit();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            store().move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Escape') store().setText('');
          else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !text) {
            e.preventDefault();
            void store().undo();
          }
        }}
      />
      {items.length > 0 && (
        <Paper withBorder shadow="md" mt={4} className={classes.matches}>
          <div role="listbox" id={LIST_ID} aria-label={t('attendance.desk.matches')}>
            {items.map((m, i) => (
              <UnstyledButton
                key={m.registrationId}
                id={optionId(m.registrationId)}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                className={classes.match}
                data-active={i === active || undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void store().pick(m.registrationId)}
              >
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600} size="lg">
                      {m.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {[
                        m.organisationName,
                        m.countryCode && countryName(m.countryCode, i18n.language),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  <Text size="sm" c={m.checkedInAt ? 'teal.8' : 'dimmed'}>
                    {m.checkedInAt
                      ? t('attendance.desk.inSince', { time: formatClock(m.checkedInAt, timeZone) })
                      : t(`status.${m.status}`)}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </div>
          {matches && matches.total > items.length && (
            <Text size="sm" c="dimmed" px="md" py={6}>
              {t('attendance.desk.moreMatches', { count: matches.total - items.length })}
            </Text>
          )}
        </Paper>
      )}
    </div>
  );
});
