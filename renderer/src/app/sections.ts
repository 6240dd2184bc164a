import {
  IconCalendarEvent,
  IconChartBar,
  IconHistory,
  IconLayoutDashboard,
  IconUserCheck,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** The sections of a meeting, in navigation order; each feature adds its own page here. */
export interface MeetingSection {
  /** Path after /meetings/:id ('' for the overview). */
  path: string;
  labelKey: string;
  icon: Icon;
}

export const MEETING_SECTIONS: MeetingSection[] = [
  { path: '', labelKey: 'nav.overview', icon: IconLayoutDashboard },
  { path: 'participants', labelKey: 'participants.nav', icon: IconUsers },
  { path: 'agenda', labelKey: 'agenda.nav', icon: IconCalendarEvent },
  { path: 'attendance', labelKey: 'attendance.nav', icon: IconUserCheck },
  { path: 'reports', labelKey: 'reports.nav', icon: IconChartBar },
  { path: 'changes', labelKey: 'audit.nav', icon: IconHistory },
];
