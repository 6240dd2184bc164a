import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createBackend, type Backend } from '../electron/backend/backend';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { parsedFont } from '../electron/backend/pdf/fonts';
import { MM } from '../shared/domain/badges';
import { sampleInterleaved } from './lib/measure';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';

const PEOPLE = 250;
const N = 5;
const WARMUP = 1;
const COLD_RUNS = 2;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'lib', 'badges-cold-child.ts');
const TSX = path.join(HERE, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Names as a meeting of 60 countries writes them: mostly Latin, some Arabic, Cyrillic, Chinese. */
const NAMES: [given: string, family: string][] = [
  ['Ana', 'Núñez'],
  ['Fatou', 'Diop'],
  ['Jürgen', 'Müller'],
  ['Thành', 'Nguyễn'],
  ['Ngozi', 'Okafor'],
  ['Søren', 'Håkansson'],
  ['Chloé', 'Lefèvre'],
  ['Kwame', 'Mensah'],
  ['ريم', 'الحداد'],
  ['Анна', 'Петрова'],
  ['芳', '王'],
  ['Mohammed', 'Al-Sayed'],
];
const COUNTRIES = `FR SN CI NG GH ML BF NE TD CM MA DZ TN EG JO LB AE SA DE ES IT PT GB IE NL BE PL
  SE NO FI TR UA US CA MX BR AR CO CL PE JP CN KR IN PK ID PH VN TH AU NZ FJ KE ET ZA RW UG TZ BJ TG`
  .trim()
  .split(/\s+/);
const ROLES = ['delegate', 'delegate', 'delegate', 'speaker', 'chair', 'observer', 'staff', 'vip'];

/** Meeting A with 250 confirmed people, each with an organisation, a country, needs for the back. */
async function seed(backend: Backend): Promise<number> {
  const meeting = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
    id: number;
  };
  backend.db.pragma('synchronous = OFF');
  const organisations: number[] = [];
  for (const [i, country] of COUNTRIES.entries()) {
    const org = (await call(backend, 'organisations.create', {
      name: `Direction centrale de la police judiciaire ${i}`,
      type: 'law_enforcement',
      countryCode: country,
    })) as { id: number };
    organisations.push(org.id);
  }
  for (let i = 0; i < PEOPLE; i++) {
    const [given, family] = NAMES[i % NAMES.length]!;
    await call(backend, 'registrations.create', {
      meetingId: meeting.id,
      person: {
        givenNames: given,
        familyNames: `${family} ${i}`,
        organisationId: organisations[i % organisations.length]!,
        countryCode: COUNTRIES[i % COUNTRIES.length]!,
        position: i % 3 === 0 ? 'Head of the child protection unit' : '',
      },
      registration: {
        status: 'confirmed',
        role: ROLES[i % ROLES.length] as 'delegate',
        dietary: i % 5 === 0 ? 'Halal' : '',
        accessibility: i % 17 === 0 ? 'Wheelchair access' : '',
      },
    });
  }
  backend.db.pragma('synchronous = FULL');
  return meeting.id;
}

/** The baseline: bare pdfkit writing each person's name once, one A6 page each, one Latin font. */
function barePdf(names: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: [105 * MM, 148 * MM], font: null as unknown as string });
  doc.font(parsedFont({ family: 'sans', weight: 'bold' }) as unknown as string).fontSize(24);
  names.forEach((name, i) => {
    if (i > 0) doc.addPage();
    doc.text(name, 20, 150);
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.end();
  return done;
}

/** The badges of 250 people, in two layouts with every field, against bare pdfkit. */
export async function benchBadgesPdf(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-badges-', async (dir) => {
    const backend = createBackend({ dataDir: dir, log: () => {} });
    try {
      const meetingId = await seed(backend);
      const cold: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const out = execFileSync(process.execPath, [TSX, CHILD, dir, String(meetingId)], {
          encoding: 'utf8',
        });
        cold.push((JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms);
      }
      const names = (
        backend.db
          .prepare("SELECT given_names || ' ' || family_names AS n FROM person")
          .pluck()
          .all() as string[]
      ).slice(0, PEOPLE);
      const sizes: Record<'a4x4' | 'a6', number> = { a4x4: 0, a6: 0 };
      const pages: Record<'a4x4' | 'a6', number> = { a4x4: 0, a6: 0 };
      const run = (layout: 'a4x4' | 'a6') => async () => {
        const file = (await call(backend, 'attendance.badges', {
          meetingId,
          layout,
          fields: ['position', 'region', 'dietary', 'accessibility'],
        })) as { base64: string; count: number; pages: number };
        if (file.count !== PEOPLE) throw new Error(`${file.count} badges`);
        sizes[layout] = Buffer.byteLength(file.base64, 'base64') / 1024;
        pages[layout] = file.pages;
      };
      const samples = await sampleInterleaved(
        { bare: () => barePdf(names), a4x4: run('a4x4'), a6: run('a6') },
        { warmup: WARMUP, n: N },
      );
      const baseline = 'badges PDF: bare pdfkit, the 250 names';
      const what =
        'names in Latin, Arabic, Cyrillic and Chinese scripts, 60 flags, QR codes, job title, region, needs on the back';
      const row = (layout: 'a4x4' | 'a6', label: string): BenchRow[] => [
        {
          name: `badges PDF, 250 people, ${label}`,
          unit: 'ms',
          n: N,
          stats: summarize(samples[layout]),
          baseline,
          targets: [{ stat: 'p95', max: 5000 }],
          note: `${pages[layout]} pages; ${what}; the process's fonts already loaded`,
        },
        {
          name: `badges PDF, 250 people, ${label}: file size`,
          unit: 'KB',
          n: 1,
          stats: { total: sizes[layout] },
          targets: [{ stat: 'total', max: 5 * 1024 }],
        },
      ];
      return [
        { name: baseline, unit: 'ms', n: N, stats: summarize(samples.bare) },
        ...row('a4x4', 'A4 sheets of 4 with backs'),
        ...row('a6', 'A6 cards with backs'),
        {
          name: 'badges PDF, 250 people, A4 sheets of 4, first in a process',
          unit: 'ms',
          n: COLD_RUNS,
          stats: summarize(cold),
          targets: [{ stat: 'p95', max: 5000 }],
          note: 'each in a new process: fonts (Noto Sans, Arabic, SC) read and their shaping tables built, flags read',
        },
      ];
    } finally {
      backend.close();
    }
  });
}
