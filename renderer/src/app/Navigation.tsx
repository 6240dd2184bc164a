import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconSettings,
  IconShieldLock,
  IconUsers,
  IconWorld,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { MEETING_SECTIONS } from './sections';
import { useMeetingsStore } from '../features/meetings/meetings.store';

/** Lists that span every meeting: the people directory and its reference data. */
const DIRECTORY_LINKS = [
  { href: '/people', labelKey: 'nav.people', icon: IconUsers },
  { href: '/organisations', labelKey: 'nav.organisations', icon: IconBuildingCommunity },
  { href: '/countries', labelKey: 'nav.countries', icon: IconWorld },
  { href: '/privacy', labelKey: 'nav.privacy', icon: IconShieldLock },
];

/** Meetings first; inside a meeting, its sections; then the lists that span meetings. */
export function Navigation() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [inMeeting, params] = useRoute<{ id: string; rest?: string }>('/meetings/:id/*?');
  const meetingId = inMeeting && params.id !== 'new' ? Number(params.id) : null;
  const meeting = useMeetingsStore((s) => s.list.find((m) => m.id === meetingId));
  return (
    <ScrollArea>
      <Stack gap={4} component="nav" aria-label={t('app.mainNavigation')}>
        <NavLink
          component={Link}
          href="/meetings"
          label={t('nav.meetings')}
          leftSection={<IconCalendarEvent size={18} aria-hidden />}
          active={location === '/meetings'}
        />
        {meetingId !== null && meeting && (
          <Stack gap={2} ps="md" aria-label={t('nav.meetingSections', { title: meeting.title })}>
            <Text size="xs" c="dimmed" fw={600} lineClamp={2} px="sm" pt="xs">
              {meeting.title}
            </Text>
            {MEETING_SECTIONS.map((section) => {
              const href = `/meetings/${meetingId}${section.path ? `/${section.path}` : ''}`;
              return (
                <NavLink
                  key={section.labelKey}
                  component={Link}
                  href={href}
                  label={t(section.labelKey)}
                  leftSection={<section.icon size={18} aria-hidden />}
                  active={
                    location === href || (section.path !== '' && location.startsWith(`${href}/`))
                  }
                />
              );
            })}
          </Stack>
        )}
        {DIRECTORY_LINKS.map((link) => (
          <NavLink
            key={link.href}
            component={Link}
            href={link.href}
            label={t(link.labelKey)}
            leftSection={<link.icon size={18} aria-hidden />}
            active={location === link.href || location.startsWith(`${link.href}/`)}
          />
        ))}
        <NavLink
          component={Link}
          href="/settings"
          label={t('nav.settings')}
          leftSection={<IconSettings size={18} aria-hidden />}
          active={location === '/settings'}
        />
      </Stack>
    </ScrollArea>
  );
}
