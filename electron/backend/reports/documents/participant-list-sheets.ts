/**
 * The list of participants as a workbook: the named people (country, organisation, name) on one
 * sheet, and every country's listed, unlisted and total counts on another, so the figures of the
 * annex can be checked and reused. Every text cell is formula-safe.
 */
import ExcelJS from 'exceljs';
import { safeCell } from '../../../../shared/domain/spreadsheet-safety';
import type { ParticipantList } from '../../../../shared/domain/participant-list';
import type { DocumentLanguage } from '../../agenda/documents/programme-text';
import { listLabels } from './participant-list-text';

function styledSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** The workbook's bytes. */
export async function participantListXlsx(
  list: ParticipantList,
  meetingTitle: string,
  language: DocumentLanguage,
): Promise<Buffer> {
  const labels = listLabels(language);
  const c = labels.columns;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  workbook.title = `${meetingTitle} — ${labels.title}`;

  const people = styledSheet(workbook, labels.sheetName, [
    { header: c.country, width: 24 },
    { header: c.organisation, width: 40 },
    { header: c.acronym, width: 12 },
    { header: c.title, width: 8 },
    { header: c.familyNames, width: 24 },
    { header: c.givenNames, width: 24 },
    { header: c.position, width: 32 },
  ]);
  for (const country of list.countries)
    for (const organisation of country.organisations)
      for (const p of organisation.people)
        people.addRow(
          [
            country.name,
            organisation.name ?? labels.noOrganisation,
            organisation.acronym,
            p.title,
            p.familyNames,
            p.givenNames,
            p.position,
          ].map(safeCell),
        );

  const countries = styledSheet(workbook, labels.countriesSheet, [
    { header: c.country, width: 28 },
    { header: c.listed, width: 12 },
    { header: c.unlisted, width: 22 },
    { header: c.total, width: 10 },
  ]);
  for (const country of list.countries)
    countries.addRow([
      safeCell(country.name),
      country.listed,
      country.unlisted,
      country.listed + country.unlisted,
    ]);
  const totalRow = countries.addRow([labels.total, list.listed, list.unlisted, list.participants]);
  totalRow.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
