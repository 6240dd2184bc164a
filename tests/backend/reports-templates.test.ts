import { beforeAll, describe, expect, it } from 'vitest';
import { noAttendance } from '../../electron/backend/reports/attendance-source';
import { openBackend, sampleMeetings } from './programme-fixtures';
import { png, reportsWith, sampleFacts } from './reports-documents-fixtures';

const backend = openBackend();
let lyon: number;
let reports: ReturnType<typeof reportsWith>;
let firstAttendee: { id: number; name: string };

// A 16 × 16 JPEG written by another encoder (CPython's imghdr test image).
const JPEG_16PX = Buffer.from(
  [
    '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCw',
    'kJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ',
    'EBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8',
    'QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAEC',
    'BQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaU',
    'VAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/Hv',
    'uRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2V',
    'EhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwet',
    'f//Z',
  ].join(''),
  'base64',
);

const file = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

beforeAll(async () => {
  ({ lyon } = await sampleMeetings(backend));
  const people = await backend.call('registrations.list', { meetingId: lyon });
  const expected = people.filter((r) => ['registered', 'confirmed'].includes(r.status));
  const facts = sampleFacts(
    expected.map((r) => r.id),
    ['2026-11-14', '2026-11-15'],
    () => [],
  );
  reports = reportsWith(backend, { factsFor: () => facts });
  const sorted = expected
    .filter((r) => facts.byDay['2026-11-14']!.includes(r.id))
    .sort(
      (a, b) =>
        a.familyNames.localeCompare(b.familyNames, 'en', { sensitivity: 'base' }) ||
        a.givenNames.localeCompare(b.givenNames, 'en', { sensitivity: 'base' }),
    );
  firstAttendee = { id: sorted[0]!.id, name: `${sorted[0]!.givenNames} ${sorted[0]!.familyNames}` };
});

describe('document templates', () => {
  it('start from the built-in text in English and French, with no images', async () => {
    const { templates, images } = await reports.call('reports.templates', { meetingId: lyon });
    expect(templates.map((t) => [t.kind, t.language, t.custom])).toEqual([
      ['certificate', 'en', false],
      ['certificate', 'fr', false],
      ['visaLetter', 'en', false],
      ['visaLetter', 'fr', false],
    ]);
    expect(templates[1]!.body).toMatch(/^# Attestation de participation/);
    expect(templates[2]!.body).toContain('{passportNumber}');
    expect(images).toEqual([]);
  });

  it('refuse an unknown placeholder, naming it and its line, and keep the text they had', async () => {
    const body =
      '# Certificate\n\nThis certifies that {name}\nattended on {dyas}.\n{passportNumber}';
    const error = await reports.failure('reports.saveTemplate', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
      body,
    });
    expect(error).toMatchObject({
      code: 'validation',
      message: 'errors.template.unknownPlaceholder?placeholder=%7Bdyas%7D&line=4',
      issues: [
        {
          path: ['body'],
          message: 'errors.template.unknownPlaceholder?placeholder=%7Bdyas%7D&line=4',
        },
        {
          path: ['body'],
          message: 'errors.template.otherKindPlaceholder?placeholder=%7BpassportNumber%7D&line=5',
        },
      ],
    });
    const { templates } = await reports.call('reports.templates', { meetingId: lyon });
    expect(templates[0]!.custom).toBe(false);
  });

  it('save a meeting’s own text and signatory, and go back to the built-in text with the old one returned', async () => {
    const saved = await reports.call('reports.saveTemplate', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
      body: '# Attendance\n\n{name} came on {days}.',
      signatoryName: 'Dr Ana Núñez',
      signatoryTitle: 'Director of Police Services',
    });
    expect(saved).toMatchObject({ custom: true, signatoryName: 'Dr Ana Núñez' });
    const { template, previous } = await reports.call('reports.resetTemplate', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
    });
    expect(previous.body).toBe('# Attendance\n\n{name} came on {days}.');
    expect(template).toMatchObject({ custom: false, signatoryName: '' });
  });

  it('preview the text being typed for a real attendee, saying which values they lack', async () => {
    const preview = await reports.call('reports.previewDocument', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
      body: '# Certificate\n{name} ({title}) came on {days}.\nOops {nmae}',
    });
    expect(preview.person).toEqual({ registrationId: firstAttendee.id, name: firstAttendee.name });
    expect(preview.blocks[0]).toEqual({ kind: 'title', text: 'Certificate' });
    expect(preview.blocks[1]).toMatchObject({ kind: 'text' });
    expect((preview.blocks[1] as { text: string }).text).toContain(firstAttendee.name);
    expect((preview.blocks[1] as { text: string }).text).toContain('14 November 2026');
    expect(preview.problems).toEqual([
      { code: 'unknownPlaceholder', placeholder: 'nmae', line: 3 },
    ]);
    expect(preview.people.length).toBeGreaterThan(100);
    const other = preview.people[5]!;
    const chosen = await reports.call('reports.previewDocument', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'fr',
      body: '{name} : {days}',
      registrationId: other.registrationId,
    });
    expect(chosen.person).toEqual(other);
    expect((chosen.blocks[0] as { text: string }).text).toMatch(/novembre 2026$/);
  });

  it('preview with the placeholders showing while nobody can have the document', async () => {
    const none = reportsWith(backend, noAttendance);
    const preview = await none.call('reports.previewDocument', {
      meetingId: lyon,
      kind: 'certificate',
      language: 'en',
      body: 'Certified: {name}, {days}',
    });
    expect(preview.person).toBeNull();
    expect(preview.people).toEqual([]);
    expect(preview.blocks).toEqual([{ kind: 'text', text: 'Certified: {name}, {days}' }]);
  });
});

