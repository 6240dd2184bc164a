/**
 * The answer to a subject-access request: every record held about one person, as a PDF.
 *
 * Why a PDF: the file goes to the person, not to an analyst. A PDF reads and prints the same
 * everywhere, cannot be changed by accident on the way, and the backend's PDF writer embeds fonts
 * for every script a name may be written in (Arabic, Chinese, Thai…), right-to-left included.
 * Each table's data has its own section, field by field as the screens name it (a badge's token
 * is left out: it is a key that checks them in, not data about them); records of a
 * table without a section yet are listed column by column, so nothing held is left out.
 */
import { countryName } from '../../../../shared/domain/countries';
import { languageName } from '../../../../shared/domain/languages';
import { displayName } from '../../../../shared/domain/people';
import { formatMinute } from '../../../../shared/domain/agenda';
import { formatDay, formatDayRange, formatInstant } from '../../../../shared/domain/time';
import {
  auditActionText,
  auditChangeText,
  auditSubjectText,
} from '../../../../shared/domain/audit-text';
import { auditWho } from '../../../../shared/domain/audit';
import { drawTable, type CellBlock, type TableRow } from '../../pdf/pdf-table';
import { PdfWriter, type Paper } from '../../pdf/pdf-writer';
import { translator, type DocumentLanguage } from '../../audit/documents/translator';
import type { SubjectData } from '../subject-data.repo';

const ACCENT = '#1c5d99';
const MUTED = '#5c636a';

export interface SubjectAccessOptions {
  language: DocumentLanguage;
  paper: Paper;
  /** The zone instants are written in (the computer's). */
  timeZone: string;
  /** When the file is made (ISO), and by whom. */
  madeAt: string;
  madeBy: string;
}

type Pair = [label: string, value: string];

