import type { ReactNode } from 'react';
import { Group, Text, Title } from '@mantine/core';

interface Props {
  title: ReactNode;
  /** A count or summary under the title, announced when it changes (a search narrows the list). */
  status?: ReactNode;
  actions?: ReactNode;
}

/** A list page's title, its live count and its main actions. */
export function PageHeader({ title, status, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {status}
        </Text>
      </div>
      {actions}
    </Group>
  );
}
