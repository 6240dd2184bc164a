import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { POPPLER, POPPLER_MISSING, pdfText } from '../backend/document-readers';
import { AgendaFormsPage, agendaOf } from './pages/agenda-forms';
import { AgendaPage } from './pages/agenda-page';
import { MeetingsPage } from './pages/meetings-page';
import { seedMeeting } from './pages/participants-page';
import { ProgrammeExport } from './pages/programme-export';

/**
 * The "done when", end to end: an organiser builds meeting A's programme in the browser
 * host by mouse and by keyboard, sees every kind of clash appear and resolves each, undoes
 * mistakes, and hands out the programme PDF and the calendars, read back by real readers.
 * Given only meeting A (Lyon, 14–17 November, Europe/Paris) and its eight participants: Aminata
 * Diop (a chair), Moussa Ndiaye (declined), María García (UNODC: not law enforcement), …
 */

interface CalendarEvent {
  summary: string;
  start: string;
  end: string;
  zone: string | null;
  description: string;
}

/**
 * Reads a calendar as a calendar client would (its VTIMEZONE blocks registered), in New York:
 * a zone other than the meeting's, so the instants cannot come out right by accident.
 */
function readCalendar(text: string): CalendarEvent[] {
  const zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const block of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(block));
    return calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        zone: event.startDate.zone?.tzid ?? null,
        description: event.description.replace(/\u00a0/g, ' '),
      };
    });
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

