import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';

interface Props {
  icon: ReactNode;
  title: ReactNode;
  body: ReactNode;
  /** The way out: create the first one, clear the search. */
  action?: ReactNode;
}

/** What a list page shows instead of its table: nothing yet, or nothing matches. */
export function ListEmptyState({ icon, title, body, action }: Props) {
  return (
    <EmptyState icon={icon} withIndicatorBackground>
      <EmptyState.Title order={3}>{title}</EmptyState.Title>
      <EmptyState.Description>{body}</EmptyState.Description>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
