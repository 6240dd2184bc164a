import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';

export type ExportFormat = 'csv' | 'xlsx';

interface Props {
  /** The group's caption ("Export"); each button also has its own accessible name. */
  label: string;
  csvLabel: string;
  xlsxLabel: string;
  /** The format being made: its button spins, the other waits. */
  busy: ExportFormat | null;
  /** Nothing to export (or an export running). */
  disabled: boolean;
  onExport(format: ExportFormat): void;
  /** Placed between CSV and XLSX: the participants' CSV separator menu. */
  afterCsv?: ReactNode;
}

/** One labelled group ("Export | CSV | XLSX") keeps a header on one line in every language. */
export function ExportFormatGroup({
  label,
  csvLabel,
  xlsxLabel,
  busy,
  disabled,
  onExport,
  afterCsv,
}: Props) {
  const button = (format: ExportFormat, name: string, icon: ReactNode) => (
    <Button
      variant="default"
      aria-label={name}
      leftSection={icon}
      loading={busy === format}
      disabled={disabled && busy !== format}
      onClick={() => onExport(format)}
    >
      {format.toUpperCase()}
    </Button>
  );
  return (
    <Button.Group>
      <Button.GroupSection variant="default" fw={500} aria-hidden>
        <IconDownload size={16} style={{ marginInlineEnd: 6 }} />
        {label}
      </Button.GroupSection>
      {button('csv', csvLabel, <IconFileTypeCsv size={16} aria-hidden />)}
      {afterCsv}
      {button('xlsx', xlsxLabel, <IconFileSpreadsheet size={16} aria-hidden />)}
    </Button.Group>
  );
}
