import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { HostHandle } from './fixtures';
import { seed } from './people-seed';
import { read } from './pages/audit-page';
import { PrivacyDialogs } from './pages/privacy-page';
import { SettingsPage } from './pages/settings-page';

/** pdftotext's reading of a PDF (poppler-utils, installed with the browser). */
function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-sar-'));
  try {
    const file = path.join(dir, 'file.pdf');
    fs.writeFileSync(file, bytes);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout.replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Awa Diop chairs a session in Cotonou and received an award there, and is also registered to
 * Lyon. Cotonou ended in 2020 and kept its people's data until 2021 when `due` (else until 2199,
 * so the start does not ask about it); Lyon keeps it until 2199.
 */
async function awa(host: HostHandle, due = false) {
  const cotonou = await seed(host, 'meetings.create', {
    title: 'Working Group — Cotonou',
    kind: 'working_group',
    startDate: '2020-09-22',
    endDate: '2020-09-24',
    timeZone: 'Africa/Porto-Novo',
    retentionDate: due ? '2021-09-24' : '2199-09-24',
  });
  const lyon = await seed(host, 'meetings.create', {
    title: 'Specialists Group — Lyon',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    retentionDate: '2199-12-31',
  });
  const registration = await seed(host, 'registrations.create', {
    meetingId: cotonou.id,
    person: {
      givenNames: 'Awa',
      familyNames: 'Diop',
      email: 'awa.diop@police.sn',
      countryCode: 'SN',
      gender: 'female',
    },
    registration: { status: 'confirmed', role: 'chair', dietary: 'No pork', visaLetter: true },
  });
  // Entered for Cotonou's visa letter (reports slice): goes with her, shown in her export.
  await seed(host, 'reports.saveVisaDetails', {
    registrationId: registration.id,
    details: {
      passportNumber: 'A02917735',
      nationalityCode: 'SN',
      dateOfBirth: '1983-07-19',
      placeOfBirth: 'Ziguinchor',
    },
  });
  await seed(host, 'registrations.create', {
    meetingId: lyon.id,
    personId: registration.personId,
    registration: { status: 'registered' },
  });
  const moussa = await seed(host, 'registrations.create', {
    meetingId: cotonou.id,
    person: { givenNames: 'Moussa', familyNames: 'Ndiaye', countryCode: 'SN', gender: 'male' },
    registration: { status: 'confirmed' },
  });
  const room = await seed(host, 'agenda.createRoom', {
    meetingId: cotonou.id,
    room: { name: 'Salle A' },
  });
  const session = await seed(host, 'agenda.createSession', {
    meetingId: cotonou.id,
    session: {
      title: 'Country reports',
      type: 'plenary',
      day: '2020-09-22',
      startMinute: 540,
      endMinute: 600,
      roomId: room.id,
      people: [{ registrationId: registration.id, role: 'chair' }],
    },
  });
  await seed(host, 'agenda.createAward', {
    meetingId: cotonou.id,
    award: {
      name: 'Award for courage',
      recipientPersonId: registration.personId,
      sessionId: session.id,
    },
  });
  return { cotonou, lyon, awa: registration, moussa };
}

