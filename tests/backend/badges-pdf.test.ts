import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BADGE_LAYOUTS } from '../../shared/domain/badges';
import { at, clockedBackend, FIRST_MORNING } from './attendance-fixtures';
import { pdfOf, seedBadges } from './badges-fixtures';
import { readBadgeCodes } from './badge-readers';
import {
  comparable,
  pdfFonts,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from './document-readers';

/** What a badge's QR code may hold: a token in lower case, nothing else. */
const PAYLOAD = /^[cdefghjklnprstvx]{32}$/;

/** The image objects of the PDF (pdfimages -list): one line per placement, with its object. */
function imageObjects(bytes: Buffer): { placements: number; objects: Set<string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-images-'));
  try {
    const file = path.join(dir, 'b.pdf');
    fs.writeFileSync(file, bytes);
    const out = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' }).stdout;
    const rows = out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    // Columns: page num type width height color comp bpc enc interp object ID …
    return {
      placements: rows.length,
      objects: new Set(rows.map((r) => r.trim().split(/\s+/)[10]!)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!POPPLER)(`badges PDF (${POPPLER ? 'poppler' : POPPLER_MISSING})`, () => {
  it('carries each coming person’s token in their QR code, read back from every layout, front and back', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId } = await seedBadges(backend, 13);
    const tokens = await backend.call('attendance.badgeTokens', { meetingId });
    // Everyone confirmed, not the declined participant.
    expect(tokens).toHaveLength(18);
    const expected = tokens.map((t) => t.token).sort();
    for (const layout of BADGE_LAYOUTS) {
      const withBacks = layout !== 'a4x4';
      const file = await backend.call('attendance.badges', {
        meetingId,
        layout,
        fields: withBacks ? ['dietary'] : [],
      });
      expect(file.count).toBe(18);
      const codes = readBadgeCodes(pdfOf(file), layout, { count: 18, withBacks });
      for (const code of [...codes.front, ...codes.back]) expect(code).toMatch(PAYLOAD);
      expect(codes.front.map((c) => c!.toUpperCase()).sort(), layout).toEqual(expected);
      // The back of each badge carries the same code as its front.
      if (withBacks) expect(codes.back, layout).toEqual(codes.front);
    }
  }, 120_000);

  it('prints the names as the people write them, Arabic, Cyrillic and Chinese included, with the labels in English and French', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId } = await seedBadges(backend);
    const file = await backend.call('attendance.badges', {
      meetingId,
      layout: 'a6',
      fields: ['position', 'region', 'dietary', 'accessibility'],
    });
    const bytes = pdfOf(file);
    const text = comparable(pdfText(bytes));
    for (const name of ['ريم الحداد', 'Анна Петрова', 'Dr Kofi A. Mensah', 'Ana Núñez'])
      expect(text).toContain(comparable(name));
    // pdftotext joins Chinese characters without the space between given and family name.
    expect(text).toContain('芳王');
    // The chosen badge name replaces the registered one.
    expect(text).not.toContain('Kofi Mensah');
    expect(text).not.toContain('Smith');
    expect(text).toContain('Specialists Group on Crimes against Children');
    expect(text).toContain('14–17 November 2026 · Lyon');
    // Roles in both working languages, the French one by gender when it is known.
    for (const role of [
      'DELEGATE · DÉLÉGUÉE',
      'SPEAKER · INTERVENANTE',
      'CHAIR · PRÉSIDENT',
      'OBSERVER · OBSERVATEUR·RICE',
      'VIP',
    ])
      expect(text).toContain(role);
    expect(text).toContain('Dietary needs · Régime alimentaire');
    expect(text).toContain('Halal, no shellfish');
    expect(text).toContain('Wheelchair');
    expect(text).toContain('Inspectora');
    expect(text).toContain('Lebanon');
    // Five badges, each with its back.
    expect(file).toMatchObject({ count: 5, pages: 10 });
    expect(pdfInfo(bytes)).toMatchObject({
      Pages: '10',
      Title: 'Specialists Group on Crimes against Children — Badges',
    });
    const fonts = pdfFonts(bytes);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['NotoSans-Bold', 'NotoSansArabic-Bold', 'NotoSansSC-Bold']),
    );
  }, 120_000);

  it('embeds each country’s flag once however many badges show it', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId } = await seedBadges(backend, 12);
    const file = await backend.call('attendance.badges', { meetingId, layout: 'a4x8' });
    const images = imageObjects(pdfOf(file));
    // Seventeen badges: LB RU CN GH ES and SN BR JP NP CH QA twice each.
    expect(images.placements).toBe(17);
    expect(images.objects.size).toBe(11);
  }, 60_000);

  it('keeps the order of the people asked for, and refuses someone of another meeting', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId, reg } = await seedBadges(backend);
    const ids = [reg.nunez!.id, reg.haddad!.id, reg.smith!.id];
    const file = await backend.call('attendance.badges', {
      meetingId,
      registrationIds: ids,
      layout: 'a4x8',
    });
    const tokens = await backend.call('attendance.badgeTokens', {
      meetingId,
      registrationIds: ids,
    });
    const { front } = readBadgeCodes(pdfOf(file), 'a4x8', { count: 3, withBacks: false });
    expect(front.map((c) => c?.toUpperCase())).toEqual(tokens.map((t) => t.token));

    const other = await backend.call('meetings.create', {
      title: 'Working Group',
      kind: 'working_group',
      startDate: '2026-09-22',
      endDate: '2026-09-24',
      timeZone: 'Africa/Porto-Novo',
    });
    const refused = await backend.dispatch('attendance.badges', {
      meetingId: other.id,
      registrationIds: [reg.nunez!.id],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: [{ path: ['registrationIds', 0], message: 'errors.notAParticipant' }],
      },
    });
    const empty = await backend.dispatch('attendance.badges', { meetingId: other.id });
    expect(empty).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'errors.noBadges' }] },
    });
  }, 60_000);

  it('prints the same code again, and a new one after a re-issue: the old badge is then refused at the desk', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId, reg } = await seedBadges(backend);
    const print = async () => {
      const file = await backend.call('attendance.badges', {
        meetingId,
        registrationIds: [reg.petrova!.id],
        layout: 'a6',
      });
      return readBadgeCodes(pdfOf(file), 'a6', { count: 1, withBacks: false }).front[0]!;
    };
    const first = await print();
    expect(await print()).toBe(first);
    await backend.call('attendance.reissueBadge', {
      registrationId: reg.petrova!.id,
      operator: 'Marie',
    });
    const second = await print();
    expect(second).not.toBe(first);
    // The scanner types what the code holds, then Enter.
    const old = await backend.call('attendance.scan', { ...at(meetingId), text: first });
    expect(old.outcome).toBe('reissued');
    const fresh = await backend.call('attendance.scan', { ...at(meetingId), text: second });
    expect(fresh).toMatchObject({ outcome: 'checked_in', card: { name: 'Анна Петрова' } });
  }, 60_000);

  it('reports its progress sheet by sheet, and stops without a file when cancelled', async () => {
    const backend = clockedBackend(FIRST_MORNING);
    const { meetingId } = await seedBadges(backend, 15);
    const progress: { done: number; total: number }[] = [];
    backend.onEvent((event, payload) => {
      const p = payload as { jobId: string; done: number; total: number };
      if (event === 'job.progress' && p.jobId === 'whole') progress.push(p);
    });
    await backend.call('attendance.badges', { meetingId, layout: 'a4x8', jobId: 'whole' });
    expect(progress.map((p) => p.total)).toEqual(progress.map(() => 20));
    expect(progress.at(-1)!.done).toBe(20);

    const started = new Promise<void>((resolve) =>
      backend.onEvent((event, payload) => {
        if (event === 'job.progress' && (payload as { jobId: string }).jobId === 'stop') resolve();
      }),
    );
    const running = backend.dispatch('attendance.badges', {
      meetingId,
      layout: 'a6',
      jobId: 'stop',
    });
    await started;
    expect(await backend.call('attendance.cancelBadges', { jobId: 'stop' })).toEqual({
      cancelled: true,
    });
    expect(await running).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'attendance.badges.stopped' },
    });
  }, 60_000);
});
