import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { MEETING_SECTIONS } from './sections';
import { useMeetingsStore } from '../features/meetings/meetings.store';

/** Meetings first; inside a meeting, its sections. */
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
                  active={location === href}
                />
              );
            })}
          </Stack>
        )}
      </Stack>
    </ScrollArea>
  );
}
