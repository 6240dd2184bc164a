/**
 * The audit log in words: the screen (through i18next) and the exported files (through the same
 * translation files, in the file's language) say each change the same way.
 */
import { formatMinute } from './agenda';
import {
  AUDIT_FIELDS,
  LABELLED_BY_PERSON,
  isAuditField,
  type AuditChange,
  type AuditEntity,
  type AuditValue,
} from './audit';
import { countryName } from './countries';
import { languageName } from './languages';
import { formatNumber } from './numbers';
import { formatDay, formatInstant, formatShortDay } from './time';

/** A translation function: i18next's `t`, or the backend's over the same files. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The fields of an entry the text needs. */
export interface AuditEntryText {
  entity: AuditEntity;
  action: string;
  via: string;
  label: string;
  personId: number | null;
  scrubbed: boolean;
  changes: AuditChange[];
}

function list(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [value];
  } catch {
    return [value];
  }
}

/** One value of a field as people read it ('' for nothing); instants in `timeZone`. */
export function auditValueText(
  field: string,
  value: AuditValue,
  t: Translate,
  language: string,
  timeZone = 'UTC',
): string {
  if (value === null || value === '') return '';
  if (!isAuditField(field)) return String(value);
  const kind = AUDIT_FIELDS[field].kind;
  if (typeof kind === 'object') return t(`${kind.enum}.${String(value)}`);
  switch (kind) {
    case 'bool':
      return t(value === 1 || value === '1' ? 'audit.yes' : 'audit.no');
    case 'count':
      return typeof value === 'number' ? formatNumber(value, language) : String(value);
    case 'day':
      return formatDay(String(value), language);
    case 'days':
      return list(String(value))
        .map((d) => formatShortDay(d, language))
        .join(', ');
    case 'minute':
      return typeof value === 'number' ? formatMinute(value) : String(value);
    case 'country':
      return countryName(String(value), language);
    case 'instant':
      return formatInstant(String(value), timeZone, language);
    case 'languages':
      return list(String(value))
        .map((l) => languageName(l, language))
        .join(', ');
    default:
      return String(value);
  }
}

/** The field's label. */
export const auditFieldText = (field: string, t: Translate): string =>
  isAuditField(field) ? t(`audit.field.${field}`) : field;

/** 'Status: Invited → Confirmed', 'Email: (removed)', 'Dietary needs: vegetarian' (on creation). */
export function auditChangeText(
  change: AuditChange,
  t: Translate,
  language: string,
  timeZone = 'UTC',
): string {
  const field = auditFieldText(change.field, t);
  if (change.removed) return t('audit.change', { field, value: t('audit.removedValue') });
  const before = auditValueText(change.field, change.before, t, language, timeZone);
  const after = auditValueText(change.field, change.after, t, language, timeZone);
  if (before === after || !before) return t('audit.change', { field, value: after });
  return t('audit.changeFromTo', { field, before, after: after || t('audit.emptyValue') });
}

/** What the entry is about: 'Registration · Claire Martin', 'Session · Opening'. */
export function auditSubjectText(entry: AuditEntryText, t: Translate): string {
  const kind = t(`audit.entity.${entry.entity}`);
  let label = entry.entity === 'colour' ? t(`agenda.sessionType.${entry.label}`) : entry.label;
  if (!label && LABELLED_BY_PERSON.has(entry.entity) && entry.personId !== null)
    label = t('audit.removedPerson', { id: entry.personId });
  return label ? `${kind} · ${label}` : kind;
}

/** What was done: 'Created', 'Changed (undo)', 'Imported'. */
export function auditActionText(entry: AuditEntryText, t: Translate): string {
  const action =
    entry.entity === 'attendance'
      ? t(`attendance.history.${entry.action}`)
      : t(`audit.action.${entry.action}`);
  return entry.via ? `${action} (${t(`audit.via.${entry.via}`)})` : action;
}