test('delete a person everywhere: what goes is listed, nothing happens without a tick, the log keeps it nameless, the backup made first brings her back', async ({
  app,
  host,
}) => {
  const { cotonou, awa: person } = await awa(host);
  await app.goto(`${host.url}#/people/${person.personId}`);
  const dialogs = new PrivacyDialogs(app);
  await app.getByRole('button', { name: 'Delete everywhere…' }).click();
  await expect(dialogs.erase).toContainText('Awa Diop will be deleted from Plenary');
  await expect(dialogs.erase).toContainText('2 registrations');
  await expect(dialogs.erase).toContainText(
    'Working Group — Cotonou (Chair / moderator, Confirmed)',
  );
  await expect(dialogs.erase).toContainText('Specialists Group — Lyon (Delegate, Registered)');
  await expect(dialogs.erase).toContainText('Chair of “Country reports” (Working Group — Cotonou)');
  await expect(dialogs.erase).toContainText('1 award');
  await expect(dialogs.erase).toContainText('Passport details for the visa letter of 1 meeting');
  await expect(dialogs.erase).toContainText('This cannot be undone.');
  await expect(dialogs.erase).toContainText(
    'Plenary first makes a backup of the database, listed in Settings, under Backups, as “Before deleting a person”',
  );
  // Cancel leaves her as she was.
  await dialogs.erase.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('heading', { name: 'Awa Diop' })).toBeVisible();

  await app.getByRole('button', { name: 'Delete everywhere…' }).click();
  const confirm = await dialogs.understand(dialogs.erase, /^Delete Awa Diop everywhere$/);
  await confirm.click();
  await expect(
    app.getByText(
      'Awa Diop was deleted everywhere. The backup made just before is in Settings, under Backups.',
    ),
  ).toBeVisible();
  await expect(app.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  await app.getByRole('searchbox').first().fill('diop');
  await expect(app.getByText('Awa Diop')).toHaveCount(0);

  await app.goto(`${host.url}#/meetings/${cotonou.id}/changes`);
  const first = app
    .getByRole('table', { name: /^Changes in/ })
    .getByRole('row')
    .nth(1);
  await expect(first).toContainText('Person deleted everywhere');
  await expect(first).toContainText('Registrations: 1');
  await expect(app.getByRole('table', { name: /^Changes in/ })).not.toContainText(
    /Diop|awa\.diop|No pork/,
  );
  await expect(app.getByRole('table', { name: /^Changes in/ })).toContainText('person no. ');

  // The backup made first is in Settings; restoring it brings her back.
  const settings = new SettingsPage(app);
  await settings.open();
  const before = settings.backups.getByRole('row', { name: /Before deleting a person/ });
  await expect(before).toHaveCount(1);
  await before.getByRole('button', { name: /^Restore the backup of/ }).click();
  await settings.dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText(/The backup of .* was restored/)).toBeVisible();
  await app.goto(`${host.url}#/people/${person.personId}`);
  await expect(app.getByRole('heading', { name: 'Awa Diop' })).toBeVisible();
});

test('delete everywhere when no backup can be written: she stays, and the dialog says why', async ({
  app,
  host,
}) => {
  const { awa: person } = await awa(host);
  // A file where the backups folder should be, as on a full or broken disk: no backup is made.
  fs.writeFileSync(path.join(host.dataDir, 'backups'), 'not a folder');
  await app.goto(`${host.url}#/people/${person.personId}`);
  const dialogs = new PrivacyDialogs(app);
  await app.getByRole('button', { name: 'Delete everywhere…' }).click();
  const confirm = await dialogs.understand(dialogs.erase, /^Delete Awa Diop everywhere$/);
  await confirm.click();
  await expect(dialogs.erase.getByRole('alert').first()).toHaveText(
    'The backup could not be written (a file is where a folder should be). Nothing was changed.',
  );
  await dialogs.erase.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('heading', { name: 'Awa Diop' })).toBeVisible();
  expect(await seed(host, 'people.get', { id: person.personId })).toMatchObject({
    email: 'awa.diop@police.sn',
  });
});

/** Downloads the person's data from their page's menu, as the item says. */
async function exportIn(app: Page, item: RegExp) {
  await app.getByRole('button', { name: /Export their data|Exporter ses données/ }).click();
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: item }).click(),
  ]);
  return read(download);
}

