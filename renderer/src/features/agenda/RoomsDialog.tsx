/** Rooms, tracks and type colours of the meeting. Placeholder: filled in by the settings work. */
export interface RoomsDialogProps {
  opened: boolean;
  onClose(): void;
}

export function RoomsDialog(props: RoomsDialogProps) {
  void props;
  return null;
}
