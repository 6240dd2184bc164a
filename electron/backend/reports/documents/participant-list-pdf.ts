/**
 * The list of participants as a PDF annex: a title block with the totals, then one section per
 * country (its name and count) holding a table of organisations and their people, and a line for
 * those counted but not named. Selectable text in embedded Noto fonts (the shared PDF layer).
 */
import { formatDay, formatDayRange } from '../../../../shared/domain/time';
import { displayName } from '../../../../shared/domain/people';
import type { ParticipantList } from '../../../../shared/domain/participant-list';
import { drawTable, type TableRow } from '../../pdf/pdf-table';
import { PdfWriter } from '../../pdf/pdf-writer';
import { fill, type DocumentLanguage } from '../../agenda/documents/programme-text';
import { listLabels, plural } from './participant-list-text';

const ACCENT = '#1c5d99';
const MUTED = '#5c636a';

export interface ListMeeting {
  title: string;
  startDate: string;
  endDate: string;
  place: string;
}

export interface ListPdfOptions {
  language: DocumentLanguage;
  /** The export's day in the meeting's zone ('yyyy-MM-dd'). */
  versionDay: string;
  /** Called after each country, so a long list can report progress and be cancelled. */
  afterCountry?: (done: number, total: number) => Promise<void>;
}

/** The PDF's bytes. */
export async function participantListPdf(
  list: ParticipantList,
  meeting: ListMeeting,
  options: ListPdfOptions,
): Promise<Buffer> {
  const { language } = options;
  const labels = listLabels(language);
  const writer = new PdfWriter({
    paper: 'a4',
    language,
    info: { title: `${meeting.title} — ${labels.title}`, subject: labels.title },
  });
  writer.onPageStart((w) => {
    w.paragraph(`${meeting.title} — ${labels.title}`, { size: 8, colour: MUTED, spaceAfter: 3 });
    w.rule('#c8ccd0', 0.5, 8);
  });

  writer.paragraph(labels.title.toLocaleUpperCase(language), {
    size: 9,
    weight: 'bold',
    colour: ACCENT,
    spaceAfter: 2,
  });
  writer.paragraph(meeting.title, { size: 18, weight: 'bold', lineHeight: 1.2, spaceAfter: 4 });
  const dates = formatDayRange(meeting.startDate, meeting.endDate, language);
  writer.paragraph(meeting.place ? `${dates} · ${meeting.place}` : dates, {
    size: 11,
    spaceAfter: 2,
  });
  writer.paragraph(fill(labels.version, { date: formatDay(options.versionDay, language) }), {
    size: 8.5,
    colour: MUTED,
  });
  writer.space(6);
  writer.paragraph(
    fill(labels.summary, { participants: list.participants, countries: list.countryCount }),
    { size: 12, weight: 'bold', spaceAfter: 2 },
  );
  if (list.unlisted > 0)
    writer.paragraph(
      fill(plural(labels, 'unlistedNote', list.unlisted, language), { count: list.unlisted }),
      {
        size: 9,
        colour: MUTED,
      },
    );
  writer.space(6);
  writer.rule(ACCENT, 1, 10);
  if (list.participants === 0) writer.paragraph(labels.empty, { colour: MUTED });

  for (const [index, country] of list.countries.entries()) {
    if (index > 0) writer.space(10);
    const total = country.listed + country.unlisted;
    writer.heading(fill(labels.countryHeading, { country: country.name, count: total }), {
      size: 12.5,
      colour: ACCENT,
      keepWith: 60,
      spaceAfter: 4,
    });
    if (country.listed > 0) {
      const rows: TableRow[] = country.organisations.flatMap((organisation) =>
        organisation.people.map((person, i) => ({
          cells: [
            i === 0
              ? [
                  {
                    content:
                      organisation.name === null
                        ? labels.noOrganisation
                        : organisation.acronym && organisation.acronym !== organisation.name
                          ? `${organisation.name} (${organisation.acronym})`
                          : organisation.name,
                    style:
                      organisation.name === null ? { colour: MUTED } : { weight: 'bold' as const },
                  },
                ]
              : [],
            [{ content: displayName(person) }],
            [{ content: person.position, style: { colour: MUTED } }],
          ],
        })),
      );
      drawTable(writer, {
        columns: [
          { header: labels.columns.organisation, weight: 3 },
          { header: labels.columns.name, weight: 2.6 },
          { header: labels.columns.position, weight: 2.4 },
        ],
        rows,
        bodyStyle: { size: 9 },
      });
    }
    if (country.unlisted > 0) {
      writer.space(3);
      const key = country.listed > 0 ? 'countryUnlisted' : 'onlyUnlisted';
      writer.paragraph(
        fill(plural(labels, key, country.unlisted, language), { count: country.unlisted }),
        {
          size: 9,
          colour: MUTED,
        },
      );
    }
    await options.afterCountry?.(index + 1, list.countries.length);
  }
  return writer.finish((page, count) => fill(labels.page, { page, count }));
}