test('export everything held about a person as a readable PDF', async ({ app, host }) => {
  const { awa: person } = await awa(host);
  await app.goto(`${host.url}#/people/${person.personId}`);
  const english = await exportIn(app, /^PDF in English$/);
  expect(english.name).toMatch(/^personal-data-Awa-Diop-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfText(english.bytes);
  for (const expected of [
    'Personal data held about Awa Diop',
    'by Camille Laurent',
    'awa.diop@police.sn',
    'Working Group — Cotonou',
    'Specialists Group — Lyon',
    'No pork',
    'Country reports',
    'Award for courage',
    'Change log',
    'Dietary needs: No pork',
    'Passport details for visa letters',
    'A02917735',
    'Ziguinchor',
  ])
    expect(text).toContain(expected);
});

test('export a person’s data in French from the French screen', async ({ app, host }) => {
  const { awa: person } = await awa(host);
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await app.goto(`${host.url}#/people/${person.personId}`);
  const french = await exportIn(app, /^PDF en français$/);
  expect(french.name).toMatch(/^donnees-personnelles-Awa-Diop-/);
  const text = pdfText(french.bytes);
  for (const expected of [
    'Données personnelles détenues sur Awa Diop',
    'Inscriptions à 2 réunions',
    'Régime alimentaire : No pork',
    'Journal des modifications',
    'Données du passeport pour les lettres de visa',
    'Lieu de naissance Ziguinchor',
  ])
    expect(text).toContain(expected);
});

test('retention at start: review who goes and who stays, confirm, and the figures do not move', async ({
  app,
  host,
}) => {
  const { cotonou, awa: person, moussa } = await awa(host, true);
  await app.goto(`${host.url}#/meetings/${cotonou.id}/participants`);
  const headline = app.getByTestId('participants-headline');
  await expect(headline).toHaveText('2 expected (registered or confirmed) from 1 country');

  // The start check: nothing changes until the user reviews and confirms.
  await app.reload();
  const start = app.getByRole('dialog', { name: 'Retention dates have passed' });
  await expect(start).toContainText(
    '1 meeting is past its retention date. The personal data of 1 person is due to be anonymised.',
  );
  await start.getByRole('button', { name: 'Review' }).click();
  const dialogs = new PrivacyDialogs(app);
  const review = dialogs.review;
  await expect(review).toContainText(
    'Working Group — Cotonou: kept until 24 September 2021, 2 participants',
  );
  const going = review.getByRole('table', { name: 'People who will be anonymised' });
  await expect(going.getByRole('row')).toHaveCount(2);
  await expect(going).toContainText('Ndiaye, Moussa');
  const kept = review.getByRole('table', { name: 'People kept' });
  await expect(kept).toContainText('Diop, Awa');
  await expect(kept).toContainText('Specialists Group — Lyon');
  await expect(review).toContainText('1 registration of these meetings loses its notes');
  await expect(review).toContainText('listed in Settings, under Backups, as “Before anonymising”');
  const apply = await dialogs.understand(review, /^Anonymise 1 person$/);
  await apply.click();
  await expect(
    app.getByText(
      '1 person anonymised. 1 registration emptied of its notes and needs. The backup made just before is in Settings, under Backups.',
    ),
  ).toBeVisible();

  await expect(headline).toHaveText('2 expected (registered or confirmed) from 1 country');
  await expect(app.getByRole('row', { name: new RegExp(`#${moussa.personId}`) })).toBeVisible();
  await expect(app.getByRole('row', { name: /Diop, Awa/ })).toBeVisible();
  // Her needs for the old meeting went; she stays herself for Lyon.
  const registration = await seed(host, 'registrations.get', { id: person.id });
  expect(registration.dietary).toBe('');

  // On demand, in French: nothing more to do.
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await app.getByRole('link', { name: 'Confidentialité' }).click();
  await expect(app.getByRole('row', { name: /Working Group — Cotonou/ })).toContainText(
    'Date dépassée',
  );
  await app.getByRole('button', { name: 'Vérifier les dates de conservation' }).click();
  await expect(dialogs.review).toContainText(
    'Aucune donnée personnelle n’a dépassé sa date de conservation.',
  );
  await dialogs.review.getByRole('button', { name: 'Fermer' }).click();
  // The backup made before anonymising, named so in Settings.
  const settings = new SettingsPage(app);
  await settings.open();
  await expect(settings.backups.getByRole('row', { name: /Avant une anonymisation/ })).toHaveCount(
    1,
  );
});

test('the retention date is set in the meeting form, and refused before the last day', async ({
  app,
  host,
}) => {
  const meeting = await seed(host, 'meetings.create', {
    title: 'Regional Working Group',
    kind: 'working_group',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
  });
  await app.goto(`${host.url}#/meetings/${meeting.id}/edit`);
  const field = app.getByRole('textbox', { name: "Keep participants' personal data until" });
  await field.fill('20/09/2026');
  await field.press('Tab');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    app.getByText("The retention date cannot be before the meeting's last day."),
  ).toBeVisible();
  await field.fill('24/09/2027');
  await field.press('Tab');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByText('Personal data kept until')).toBeVisible();
  await expect(app.getByText('24 September 2027')).toBeVisible();

  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await app.goto(`${host.url}#/meetings/${meeting.id}/edit`);
  const champ = app.getByRole('textbox', {
    name: 'Conserver les données personnelles des participants jusqu’au',
  });
  await champ.fill('21/09/2026');
  await champ.press('Tab');
  await app.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(
    app.getByText('La date de conservation ne peut pas précéder le dernier jour de la réunion.'),
  ).toBeVisible();
});
