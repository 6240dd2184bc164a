import { beforeAll, describe, expect, it } from 'vitest';
import { formatMinute } from '../../shared/domain/agenda';
import type { Agenda } from '../../shared/api';
import { meetingInput } from './meeting-fixtures';
import {
  comparable,
  inkRatio,
  pdfFonts,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from './document-readers';
import { exported, openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend();
let lyon: number;
let cotonou: number;
let agendaA: Agenda;

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
  agendaA = await backend.call('agenda.get', { meetingId: lyon });
});

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('the programme PDF, read back with poppler', () => {
  it('holds every session of meeting A with its time, room and people, Arabic and Cyrillic names included', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const file = await exported(backend, { meetingId: lyon, format: 'pdf' });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(
      /^programme-specialists-group-on-crimes-against-children-annual-meeting-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const text = comparable(pdfText(file.bytes));
    const rooms = new Map(agendaA.rooms.map((r) => [r.id, r.name]));
    for (const s of agendaA.sessions) {
      expect(text).toContain(comparable(s.title));
      expect(text).toContain(`${formatMinute(s.startMinute)}–${formatMinute(s.endMinute)}`);
      if (s.roomId !== null) expect(text).toContain(rooms.get(s.roomId));
    }
    expect(text).toContain('All rooms');
    const names = agendaA.people.map((p) => p.name);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) expect(text).toContain(comparable(name));
    // The sample has both kinds on its sessions; the loop above found them in the text.
    expect(names.some((n) => n.split(' ').every((w) => ARABIC.test(w)))).toBe(true);
    expect(names.some((n) => CYRILLIC.test(n))).toBe(true);
  });

  it('titles the document with the meeting, its dates and place, and marks the tentative session', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { bytes } = await exported(backend, { meetingId: lyon, format: 'pdf' });
    const text = comparable(pdfText(bytes));
    expect(text).toContain('Specialists Group on Crimes against Children — Annual Meeting');
    expect(text).toContain('14–17 November 2026 · General Secretariat, Lyon, France');
    expect(text).toContain('Day 1 · Saturday 14 November');
    expect(text).toContain('Day 4 · Tuesday 17 November');
    const tentative = agendaA.sessions.filter((s) => s.tentative);
    expect(tentative).toHaveLength(1);
    expect(text).toContain(`${tentative[0]!.title} · Tentative`);
    expect(text).toContain('Presented by Philippines');
    expect(text).toContain('Region: Middle East and North Africa');
    expect(text).toMatch(
      /Award: Award for Outstanding Work .*, presented to End Child Exploitation Network/,
    );
    expect(text).toContain('civil-society organisations in 93 countries');
    expect(pdfInfo(bytes).Title).toBe(
      'Specialists Group on Crimes against Children — Annual Meeting — Programme',
    );
  });

  it('embeds every font it uses as a subset with a Unicode map, and no standard font', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { bytes } = await exported(backend, { meetingId: lyon, format: 'pdf' });
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans/);
    }
    const families = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(families).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular']),
    );
  });

  it('draws its pages: rendered, none is blank', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { bytes } = await exported(backend, { meetingId: lyon, format: 'pdf' });
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    const first = inkRatio(bytes, 1);
    expect(first).toBeGreaterThan(0.03);
    expect(first).toBeLessThan(0.6);
    expect(inkRatio(bytes, pages)).toBeGreaterThan(0.01);
  });

  it('comes in A4 and in US Letter', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const a4 = await exported(backend, { meetingId: lyon, format: 'pdf', paper: 'a4' });
    const letter = await exported(backend, { meetingId: lyon, format: 'pdf', paper: 'letter' });
    expect(pdfInfo(a4.bytes)['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(pdfInfo(letter.bytes)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    expect(letter.fileName).toMatch(/-letter-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(a4.fileName).not.toContain('letter');
  });

  it('prints meeting B in French, its first working language, and in English when asked', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const french = comparable(
      pdfText((await exported(backend, { meetingId: cotonou, format: 'pdf' })).bytes),
    );
    expect(french).toContain('Jour 1 · Mardi 22 septembre');
    expect(french).toContain('9 h 00 – 10 h 30');
    expect(french).toContain('Toutes les salles');
    expect(french).toContain('Salle plénière');
    expect(french).toContain('Réunion bilatérale OIM – Police nationale du Niger · Provisoire');
    expect(french).toContain('Rapport national : Mauritanie');
    expect(french).toContain('Présentation : Mauritanie');
    expect(french).toContain('Intervenant : ');
    expect(french).toContain('Page 1 sur');
    const english = comparable(
      pdfText(
        (await exported(backend, { meetingId: cotonou, format: 'pdf', language: 'en' })).bytes,
      ),
    );
    expect(english).toContain('Day 1 · Tuesday 22 September');
    expect(english).toContain('09:00–10:30');
    expect(english).toContain('All rooms');
    expect(english).toContain('Presented by Mauritania');
    expect(english).toContain('Page 1 of');
  });

  it('breaks a long day over pages, repeating the running header and the table header', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const meetingId = (
      await backend.call('meetings.create', meetingInput({ title: 'Long day', languages: ['en'] }))
    ).id;
    const { id: roomId } = await backend.call('agenda.createRoom', {
      meetingId,
      room: { name: 'Salle des fêtes', capacity: 100 },
    });
    for (let i = 0; i < 70; i++)
      await backend.call('agenda.createSession', {
        meetingId,
        session: {
          title: `Country report ${i + 1}`,
          type: 'case_study',
          day: '2026-09-22',
          startMinute: 7 * 60 + i * 10,
          endMinute: 7 * 60 + i * 10 + 10,
          roomId,
          description: 'Arrests, victims rescued, networks dismantled and what comes next.',
        },
      });
    const { bytes } = await exported(backend, { meetingId, format: 'pdf' });
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) {
      const text = comparable(pdfText(bytes, { first: page, last: page }));
      expect(text, `page ${page}`).toContain(`Page ${page} of ${pages}`);
      if (page > 1) {
        expect(text).toContain('Long day — Programme');
        if (text.includes('Country report')) expect(text).toContain('Time Session Room');
      }
    }
    const all = comparable(pdfText(bytes));
    for (let i = 1; i <= 70; i++) expect(all).toContain(`Country report ${i} `);
    expect(all).toContain('No sessions on this day.');
  });

  it('splits a session taller than a page between lines, losing none', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const meetingId = (
      await backend.call(
        'meetings.create',
        meetingInput({ title: 'Tall session', languages: ['en'] }),
      )
    ).id;
    const paragraphs = Array.from(
      { length: 85 },
      (_, i) => `Point ${i + 1}: recommendation adopted.`,
    );
    await backend.call('agenda.createSession', {
      meetingId,
      session: {
        title: 'Adoption of the recommendations',
        type: 'plenary',
        day: '2026-09-23',
        startMinute: 9 * 60,
        endMinute: 12 * 60,
        description: paragraphs.join('\n'),
      },
    });
    const { bytes } = await exported(backend, { meetingId, format: 'pdf' });
    expect(Number(pdfInfo(bytes).Pages)).toBeGreaterThanOrEqual(2);
    const second = comparable(pdfText(bytes, { first: 2, last: 2 }));
    expect(second).toContain('Time Session Room');
    const all = comparable(pdfText(bytes));
    for (const paragraph of paragraphs) expect(all).toContain(paragraph);
  });
});