test('an organiser builds meeting A’s programme by mouse and keyboard, sees and resolves every kind of clash, undoes mistakes and hands out the PDF and the calendars', async ({
  app,
  host,
}) => {
  test.skip(!POPPLER, POPPLER_MISSING);
  // The whole journey in one test: long by nature, not slow.
  test.setTimeout(300_000);
  const meetingId = await seedMeeting(host);
  const grid = new AgendaPage(app);
  const forms = new AgendaFormsPage(app);
  await grid.open(host, meetingId);

  // Rooms first: the empty timetable asks for them. One by mouse, one by keyboard.
  await expect(app.getByRole('heading', { name: 'No rooms yet' })).toBeVisible();
  await app.getByRole('button', { name: 'Manage rooms' }).last().click();
  const rooms = forms.roomsDialog;
  await rooms.getByRole('button', { name: 'Add a room' }).click();
  let roomForm = rooms.getByRole('form', { name: 'Add a room' });
  await roomForm.getByRole('textbox', { name: 'Name' }).fill('Main hall');
  await roomForm.getByRole('textbox', { name: 'Seats' }).fill('120');
  await roomForm.getByRole('button', { name: 'Add room' }).click();
  await expect(roomForm).toBeHidden();
  await rooms.getByRole('button', { name: 'Add a room' }).focus();
  await app.keyboard.press('Enter');
  roomForm = rooms.getByRole('form', { name: 'Add a room' });
  await expect(roomForm.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await app.keyboard.type('Salle Afrique');
  await app.keyboard.press('Tab');
  await app.keyboard.type('30');
  await app.keyboard.press('Enter');
  await expect(rooms.getByRole('listitem')).toHaveCount(2);
  await app.keyboard.press('Escape');
  await expect(rooms).toBeHidden();

  // By mouse: a session drawn across an empty slot of the main hall, filled in beside the grid.
  await grid.drag(grid.column(0), grid.column(0), { fromY: 9 * 60 + 2, toY: 10 * 60 + 28 });
  await expect(
    grid.panel('New session: Saturday 14 November, 09:00–10:30, Main hall'),
  ).toBeVisible();
  await app.keyboard.type('Opening plenary');
  await forms.pick(forms.panel, 'Type', 'Plenary');
  await forms.addPerson('diop', 'Aminata Diop');
  await forms.panel.getByRole('textbox', { name: 'Expected audience' }).fill('150');
  // Over capacity, said before saving and kept after: a warning, never a refusal.
  await expect(forms.panelClashes.getByRole('listitem')).toHaveText([
    '“Opening plenary” expects 150 people but Main hall seats 120.',
  ]);
  await forms.save.click();
  await expect(forms.panel).toBeHidden();
  await expect(grid.clashesButton).toHaveAccessibleName('1 clash');

  // By keyboard: Add session, the title typed at once, Enter creates it, at 09:00 in the first
  // room, where the plenary already is.
  await app.getByRole('button', { name: 'Add session' }).focus();
  await app.keyboard.press('Enter');
  await expect(
    grid.panel('New session: Saturday 14 November, 09:00–10:00, Main hall'),
  ).toBeVisible();
  await app.keyboard.type('Workshop Africa');
  await app.keyboard.press('Enter');
  await expect(grid.block('Workshop Africa')).toBeFocused();
  await expect(grid.clashesButton).toHaveAccessibleName('2 clashes');

  // Its people, opened from the grid with Enter: the chair of the plenary at the same time, a
  // speaker who declined, someone from outside law enforcement on a restricted session.
  await app.keyboard.press('Enter');
  await expect(grid.panel('Session: Workshop Africa')).toBeVisible();
  await forms.addPerson('diop', 'Aminata Diop');
  await forms.addPerson('ndiaye', 'Moussa Ndiaye');
  await forms.addPerson('garcia', 'María García');
  await forms.panel.getByRole('checkbox', { name: 'Law enforcement only' }).check();
  await forms.save.click();
  await expect(forms.panel).toBeHidden();
  await expect(grid.clashesButton).toHaveAccessibleName('5 clashes');

  // A break in every room in one action, then the closing plenary drawn on the last day.
  await app.getByRole('button', { name: 'Add break' }).click();
  const breakForm = app.getByRole('form', { name: 'Add a break in all rooms' });
  await breakForm.getByLabel('Start').fill('1030');
  await breakForm.getByLabel('End').fill('11h');
  await breakForm.getByRole('button', { name: 'Add in all rooms' }).click();
  await expect(app.getByText('“Coffee break” (10:30–11:00) added in all rooms.')).toBeVisible();
  await expect(grid.block('Coffee break')).toHaveAccessibleName(
    'Coffee break, 10:30–11:00, All rooms, Break',
  );
  await grid.day(/^Tuesday 17 November/);
  await grid.drag(grid.column(1), grid.column(1), { fromY: 16 * 60 + 2, toY: 16 * 60 + 58 });
  await expect(
    grid.panel('New session: Tuesday 17 November, 16:00–17:00, Salle Afrique'),
  ).toBeVisible();
  await app.keyboard.type('Closing plenary');
  await app.keyboard.press('Enter');
  await expect(grid.block('Closing plenary')).toBeVisible();

  // The room turns out to be closed that day; then the meeting is cut to three days.
  await forms.openRooms();
  await rooms.getByRole('button', { name: 'Edit Salle Afrique' }).click();
  const edit = rooms.getByRole('form', { name: 'Edit Salle Afrique' });
  await edit.getByText('Tue 17 Nov', { exact: true }).click();
  await edit.getByRole('button', { name: 'Save room' }).click();
  await expect(edit).toBeHidden();
  await app.keyboard.press('Escape');
  await expect(grid.clashesButton).toHaveAccessibleName('6 clashes');
  await app.getByRole('link', { name: 'Overview' }).click();
  await app.getByRole('link', { name: 'Edit' }).click();
  const meeting = new MeetingsPage(app);
  await meeting.typeDay(meeting.lastDay, '16/11/2026');
  await meeting.submit();
  await expect(app.getByRole('table', { name: 'Days' }).getByRole('row')).toHaveCount(3);
  await app.getByRole('link', { name: 'Programme' }).click();

  // Every kind of clash, in plain words, in the clash list.
  await expect(grid.clashesButton).toHaveAccessibleName('7 clashes');
  await forms.openClashes();
  const said = (kind: string) => forms.clashGroup(kind).getByRole('button');
  await expect(said('Room used twice')).toHaveText([
    'Main hall is used twice at 09:00–10:00 on Sat 14 Nov: “Opening plenary” and “Workshop Africa”.',
  ]);
  await expect(said('Person in two places')).toHaveText([
    'Aminata Diop is chairing “Opening plenary” and chairing “Workshop Africa” at the same time (09:00–10:00, Sat 14 Nov).',
  ]);
  await expect(said('Outside the meeting’s days')).toHaveText([
    '“Closing plenary” is on Tue 17 Nov, outside the meeting’s days (14–16 November 2026).',
  ]);
  await expect(said('Room closed')).toHaveText([
    '“Closing plenary” is in Salle Afrique on Tue 17 Nov, when that room is closed.',
  ]);
  await expect(said('Over capacity')).toHaveText([
    '“Opening plenary” expects 150 people but Main hall seats 120.',
  ]);
  await expect(said('Declined or cancelled')).toHaveText([
    'Moussa Ndiaye (speaker) in “Workshop Africa” has declined the invitation.',
  ]);
  await expect(said('Not law enforcement on a restricted session')).toHaveText([
    '“Workshop Africa” is for law enforcement only, but María García (United Nations Office on Drugs and Crime) is not law enforcement.',
  ]);
  // The grid's blocks say the same sentences.
  await expect(grid.block('Workshop Africa')).toHaveAccessibleDescription(
    /4 clashes: Main hall is used twice at 09:00–10:00 on Sat 14 Nov/,
  );

  // Resolved one by one. The room: the workshop moves one room to the right by keyboard.
  await grid.day(/^Saturday 14 November/);
  await grid.block('Workshop Africa').focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Space');
  await expect(grid.announcement).toHaveText(
    '“Workshop Africa” moved to Saturday 14 November, 09:00–10:00, Salle Afrique.',
  );
  await expect(forms.clashGroup('Room used twice')).toHaveCount(0);
  // The people: the chair cannot be in both; the declined speaker and the outsider go; the
  // session is no longer restricted.
  await app.keyboard.press('Enter');
  await forms.panel.getByRole('button', { name: 'Remove Aminata Diop from the session' }).click();
  await forms.panel.getByRole('button', { name: 'Remove Moussa Ndiaye from the session' }).click();
  await forms.panel.getByRole('checkbox', { name: 'Law enforcement only' }).uncheck();
  await expect(forms.panelClashes).toBeHidden();
  await forms.save.click();
  await expect(forms.panel).toBeHidden();
  await expect(grid.block('Workshop Africa')).toBeFocused();
  for (const kind of ['Person in two places', 'Declined or cancelled', 'Not law enforcement'])
    await expect(forms.clashGroup(new RegExp(`^${kind}`))).toHaveCount(0);
  // The audience: from the clash list to the session, fewer people expected.
  await said('Over capacity').click();
  await forms.panel.getByRole('textbox', { name: 'Expected audience' }).fill('110');
  await forms.save.click();
  await expect(forms.clashGroup('Over capacity')).toHaveCount(0);
  // The room reopens that day; the closing plenary moves into the meeting's days.
  await forms.openRooms();
  await rooms.getByRole('button', { name: 'Edit Salle Afrique' }).click();
  await edit.getByText('Tue 17 Nov', { exact: true }).click();
  await edit.getByRole('button', { name: 'Save room' }).click();
  await expect(edit).toBeHidden();
  await app.keyboard.press('Escape');
  await expect(forms.clashGroup('Room closed')).toHaveCount(0);
  await said('Outside the meeting’s days').click();
  await forms.pick(forms.panel, 'Day', 'Monday 16 November');
  await forms.save.click();
  await expect(forms.clashes.getByRole('heading', { name: 'No clashes' })).toBeVisible();
  await expect(grid.clashesButton).toHaveAccessibleName('0 clashes');

  // Mistakes undone. A drag by mouse, undone and redone with the keys, undone with the button.
  await grid.day(/^Saturday 14 November/);
  // Grabbed 12 px below its top edge (a pixel a minute): dropped with its top at 11:15.
  await grid.drag(grid.block('Workshop Africa'), grid.column(1), { toY: 11 * 60 + 15 + 12 });
  await expect(grid.block('Workshop Africa')).toHaveAccessibleName(
    /^Workshop Africa, 11:15–12:15, Salle Afrique/,
  );
  await app.keyboard.press('Control+z');
  await expect(grid.block('Workshop Africa')).toHaveAccessibleName(/^Workshop Africa, 09:00–10:00/);
  await app.keyboard.press('Control+y');
  await expect(grid.block('Workshop Africa')).toHaveAccessibleName(/^Workshop Africa, 11:15–12:15/);
  await expect(grid.undoButton).toHaveAccessibleName('Undo move of “Workshop Africa”');
  await grid.undoButton.click();
  await expect(grid.block('Workshop Africa')).toHaveAccessibleName(/^Workshop Africa, 09:00–10:00/);
  // A copy made by keyboard, deleted, brought back from the notice, then undone away.
  await grid.block('Opening plenary').focus();
  await app.keyboard.press('Control+d');
  await expect(grid.block('Opening plenary')).toHaveCount(2);
  const copy = grid.block(/^Opening plenary, 10:30–12:00/);
  await expect(copy).toBeFocused();
  await app.keyboard.press('Delete');
  await expect(copy).toHaveCount(0);
  await forms.undo('“Opening plenary” was deleted.');
  await expect(copy).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(grid.block('Opening plenary')).toHaveCount(1);
  await expect(grid.clashesButton).toHaveAccessibleName('0 clashes');

  const agenda = await agendaOf(host, meetingId);
  expect(
    agenda.sessions.map((s) => [s.title, s.day, s.startMinute, s.endMinute, s.people.length]),
  ).toEqual([
    ['Opening plenary', '2026-11-14', 540, 630, 1],
    ['Workshop Africa', '2026-11-14', 540, 600, 1],
    ['Coffee break', '2026-11-14', 630, 660, 0],
    ['Closing plenary', '2026-11-16', 960, 1020, 0],
  ]);

  // Handed out: the programme PDF, read back with pdftotext.
  const menu = new ProgrammeExport(app);
  const pdf = await menu.downloadItem('PDF, A4 paper');
  const text = pdfText(pdf.bytes);
  for (const words of [
    'Specialists Group — Annual Meeting',
    '14–16 November 2026',
    'Day 1 · Saturday 14 November',
    'Opening plenary',
    '09:00–10:30',
    'Main hall',
    'Chair: Aminata Diop',
    'Workshop Africa',
    'Speaker: María García',
    'Salle Afrique',
    'Coffee break',
    'All rooms',
    'Day 3 · Monday 16 November',
    'Closing plenary',
  ])
    expect(text).toContain(words);
  expect(text).not.toContain('Ndiaye');

  // And the calendars, parsed with ical.js in another zone: the right instants.
  const whole = readCalendar((await menu.downloadItem('Whole meeting')).text);
  expect(whole.map((e) => [e.summary, e.start, e.end, e.zone])).toEqual([
    ['Opening plenary', '2026-11-14T08:00:00.000Z', '2026-11-14T09:30:00.000Z', 'Europe/Paris'],
    ['Workshop Africa', '2026-11-14T08:00:00.000Z', '2026-11-14T09:00:00.000Z', 'Europe/Paris'],
    ['Coffee break', '2026-11-14T09:30:00.000Z', '2026-11-14T10:00:00.000Z', 'Europe/Paris'],
    ['Closing plenary', '2026-11-16T15:00:00.000Z', '2026-11-16T16:00:00.000Z', 'Europe/Paris'],
  ]);
  await menu.choosePerson('Aminata Diop');
  const personal = await menu.download(() =>
    menu.personDialog.getByRole('button', { name: 'Download iCalendar' }).click(),
  );
  const hers = readCalendar(personal.text);
  expect(hers.map((e) => e.summary)).toEqual(['Opening plenary']);
  expect(hers[0]!.description).toContain('Your role: Chair');
});

test('the same journey’s words in French: clashes, moves, undo and the documents', async ({
  app,
  host,
}) => {
  test.skip(!POPPLER, POPPLER_MISSING);
  // A journey too (sessions typed in, a move, undo, two downloads): long by nature.
  test.setTimeout(180_000);
  const meetingId = await seedMeeting(host);
  await host.backend.dispatch('agenda.createRoom', {
    meetingId,
    room: { name: 'Salle plénière', capacity: 120 },
  });
  await host.backend.dispatch('agenda.createRoom', {
    meetingId,
    room: { name: 'Salle Afrique', capacity: 30 },
  });
  await host.backend.dispatch('settings.setLanguage', { language: 'fr' });
  const grid = new AgendaPage(app);
  const forms = new AgendaFormsPage(app);
  await grid.open(host, meetingId);

  // Two sessions typed in, the second where the first is.
  for (const title of ['Séance d’ouverture', 'Atelier Afrique']) {
    await app.getByRole('button', { name: 'Ajouter une session' }).focus();
    await app.keyboard.press('Enter');
    await expect(
      grid.panel('Nouvelle session : samedi 14 novembre, 09:00–10:00, Salle plénière'),
    ).toBeVisible();
    await app.keyboard.type(title);
    if (title === 'Séance d’ouverture') await forms.addPerson('diop', 'Aminata Diop');
    await forms.panel.getByRole('button', { name: 'Créer la session' }).click();
    await expect(grid.block(title)).toBeVisible();
  }
  await expect(grid.clashesButton).toHaveAccessibleName('1 conflit');
  await forms.openClashes();
  await expect(forms.clashGroup('Salle occupée deux fois').getByRole('button')).toHaveText([
    'Deux sessions en même temps dans Salle plénière, de 09:00 à 10:00 le sam. 14 nov. : « Séance d’ouverture » et « Atelier Afrique ».',
  ]);
  await expect(grid.block('Atelier Afrique')).toHaveAccessibleDescription(
    /Conflit\s:\sDeux sessions en même temps dans Salle plénière/,
  );

  // Moved by keyboard, announced in French; undone and redone.
  await grid.block('Atelier Afrique').focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Space');
  await expect(grid.announcement).toHaveText(
    '« Atelier Afrique » déplacée : samedi 14 novembre, 09:00–10:00, Salle Afrique.',
  );
  await expect(forms.clashes.getByRole('heading', { name: 'Aucun conflit' })).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(app.getByText('Annulé : le déplacement de « Atelier Afrique »')).toBeVisible();
  await expect(grid.clashesButton).toHaveAccessibleName('1 conflit');
  await app.keyboard.press('Control+y');
  await expect(grid.clashesButton).toHaveAccessibleName('0 conflit');

  // The documents in French, chosen beside the export menu.
  const menu = new ProgrammeExport(app);
  await menu.chooseLanguage('Français');
  // French sets colons and hours off with no-break spaces.
  const text = pdfText((await menu.downloadItem('PDF, format A4')).bytes).replace(/\u00a0/g, ' ');
  for (const words of [
    'Jour 1 · Samedi 14 novembre',
    '9 h 00 – 10 h 00',
    'Séance d’ouverture',
    'Salle plénière',
    'Président·e de séance : Aminata Diop',
    'Atelier Afrique',
    'Salle Afrique',
    'Page 1 sur 1',
  ])
    expect(text).toContain(words);
  await menu.choosePerson('Aminata Diop');
  const hers = readCalendar(
    (
      await menu.download(() =>
        menu.personDialog.getByRole('button', { name: 'Télécharger l’agenda' }).click(),
      )
    ).text,
  );
  expect(hers.map((e) => [e.summary, e.start])).toEqual([
    ['Séance d’ouverture', '2026-11-14T08:00:00.000Z'],
  ]);
  expect(hers[0]!.description).toContain('Votre rôle : Président·e de séance');
});
