/** The list view: every session in a sortable table. Placeholder: filled in by the list work. */
export interface SessionListProps {
  onOpen(sessionId: number): void;
}

export function SessionList(props: SessionListProps) {
  void props;
  return null;
}
