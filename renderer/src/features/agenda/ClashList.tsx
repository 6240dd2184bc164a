/** Every clash of the agenda, each jumping to its session. Placeholder: filled in by the clash work. */
export interface ClashListProps {
  onJump(sessionId: number): void;
}

export function ClashList(props: ClashListProps) {
  void props;
  return null;
}
