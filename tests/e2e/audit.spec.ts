import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { HostHandle } from './fixtures';
import { seed } from './people-seed';
import { AuditLogPage } from './pages/audit-page';

/** Lyon with Núñez and Wei; returns the meeting and Núñez's person id. */
async function lyon(host: HostHandle) {
  const meeting = await seed(host, 'meetings.create', {
    title: 'Specialists Group — Lyon',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  const nunez = await seed(host, 'registrations.create', {
    meetingId: meeting.id,
    person: {
      givenNames: 'María José',
      familyNames: 'Núñez',
      email: 'mj.nunez@policia.es',
      position: 'Inspectora',
      countryCode: 'ES',
    },
    registration: { status: 'registered' },
  });
  await seed(host, 'registrations.create', {
    meetingId: meeting.id,
    person: { givenNames: 'Li', familyNames: 'Wei', countryCode: 'CN' },
    registration: {},
  });
  return { meeting, personId: nunez.personId };
}

/** Changes Núñez's position on her page, as a registrar would. */
async function editPosition(app: Page, position: string) {
  await app.getByRole('button', { name: /Edit person|Modifier la personne/ }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^(Position|Fonction)$/ }).fill(position);
  await dialog.getByRole('button', { name: /^(Save|Enregistrer)/ }).click();
  await expect(dialog).toBeHidden();
}

test('the change log shows who changed what, filters it, and exports it formula-safe', async ({
  app,
  host,
}) => {
  const { meeting, personId } = await lyon(host);
  await app.goto(`${host.url}#/people/${personId}`);
  await editPosition(app, '=1+2');

  await app.goto(`${host.url}#/meetings/${meeting.id}`);
  const log = new AuditLogPage(app);
  await log.openForMeeting('Specialists Group — Lyon');
  await expect(log.count).toHaveText('6 changes');
  const edit = log.rows.first();
  await expect(edit).toContainText('Camille Laurent');
  await expect(edit).toContainText('Person · María José Núñez');
  await expect(edit).toContainText('Changed');
  await expect(edit).toContainText('Position: Inspectora → =1+2');
  // The person leads to their page.
  await expect(edit.getByRole('link', { name: 'Person · María José Núñez' })).toHaveAttribute(
    'href',
    `#/people/${personId}`,
  );

  // Typed the way people type: no accents, part of a word.
  await log.search.fill('nunez inspec');
  await expect(log.rows).toHaveCount(2);
  await log.search.fill('');
  await log.choose(/^Area$/, 'Registrations');
  await expect(log.rows).toHaveCount(2);
  await expect(log.rows.first()).toContainText('Registration · Li Wei');
  await log.choose(/^Area$/, 'All areas');
  await log.search.fill('nothing like this');
  await expect(app.getByText('No change matches')).toBeVisible();
  await app.getByRole('button', { name: 'Show all changes' }).click();
  await expect(log.count).toHaveText('6 changes');

  const csv = await log.export('CSV');
  expect(csv.name).toMatch(/^change-log-Specialists-Group-Lyon-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\uFEFF/, '')).data;
  expect(rows[0]).toEqual([
    'When (Europe/Paris)',
    'Who',
    'Computer account',
    'Area',
    'About',
    'What was done',
    'Field',
    'Before',
    'After',
  ]);
  // A value a spreadsheet would run as a formula is written as text.
  expect(rows[1]!.slice(1).filter((_, i) => i !== 1)).toEqual([
    'Camille Laurent',
    'People',
    'Person · María José Núñez',
    'Changed',
    'Position',
    'Inspectora',
    "'=1+2",
  ]);

  const xlsx = await log.export('XLSX');
  const workbook = XLSX.read(xlsx.bytes);
  const sheet = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Change log']!, {
    header: 1,
    defval: '',
  });
  expect(sheet[1]!.slice(4)).toEqual([
    'Person · María José Núñez',
    'Changed',
    'Position',
    'Inspectora',
    "'=1+2",
  ]);
  expect(sheet.length).toBe(rows.filter((r) => r.length > 1).length);
});

test('in French, and on the person’s own page', async ({ app, host }) => {
  const { meeting, personId } = await lyon(host);
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await app.goto(`${host.url}#/people/${personId}`);
  await editPosition(app, 'Commissaire');
  const section = app.getByRole('table', { name: 'Modifications concernant María José Núñez' });
  await expect(section.getByRole('row').nth(1)).toContainText(
    'Fonction : Inspectora → Commissaire',
  );
  await expect(section.getByRole('row').nth(1)).toContainText('Personne · María José Núñez');
  // Her page shows her entries only: not Wei's.
  await expect(section).not.toContainText('Wei');

  await app.goto(`${host.url}#/meetings/${meeting.id}`);
  const log = new AuditLogPage(app);
  await log.openForMeeting('Specialists Group — Lyon');
  await expect(log.count).toHaveText('6 modifications');
  await log.choose(/^Qui$/, 'Camille Laurent');
  await expect(log.rows).toHaveCount(6);
  const csv = await log.export('CSV');
  expect(csv.name).toMatch(/^journal-des-modifications-/);
  const text = csv.bytes.toString('utf8');
  expect(text.split('\n')[0]).toContain('Quand (Europe/Paris);Qui;');
  expect(text).toContain('Fonction;Inspectora;Commissaire');
});

test.describe('when no operator is named yet', () => {
  test.use({ operator: null });

  test('the app asks who is using it, offers the computer account, and signs with the name', async ({
    app,
    host,
  }) => {
    const dialog = app.getByRole('dialog', { name: 'Who is using Plenary?' });
    await expect(dialog).toBeVisible();
    const name = dialog.getByRole('textbox', { name: 'Your name' });
    const account = await name.inputValue();
    expect(account.length).toBeGreaterThan(0);
    // "Not now" keeps the computer account, and the question comes back at the next start.
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect(
      app.getByRole('button', { name: `Changes signed as ${account}: change` }),
    ).toBeVisible();
    await app.reload();
    await expect(dialog).toBeVisible();
    // Blank is refused, next to the field.
    await name.fill('   ');
    await dialog.getByRole('button', { name: 'Use this name' }).click();
    await expect(dialog.getByText('This field is required.')).toBeVisible();
    await name.fill('Amina Diallo');
    await dialog.getByRole('button', { name: 'Use this name' }).click();
    await expect(dialog).toBeHidden();
    await app.reload();
    await expect(
      app.getByRole('button', { name: 'Changes signed as Amina Diallo: change' }),
    ).toBeVisible();
    await expect(dialog).toBeHidden();

    const { meeting } = await lyon(host);
    await app.goto(`${host.url}#/meetings/${meeting.id}/changes`);
    const log = new AuditLogPage(app);
    await expect(log.rows.first()).toContainText('Amina Diallo');
  });
});
