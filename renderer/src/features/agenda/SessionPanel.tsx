/**
 * The side panel that edits one session (or a new one) beside the grid, without hiding it.
 * Placeholder: filled in by the session editor work.
 */
export interface SessionPanelProps {
  /** The session to edit, or 'new' with the place chosen on the grid. */
  session:
    | { kind: 'existing'; id: number }
    | {
        kind: 'new';
        day: string;
        startMinute: number;
        endMinute: number;
        roomId: number | null;
        allRooms?: boolean;
      };
  onClose(): void;
  /** Called with the id of a session just created, so the grid can select it. */
  onCreated?(id: number): void;
}

export function SessionPanel(props: SessionPanelProps) {
  void props;
  return null;
}
