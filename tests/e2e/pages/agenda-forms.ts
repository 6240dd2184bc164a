import { expect, type Locator, type Page } from '@playwright/test';
import type { Input } from '../../../shared/api';
import type { HostHandle } from '../fixtures';
import { seed } from '../people-seed';
import { seedMeeting } from './participants-page';

type SessionFields = Input<'agenda.createSession'>['session'];

/**
 * The Lyon meeting of participants-page (14–17 Nov 2026, Europe/Paris, eight people) with two
 * rooms, a track and the sessions a test asks for. Registration ids by family name.
 */
export async function seedAgenda(host: HostHandle) {
  const meetingId = await seedMeeting(host);
  const registrations = await seed(host, 'registrations.list', { meetingId });
  const reg = (familyNames: string) => {
    const found = registrations.find((r) => r.familyNames === familyNames);
    if (!found) throw new Error(`no registration for ${familyNames}`);
    return found.id;
  };
  const hall = (
    await seed(host, 'agenda.createRoom', {
      meetingId,
      room: { name: 'Grand amphithéâtre', capacity: 200, location: 'Ground floor' },
    })
  ).id;
  const salle2 = (
    await seed(host, 'agenda.createRoom', {
      meetingId,
      room: { name: 'Salle 2', capacity: 30, location: 'First floor' },
    })
  ).id;
  const session = async (fields: Partial<SessionFields> & Pick<SessionFields, 'title'>) =>
    (
      await seed(host, 'agenda.createSession', {
        meetingId,
        session: { type: 'panel', day: '2026-11-15', startMinute: 600, endMinute: 660, ...fields },
      })
    ).id;
  return { meetingId, hall, salle2, reg, session };
}

/** Reads the agenda as the backend holds it, to check what a form saved. */
export function agendaOf(host: HostHandle, meetingId: number) {
  return seed(host, 'agenda.get', { meetingId });
}

/** The programme's views, by the names the view switch gives them in English and French. */
const VIEW_NAMES = {
  day: /^(Day|Jour)$/,
  overview: /^(All days|Tous les jours)$/,
  room: /^(By room|Par salle)$/,
  list: /^(List|Liste)$/,
} as const;

/**
 * The programme screen's editors and lists, by role and accessible name (English or French): the
 * session panel beside the grid, the list view, the clash list (behind the toolbar's Clashes
 * toggle), the rooms dialog (Manage rooms) and the awards (a dialog behind Awards).
 */
export class AgendaFormsPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the programme with a fresh page load, so the app boots with the saved language, in the
   * view asked for: the list by default, where most of the forms' tests find their sessions.
   */
  async open(host: HostHandle, meetingId: number, view: keyof typeof VIEW_NAMES = 'list') {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/agenda`);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'Programme', level: 2 })).toBeVisible();
    await this.showView(view);
  }

  async showView(view: keyof typeof VIEW_NAMES) {
    const views = this.page.getByRole('radiogroup', { name: /^(View|Affichage)$/ });
    await views.getByText(VIEW_NAMES[view]).click();
    await expect(views.getByRole('radio', { name: VIEW_NAMES[view] })).toBeChecked();
  }

  async newSession() {
    await this.page.getByRole('button', { name: /^(Add session|Ajouter une session)$/ }).click();
    await expect(this.panel).toBeVisible();
  }

  async openRooms() {
    await this.page.getByRole('button', { name: /^(Manage rooms|Gérer les salles)$/ }).click();
    await expect(this.roomsDialog).toBeVisible();
  }

  /** Opens a session from the list view. */
  async openSession(title: string) {
    await this.listRow(title).click();
    await expect(this.panel.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }

  // The session panel: the landmark beside the grid, "Session: …" or "New session: …".
  get panel() {
    return this.page.getByRole('complementary', {
      name: /^(Session|New session|Nouvelle session)\s?:/,
    });
  }

  textbox(name: string | RegExp) {
    return this.panel.getByRole('textbox', { name, exact: typeof name === 'string' });
  }

  /** Picks an option of a Mantine select in `scope`, typing first when it is searchable. */
  async pick(scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
    const box = scope.getByRole('combobox', { name: label });
    await box.click();
    if (typeof option === 'string' && (await box.getAttribute('readonly')) === null)
      await box.fill(option);
    await this.page
      .getByRole('option', { name: option, exact: typeof option === 'string' })
      .click();
  }

  /** Finds a participant by typing and adds them to the session. */
  async addPerson(query: string, name: string) {
    await this.panel
      .getByRole('combobox', { name: /^(Add a person|Ajouter une personne)$/ })
      .fill(query);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  get people() {
    return this.panel.getByRole('list', { name: /^(People|Intervenants)$/ }).getByRole('listitem');
  }

  get save() {
    return this.panel.getByRole('button', {
      name: /^(Save|Create session|Enregistrer|Créer la session)$/,
    });
  }

  /** The session's own clashes at the top of the panel. */
  get panelClashes() {
    return this.panel.getByRole('region', { name: /^(This session has|Cette session a)/ });
  }

  // The list view.
  get list() {
    return this.page.getByRole('table', { name: 'Sessions' });
  }

  listRow(title: string) {
    return this.list.getByRole('row', { name: title, exact: true });
  }

  /** The list's titles, top to bottom. */
  listTitles() {
    return this.list.locator('tbody tr td:nth-child(2)');
  }

  // The clash list, beside the grid in place of the panel, named by its count ("8 clashes").
  get clashes() {
    return this.page.getByRole('complementary', { name: /^\d+ (clash|clashes|conflit|conflits)$/ });
  }

  /** The toolbar's Clashes toggle, named by the count: "3 clashes", "1 conflit". */
  get clashButton() {
    return this.page.getByRole('button', { name: /^\d+ (clash|clashes|conflit|conflits)$/ });
  }

  async openClashes() {
    await this.clashButton.click();
    await expect(this.clashes).toBeVisible();
  }

  clashGroup(kind: string | RegExp) {
    return this.clashes.getByRole('region', { name: kind });
  }

  // The awards: a dialog opened from the page header.
  get awards() {
    return this.page.getByRole('dialog', { name: /^(Awards|Prix)$/ });
  }

  async openAwards() {
    await this.page.getByRole('button', { name: /^(Awards|Prix)$/ }).click();
    await expect(this.awards).toBeVisible();
    return this.awards;
  }

  async closeAwards() {
    await this.awards.getByRole('button', { name: /^(Close|Fermer)$/ }).click();
    await expect(this.awards).toBeHidden();
  }

  // Dialogs.
  get roomsDialog() {
    return this.page.getByRole('dialog', {
      name: /^(Rooms, tracks and colours|Salles, thèmes et couleurs)$/,
    });
  }

  get discardDialog() {
    return this.page.getByRole('dialog', {
      name: /^(Discard changes\?|Abandonner les modifications\s\?)$/,
    });
  }

  /** The notification with the Undo button, by its message. */
  notice(text: string | RegExp) {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }

  async undo(text: string | RegExp) {
    const undo = this.notice(text).getByRole('button', { name: /^(Undo|Défaire)$/ });
    // An older notice with the same words leaves as the new one comes (only the newest may undo).
    await expect(undo).toHaveCount(1);
    await undo.click();
  }
}
