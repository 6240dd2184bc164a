/**
 * One spreadsheet row → the person, organisation and registration it describes, with row-level
 * errors (the row cannot be imported) and warnings (it can, and the registrar should know).
 * Messages are i18n keys under imports.messages, optionally with `?name=value` parameters.
 */
import {
  FIELD_MAX_LENGTH,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from './import-fields';
import { cleanImportedText } from './clean-text';
import { parseLanguages } from './import-languages';
import {
  EMAIL_PATTERN,
  looksLikeFormula,
  parseGender,
  parseOrganisationType,
  parseRole,
  parseStatus,
  parseYesNo,
} from './import-values';
import type { Gender, OrganisationType, Role, Status } from './people';

export interface RowIssue {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number;
  field: ImportField | null;
  value: string;
  message: string;
}

export interface ImportRecord {
  row: number;
  title: string;
  givenNames: string;
  familyNames: string;
  gender: Gender | null;
  email: string;
  phone: string;
  position: string;
  languages: string[];
  notes: string;
  organisation: string;
  organisationAcronym: string;
  organisationType: OrganisationType | null;
  /** As typed; resolved to a code against the country lists later. */
  country: string;
  nationality: string;
  /** The role and status as the file writes them: the registrar maps each distinct value. */
  roleValue: string;
  statusValue: string;
  /** What the value means when the registrar keeps the suggestion (null: not recognised). */
  role: Role | null;
  status: Status | null;
  badgeName: string;
  dietary: string;
  accessibility: string;
  visaLetter: boolean | null;
  /** Consent to be named in the meeting's participant list; null when the file does not say. */
  listed: boolean | null;
}

export interface RowResult {
  record: ImportRecord | null;
  /** The mapped cells, case-folded and joined: two rows with the same key repeat each other. */
  rowKey: string;
  errors: RowIssue[];
  warnings: RowIssue[];
}

/** True when every cell is empty: such rows are spacing, not people, and are passed over. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * A reader for one mapping: the mapped fields are worked out once, so reading 10,000 rows costs
 * only what each row needs.
 */
export function createRowReader(mapping: ColumnMapping) {
  const mapped = IMPORT_FIELDS.flatMap((field) => {
    const column = mapping[field];
    return column === undefined ? [] : [{ field, column, max: FIELD_MAX_LENGTH[field] }];
  });

  return function readRow(cells: readonly string[], row: number): RowResult {
    const v = {} as Record<ImportField, string>;
    for (const field of IMPORT_FIELDS) v[field] = '';
    const errors: RowIssue[] = [];
    const warnings: RowIssue[] = [];
    for (const { field, column, max } of mapped) {
      // A cell is not typed into a form: it is made clean here rather than refused (clean-text.ts).
      const value = cleanImportedText(
        cells[column] ?? '',
        field === 'notes' ? 'multi' : 'single',
      ).trim();
      if (!value) continue;
      v[field] = value;
      if (value.length > max)
        errors.push({
          row,
          field,
          value: value.slice(0, 80),
          message: `imports.messages.tooLong?max=${max}`,
        });
      // Stored as the plain text it is; flagged because it would run if exported and opened again.
      if (looksLikeFormula(value))
        warnings.push({ row, field, value, message: 'imports.messages.formula' });
    }

    // A single name column is kept whole, as typed: splitting it would guess which part is the
    // family name, and that differs between cultures.
    const familyNames = v.givenNames || v.familyNames ? v.familyNames : v.fullName;
    if (!v.givenNames && !familyNames)
      errors.push({ row, field: null, value: '', message: 'imports.messages.nameMissing' });
    if (v.email && !EMAIL_PATTERN.test(v.email))
      errors.push({
        row,
        field: 'email',
        value: v.email,
        message: 'imports.messages.invalidEmail',
      });

    const choice = <T>(field: ImportField, parse: (s: string) => T | null, message: string) => {
      const value = v[field];
      if (!value) return null;
      const parsed = parse(value);
      if (parsed === null) warnings.push({ row, field, value, message });
      return parsed;
    };
    const gender = choice('gender', parseGender, 'imports.messages.unknownGender');
    const organisationType = choice(
      'organisationType',
      parseOrganisationType,
      'imports.messages.unknownOrganisationType',
    );
    // Roles and statuses are not warned about row by row: the wizard maps each distinct value.
    const role = v.role ? parseRole(v.role) : null;
    const status = v.status ? parseStatus(v.status) : null;
    const visaLetter = choice('visaLetter', parseYesNo, 'imports.messages.unknownYesNo');
    // An empty consent cell says nothing (the person's standing answer applies), never "no".
    const listed = choice('listed', parseYesNo, 'imports.messages.unknownYesNo');

    let languages: string[] = [];
    if (v.languages) {
      const parsed = parseLanguages(v.languages);
      languages = parsed.codes.slice(0, 20);
      if (parsed.unknown.length)
        warnings.push({
          row,
          field: 'languages',
          value: v.languages,
          message: `imports.messages.unknownLanguages?names=${encodeURIComponent(parsed.unknown.join(', '))}`,
        });
    }

    const rowKey = mapped.map(({ field }) => v[field].toLowerCase()).join('\u0001');
    if (errors.length) return { record: null, rowKey, errors, warnings };
    return {
      rowKey,
      record: {
        row,
        title: v.title,
        givenNames: v.givenNames,
        familyNames,
        gender,
        email: v.email,
        phone: v.phone,
        position: v.position,
        languages,
        notes: v.notes,
        // An acronym alone ("IOM") still names the organisation.
        organisation: v.organisation || v.organisationAcronym,
        organisationAcronym: v.organisationAcronym,
        organisationType,
        country: v.country,
        nationality: v.nationality,
        roleValue: v.role,
        statusValue: v.status,
        role,
        status,
        badgeName: v.badgeName,
        dietary: v.dietary,
        accessibility: v.accessibility,
        visaLetter,
        listed,
      },
      errors,
      warnings,
    };
  };
}

/** Reads and checks one row (a reader for one-off use). */
export function readRow(cells: readonly string[], row: number, mapping: ColumnMapping): RowResult {
  return createRowReader(mapping)(cells, row);
}