describe('letterhead and signature images', () => {
  it('keep a PNG or a JPEG with its size, shown back as a data URL', async () => {
    const letterhead = await reports.call('reports.setImage', {
      meetingId: lyon,
      role: 'letterhead',
      file: file('letterhead.png', png(1200, 200)),
    });
    expect(letterhead).toMatchObject({ mimeType: 'image/png', width: 1200, height: 200 });
    expect(letterhead.dataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    const signature = await reports.call('reports.setImage', {
      meetingId: lyon,
      role: 'signature',
      file: file('signature.jpg', JPEG_16PX),
    });
    expect(signature).toMatchObject({ mimeType: 'image/jpeg', width: 16, height: 16 });
    const { images } = await reports.call('reports.templates', { meetingId: lyon });
    expect(images.map((i) => i.role)).toEqual(['letterhead', 'signature']);
    expect(
      await reports.call('reports.removeImage', { meetingId: lyon, role: 'signature' }),
    ).toEqual({
      removed: true,
    });
  });

  it('refuse a file that is not an image, a huge one, and a cut-short one, each by name, keeping the old image', async () => {
    const refused = async (name: string, bytes: Buffer) =>
      (
        await reports.failure('reports.setImage', {
          meetingId: lyon,
          role: 'letterhead',
          file: file(name, bytes),
        })
      ).message;
    expect(await refused('letterhead.pdf', Buffer.from('%PDF-1.7\n1 0 obj'))).toBe(
      'errors.image.notImage?name=letterhead.pdf',
    );
    expect(await refused('scan.gif', Buffer.from('GIF89a\x01\x00\x01\x00'))).toMatch(
      /^errors\.image\.notImage/,
    );
    expect(await refused('huge.png', Buffer.alloc(3 * 1024 * 1024, 1))).toBe(
      'errors.image.tooLarge?name=huge.png&size=3.0&max=2',
    );
    expect(await refused('wide.png', png(6000, 40))).toBe(
      'errors.image.tooManyPixels?name=wide.png&width=6000&height=40&max=5000',
    );
    const whole = png(400, 300, '#aa3300');
    expect(await refused('cut.png', whole.subarray(0, whole.length - 200))).toBe(
      'errors.image.unreadable?name=cut.png',
    );
    expect(await refused('empty.png', Buffer.alloc(0))).toBe('errors.image.empty?name=empty.png');
    const { images } = await reports.call('reports.templates', { meetingId: lyon });
    expect(images.find((i) => i.role === 'letterhead')).toMatchObject({ width: 1200, height: 200 });
  });
});