export async function subjectAccessPdf(data: SubjectData, o: SubjectAccessOptions) {
  const t = translator(o.language);
  const lang = o.language;
  const none = t('privacy.subjectAccess.none');
  const text = (v: string | null | undefined) => (v ? v : none);
  const day = (v: string | null) => (v ? formatDay(v, lang) : none);
  const instant = (v: string | null) => (v ? formatInstant(v, o.timeZone, lang) : none);
  const yesNo = (v: boolean) => t(v ? 'audit.yes' : 'audit.no');
  const country = (code: string | null) => (code ? countryName(code, lang) : none);
  const name = displayName(data.person);

  const writer = new PdfWriter({
    paper: o.paper,
    language: lang,
    info: { title: t('privacy.subjectAccess.title', { name }), author: 'Plenary' },
  });
  writer.onPageStart((w) =>
    w.paragraph(t('privacy.subjectAccess.title', { name }), {
      size: 8,
      colour: MUTED,
      spaceAfter: 4,
    }),
  );

  const heading = (label: string) => {
    writer.space(8);
    writer.heading(label, { size: 13, colour: ACCENT, spaceAfter: 4 });
  };
  const pairs = (rows: Pair[]) =>
    drawTable(writer, {
      columns: [
        { header: t('privacy.subjectAccess.field'), weight: 1.3 },
        { header: t('privacy.subjectAccess.value'), weight: 3 },
      ],
      rows: rows.map(([label, value]) => ({
        cells: [[{ content: label, style: { weight: 'bold' } }], [{ content: value }]],
      })),
      bodyStyle: { size: 9 },
    });
  const table = (headers: [string, number][], rows: string[][]) =>
    rows.length === 0
      ? writer.paragraph(none, { colour: MUTED })
      : drawTable(writer, {
          columns: headers.map(([header, weight]) => ({ header, weight })),
          rows: rows.map((r): TableRow => ({ cells: r.map((c): CellBlock[] => [{ content: c }]) })),
          bodyStyle: { size: 8.5 },
        });

  writer.paragraph(t('privacy.subjectAccess.title', { name }), {
    size: 18,
    weight: 'bold',
    spaceAfter: 4,
  });
  writer.paragraph(
    t('privacy.subjectAccess.madeAt', {
      when: formatInstant(o.madeAt, o.timeZone, lang),
      by: o.madeBy,
    }),
    { size: 9, colour: MUTED, spaceAfter: 2 },
  );
  writer.paragraph(t('privacy.subjectAccess.intro'), { size: 9, colour: MUTED, spaceAfter: 6 });

  const p = data.person;
  heading(t('privacy.subjectAccess.person'));
  pairs([
    [t('audit.field.title'), text(p.title)],
    [t('audit.field.givenNames'), text(p.givenNames)],
    [t('audit.field.familyNames'), text(p.familyNames)],
    [t('audit.field.gender'), p.gender ? t(`gender.${p.gender}`) : none],
    [t('audit.field.email'), text(p.email)],
    [t('audit.field.phone'), text(p.phone)],
    [t('audit.field.position'), text(p.position)],
    [t('audit.field.country'), country(p.countryCode)],
    [t('audit.field.nationality'), country(p.nationalityCode)],
    [t('audit.field.languages'), p.languages.map((l) => languageName(l, lang)).join(', ') || none],
    [t('audit.field.notes'), text(p.notes)],
    [t('audit.field.consentToList'), yesNo(p.consentToList)],
    [t('privacy.subjectAccess.createdAt'), instant(p.createdAt)],
    [t('privacy.subjectAccess.updatedAt'), instant(p.updatedAt)],
    ...(p.anonymisedAt
      ? ([[t('privacy.subjectAccess.anonymisedAt'), instant(p.anonymisedAt)]] as Pair[])
      : []),
  ]);

  heading(t('privacy.subjectAccess.organisation'));
  const org = data.organisation;
  if (!org) writer.paragraph(none, { colour: MUTED });
  else
    pairs([
      [t('audit.field.organisation'), org.acronym ? `${org.name} (${org.acronym})` : org.name],
      [t('privacy.subjectAccess.organisationType'), t(`orgType.${org.type}`)],
      [t('audit.field.country'), country(org.countryCode)],
    ]);

  heading(t('privacy.subjectAccess.registrations', { count: data.registrations.length }));
  if (data.registrations.length === 0) writer.paragraph(none, { colour: MUTED });
  for (const r of data.registrations) {
    writer.paragraph(`${r.meetingTitle} · ${formatDayRange(r.startDate, r.endDate, lang)}`, {
      weight: 'bold',
      spaceAfter: 3,
    });
    pairs([
      [t('audit.field.role'), t(`role.${r.role}`)],
      [t('audit.field.status'), t(`status.${r.status}`)],
      [
        t('audit.field.plannedDays'),
        r.plannedDays.map((d) => formatDay(d, lang)).join(', ') || none,
      ],
      [t('audit.field.arrivalDate'), day(r.arrivalDate)],
      [t('audit.field.departureDate'), day(r.departureDate)],
      [t('audit.field.dietary'), text(r.dietary)],
      [t('audit.field.accessibility'), text(r.accessibility)],
      [t('audit.field.visaLetter'), yesNo(r.visaLetter)],
      [
        t('privacy.subjectAccess.listedForMeeting'),
        r.consentToList === null
          ? t('privacy.subjectAccess.listedAsPerson', { answer: yesNo(data.person.consentToList) })
          : yesNo(r.consentToList),
      ],
      [t('audit.field.badgeName'), text(r.badgeName)],
      [t('audit.field.internalNotes'), text(r.internalNotes)],
      [t('privacy.subjectAccess.createdAt'), instant(r.createdAt)],
      [t('privacy.subjectAccess.updatedAt'), instant(r.updatedAt)],
      [
        t('privacy.subjectAccess.statusHistory'),
        r.history.map((h) => `${instant(h.changedAt)}: ${t(`status.${h.status}`)}`).join('\n') ||
          none,
      ],
    ]);
    writer.space(6);
  }

  // Kept apart from the registrations, as the app keeps them: entered for the visa letter only.
  heading(t('privacy.subjectAccess.visaDetails'));
  if (data.visaDetails.length === 0) writer.paragraph(none, { colour: MUTED });
  for (const v of data.visaDetails) {
    writer.paragraph(v.meetingTitle, { weight: 'bold', spaceAfter: 3 });
    pairs([
      [t('reports.visa.form.passportNumber'), v.passportNumber],
      [t('reports.visa.form.nationality'), country(v.nationalityCode)],
      [t('reports.visa.form.dateOfBirth'), day(v.dateOfBirth)],
      [t('reports.visa.form.placeOfBirth'), text(v.placeOfBirth)],
      [t('reports.visa.form.issuedOn'), day(v.passportIssuedOn)],
      [t('reports.visa.form.expiresOn'), day(v.passportExpiresOn)],
      [t('reports.visa.form.authority'), text(v.passportAuthority)],
      [t('privacy.subjectAccess.updatedAt'), instant(v.updatedAt)],
    ]);
    writer.space(6);
  }

  heading(t('privacy.subjectAccess.sessionRoles'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('audit.field.sessionTitle'), 3],
      [t('privacy.subjectAccess.when'), 2],
      [t('audit.field.sessionRole'), 1.2],
    ],
    data.sessionRoles.map((s) => [
      s.meetingTitle,
      s.sessionTitle,
      `${formatDay(s.day, lang)} ${formatMinute(s.startMinute)}–${formatMinute(s.endMinute)}`,
      t(`agenda.personRole.${s.role}`),
    ]),
  );

  heading(t('privacy.subjectAccess.awards'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('audit.field.awardName'), 2],
      [t('audit.field.session'), 2],
      [t('audit.field.citation'), 3],
    ],
    data.awards.map((a) => [a.meetingTitle, a.name, text(a.sessionTitle), text(a.citation)]),
  );

  heading(t('privacy.subjectAccess.imports'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('audit.field.fileName'), 2.5],
      [t('privacy.subjectAccess.when'), 1.6],
      [t('privacy.subjectAccess.importKind'), 1.8],
    ],
    data.imports.map((i) => [
      i.meetingTitle,
      i.fileName,
      instant(i.createdAt),
      t(`privacy.subjectAccess.importKinds.${i.kind}`),
    ]),
  );

  const a = data.attendance;
  const method = (m: string) => t(`attendance.method.${m}`);
  heading(t('privacy.subjectAccess.attendanceDays'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('audit.field.day'), 1.3],
      [t('audit.field.checkedInAt'), 1.5],
      [t('audit.field.checkedOutAt'), 1.5],
      [t('audit.field.method'), 1.2],
      [t('audit.columns.who'), 1.2],
    ],
    a.days.map((d) => [
      d.meetingTitle,
      formatDay(d.day, lang),
      instant(d.checkedInAt),
      instant(d.checkedOutAt),
      method(d.method),
      text(d.operator),
    ]),
  );
  heading(t('privacy.subjectAccess.attendanceSessions'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('audit.field.sessionTitle'), 2.5],
      [t('audit.field.checkedInAt'), 1.5],
      [t('audit.field.method'), 1.2],
      [t('audit.columns.who'), 1.2],
    ],
    a.sessions.map((s) => [
      s.meetingTitle,
      text(s.sessionTitle),
      instant(s.checkedInAt),
      method(s.method),
      text(s.operator),
    ]),
  );
  heading(t('privacy.subjectAccess.badges'));
  table(
    [
      [t('privacy.subjectAccess.meeting'), 2],
      [t('privacy.subjectAccess.issuedAt'), 1.5],
      [t('privacy.subjectAccess.collectedAt'), 1.5],
      [t('privacy.subjectAccess.replacedAt'), 1.5],
    ],
    a.badges.map((b) => [
      b.meetingTitle,
      instant(b.issuedAt),
      instant(b.collectedAt),
      instant(b.replacedAt),
    ]),
  );
  if (a.deskNotes.length) {
    heading(t('audit.field.deskNote'));
    table(
      [
        [t('privacy.subjectAccess.meeting'), 2],
        [t('audit.field.deskNote'), 4],
        [t('privacy.subjectAccess.updatedAt'), 1.5],
      ],
      a.deskNotes.map((n) => [n.meetingTitle, n.note, instant(n.updatedAt)]),
    );
  }

  for (const other of data.otherRecords) {
    heading(t('privacy.subjectAccess.otherRecords', { table: other.table }));
    for (const row of other.rows) {
      pairs(Object.entries(row).map(([k, v]): Pair => [k, v === null ? none : String(v)]));
      writer.space(4);
    }
  }

  heading(t('privacy.subjectAccess.audit', { count: data.audit.length }));
  table(
    [
      [t('audit.columns.when', { zone: o.timeZone }), 1.6],
      [t('audit.columns.who'), 1.2],
      [t('audit.columns.about'), 2],
      [t('audit.columns.action'), 1.2],
      [t('audit.columns.changes'), 3.5],
    ],
    data.audit.map((e) => [
      instant(e.at),
      auditWho(e),
      auditSubjectText(e, t),
      auditActionText(e, t),
      e.changes.map((c) => auditChangeText(c, t, lang, o.timeZone)).join('\n'),
    ]),
  );

  return writer.finish((page, count) => t('privacy.subjectAccess.page', { page, count }));
}
