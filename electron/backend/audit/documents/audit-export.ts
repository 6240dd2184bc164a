/**
 * The audit log as a spreadsheet: one line per changed field (an entry without fields is one
 * line), times in the zone asked for, everything worded as on screen in the file's language.
 */
import {
  auditActionText,
  auditFieldText,
  auditSubjectText,
  auditValueText,
} from '../../../../shared/domain/audit-text';
import { auditWho, ENTITY_AREA } from '../../../../shared/domain/audit';
import type { CsvSeparator } from '../../../../shared/domain/csv';
import { formatInstant, todayIn } from '../../../../shared/domain/time';
import type { AuditEntry } from '../audit.repo';
import { MIME_TYPES, fileSlug, tableFile } from './table-file';
import { translator, type DocumentLanguage } from './translator';

export interface AuditExportOptions {
  format: 'csv' | 'xlsx';
  language: DocumentLanguage;
  separator?: CsvSeparator | undefined;
  timeZone: string;
  /** What the log is of: a meeting's title or a person's name. */
  scope: string;
}

const WIDTHS = [20, 20, 14, 16, 36, 18, 22, 30, 30];

export async function exportAuditEntries(entries: AuditEntry[], options: AuditExportOptions) {
  const t = translator(options.language);
  const header = [
    t('audit.columns.when', { zone: options.timeZone }),
    t('audit.columns.who'),
    t('audit.columns.account'),
    t('audit.columns.area'),
    t('audit.columns.about'),
    t('audit.columns.action'),
    t('audit.columns.field'),
    t('audit.columns.before'),
    t('audit.columns.after'),
  ];
  const rows: string[][] = [];
  for (const entry of entries) {
    const common = [
      formatInstant(entry.at, options.timeZone, options.language),
      auditWho(entry),
      entry.osUser,
      t(`audit.area.${ENTITY_AREA[entry.entity]}`),
      auditSubjectText(entry, t),
      auditActionText(entry, t),
    ];
    if (entry.changes.length === 0) rows.push([...common, '', '', '']);
    for (const change of entry.changes) {
      const removed = change.removed ? t('audit.removedValue') : null;
      rows.push([
        ...common,
        auditFieldText(change.field, t),
        removed ??
          auditValueText(change.field, change.before, t, options.language, options.timeZone),
        removed ??
          auditValueText(change.field, change.after, t, options.language, options.timeZone),
      ]);
    }
  }
  const bytes = await tableFile(header, rows, {
    format: options.format,
    language: options.language,
    separator: options.separator,
    sheetName: t('audit.export.sheetName'),
    widths: WIDTHS,
  });
  const name = [t('audit.export.fileName'), fileSlug(options.scope), todayIn(options.timeZone)]
    .filter(Boolean)
    .join('-');
  return {
    fileName: `${name}.${options.format}`,
    mimeType: MIME_TYPES[options.format],
    base64: bytes.toString('base64'),
  };
}
