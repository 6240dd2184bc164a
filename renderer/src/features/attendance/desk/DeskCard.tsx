import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  IconAccessible,
  IconAlertTriangle,
  IconId,
  IconMailForward,
  IconNote,
  IconToolsKitchen2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../../shared/domain/countries';
import { isUnconfirmedStatus } from '../../../../../shared/domain/attendance';
import type { DeskAnswer } from './desk.store';
import classes from './desk.module.css';

type Card = NonNullable<DeskAnswer['card']>;

/** What the registrar needs to see of the person: who, from where, and what to hand over or mind. */
export function DeskCard({ card, checkedIn }: { card: Card; checkedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const place = [
    card.organisationAcronym
      ? `${card.organisationName} (${card.organisationAcronym})`
      : card.organisationName,
    card.countryCode && countryName(card.countryCode, i18n.language),
    t(`role.${card.role}`),
  ].filter(Boolean);
  const needs = [
    card.dietary && {
      icon: IconToolsKitchen2,
      text: t('attendance.card.dietary', { value: card.dietary }),
    },
    card.accessibility && {
      icon: IconAccessible,
      text: t('attendance.card.accessibility', { value: card.accessibility }),
    },
    card.visaLetter && { icon: IconMailForward, text: t('attendance.card.visaLetter') },
  ].filter((n): n is { icon: typeof IconNote; text: string } => Boolean(n));

  return (
    <section className={classes.card} aria-label={t('attendance.card.label', { name: card.name })}>
      <Stack gap={6}>
        <Title order={3} fz={30}>
          {card.name}
        </Title>
        {card.badgeName && card.badgeName !== card.name && (
          <Text c="dimmed">{t('attendance.card.badgeName', { name: card.badgeName })}</Text>
        )}
        <Text size="lg">{place.join(' · ')}</Text>
        <Group gap="xs">
          {checkedIn && card.badge === 'to_collect' && (
            <Badge size="xl" color="yellow" c="dark" leftSection={<IconId size={18} aria-hidden />}>
              {t(
                card.badgeReissued ? 'attendance.card.newBadge' : 'attendance.card.badgeToCollect',
              )}
            </Badge>
          )}
          {checkedIn && card.badge === 'none' && (
            <Badge size="lg" color="gray">
              {t('attendance.card.noBadge')}
            </Badge>
          )}
          {isUnconfirmedStatus(card.status) && (
            <Badge
              size="lg"
              color="orange"
              leftSection={<IconAlertTriangle size={16} aria-hidden />}
            >
              {t('attendance.card.unconfirmed', { status: t(`status.${card.status}`) })}
            </Badge>
          )}
          {checkedIn && !card.expected && card.audience === null && (
            <Badge size="lg" color="orange">
              {t('attendance.card.notPlanned')}
            </Badge>
          )}
          {card.audience === 'other' && (
            <Badge size="lg" color="orange">
              {t('attendance.card.otherAudience')}
            </Badge>
          )}
        </Group>
        {needs.length > 0 && (
          <List spacing={4} size="lg" aria-label={t('attendance.card.needs')}>
            {needs.map((n) => (
              <List.Item key={n.text} icon={<n.icon size={20} aria-hidden />}>
                {n.text}
              </List.Item>
            ))}
          </List>
        )}
        {card.deskNote && (
          <Group gap="xs" wrap="nowrap" bg="yellow.1" p="xs" style={{ borderRadius: 6 }}>
            <IconNote size={20} aria-hidden />
            <Text size="lg" fw={600}>
              {t('attendance.card.deskNote', { note: card.deskNote })}
            </Text>
          </Group>
        )}
      </Stack>
    </section>
  );
}
