import { notifications, type NotificationData } from '@mantine/notifications';

/**
 * Shows a message of the programme page at the top of the window: the app's other messages go to
 * the bottom right, which on this page is where the session panel keeps Save, Delete and Create.
 */
export function showAgendaNotice(data: NotificationData): string {
  return notifications.show({ position: 'top-center', ...data });
}
