/**
 * The programme's exports: PDF (A4 or Letter), iCalendar (whole meeting or one person), CSV, XLSX.
 * Placeholder: filled in by the documents work.
 */
export interface ProgrammeExportMenuProps {
  meetingId: number;
}

export function ProgrammeExportMenu(props: ProgrammeExportMenuProps) {
  void props;
  return null;
}
