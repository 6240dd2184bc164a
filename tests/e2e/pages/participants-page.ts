import { expect, type Locator, type Page } from '@playwright/test';
import type { Input, Output } from '../../../shared/api';
import type { HostHandle } from '../fixtures';

type PersonInput = NonNullable<Input<'registrations.create'>['person']>;
type RegistrationInput = Input<'registrations.create'>['registration'];

/** One seeded participant: their person, organisation (by key) and registration. */
export interface SeedParticipant {
  person: Omit<PersonInput, 'organisationId'>;
  organisation: string;
  registration: RegistrationInput;
}

async function must<T>(reply: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) {
  const r = await reply;
  if (!r.ok) throw new Error(`seeding refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Seeds organisations and registrations straight through the backend, as a test's "given". */
export async function seedParticipants(
  host: HostHandle,
  meetingId: number,
  organisations: Record<string, Input<'organisations.create'>>,
  participants: SeedParticipant[],
): Promise<Output<'registrations.create'>[]> {
  const ids = new Map<string, number>();
  for (const [key, org] of Object.entries(organisations)) {
    const created = await must<{ id: number }>(host.backend.dispatch('organisations.create', org));
    ids.set(key, created.id);
  }
  const rows: Output<'registrations.create'>[] = [];
  for (const p of participants)
    rows.push(
      await must(
        host.backend.dispatch('registrations.create', {
          meetingId,
          person: { ...p.person, organisationId: ids.get(p.organisation) ?? null },
          registration: p.registration,
        }),
      ),
    );
  return rows;
}

const ORGANISATIONS = {
  es: { name: 'Policía Nacional', type: 'law_enforcement', countryCode: 'ES' },
  fr: { name: 'Police nationale', type: 'law_enforcement', countryCode: 'FR' },
  sn: { name: 'Direction de la Police judiciaire', type: 'law_enforcement', countryCode: 'SN' },
  ca: { name: 'Royal Canadian Mounted Police', acronym: 'RCMP', type: 'law_enforcement' },
  un: { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', type: 'international' },
  ngo: { name: 'ECPAT International', type: 'ngo', countryCode: 'TH' },
} as const;

const p = (
  givenNames: string,
  familyNames: string,
  countryCode: string,
  organisation: keyof typeof ORGANISATIONS,
  status: SeedParticipant['registration']['status'],
  role: SeedParticipant['registration']['role'] = 'delegate',
): SeedParticipant => ({
  person: {
    givenNames,
    familyNames,
    countryCode,
    email: `${givenNames}.${familyNames}@example.org`
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase(),
  },
  organisation,
  registration: { status, role },
});

// Registered or confirmed: Núñez (ES), Dupont (FR), Diop (SN), García (ES) → 4 from 3 countries.
const PEOPLE = [
  p('Ana', 'Núñez', 'ES', 'es', 'confirmed'),
  p('Jean', 'Dupont', 'FR', 'fr', 'registered', 'speaker'),
  p('Claire', 'Martin', 'FR', 'fr', 'invited'),
  p('Aminata', 'Diop', 'SN', 'sn', 'confirmed', 'chair'),
  p('Moussa', 'Ndiaye', 'SN', 'sn', 'declined'),
  p('John', 'Smith', 'CA', 'ca', 'waitlisted', 'observer'),
  p('María', 'García', 'ES', 'un', 'registered'),
  p('Émilie', 'Roy', 'CA', 'ngo', 'cancelled', 'observer'),
];
/** The seeded people in the table's default order (family name, then given name). */
export const SORTED = [
  'Diop, Aminata',
  'Dupont, Jean',
  'García, María',
  'Martin, Claire',
  'Ndiaye, Moussa',
  'Núñez, Ana',
  'Roy, Émilie',
  'Smith, John',
];

/** A four-day meeting, with the eight people above unless `withPeople` is false. */
export async function seedMeeting(host: HostHandle, withPeople = true) {
  const meeting = await host.backend.dispatch('meetings.create', {
    title: 'Specialists Group — Annual Meeting',
    kind: 'specialists_group',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
  });
  if (!meeting.ok) throw new Error(JSON.stringify(meeting.error));
  const id = (meeting.value as { id: number }).id;
  if (withPeople) await seedParticipants(host, id, ORGANISATIONS, PEOPLE);
  return id;
}

/** A meeting's participants view, found by role and accessible name (English or French). */
export class ParticipantsPage {
  constructor(readonly page: Page) {}

  /** Opens the view with a fresh page load, so the app boots with the saved language. */
  async open(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/participants`);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'Participants', level: 2 })).toBeVisible();
  }

  get grid() {
    return this.page.getByRole('grid', { name: 'Participants' });
  }

  /** Data rows only: the header row holds column headers. */
  get rows() {
    return this.grid.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  row(name: string | RegExp) {
    return this.rows.filter({ hasText: name });
  }

  /** The rows' first data column (names), in display order. */
  names() {
    return this.rows.locator('[role="gridcell"]:nth-child(2)');
  }

  cell(
    row: Locator,
    column: 'name' | 'organisation' | 'country' | 'region' | 'role' | 'status' | 'email',
  ) {
    const index = ['name', 'organisation', 'country', 'region', 'role', 'status', 'email'];
    return row.getByRole('gridcell').nth(index.indexOf(column) + 1);
  }

  get search() {
    return this.page.getByRole('searchbox', {
      name: /Search participants|Rechercher des participants/,
    });
  }

  get headline() {
    return this.page.getByTestId('participants-headline');
  }

  get showing() {
    return this.page.getByTestId('participants-showing');
  }

  /** Picks options of one filter ("Country filter", "Filtre Pays"), then closes its list. */
  async filter(label: RegExp, ...options: string[]) {
    await this.page.getByRole('button', { name: label }).click();
    const list = this.page.getByRole('listbox');
    for (const option of options) {
      const search = this.page.getByRole('textbox', { name: /Search in|Rechercher dans/ });
      if (await search.isVisible()) await search.fill(option);
      await list.getByRole('option', { name: option, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
    await expect(list).toBeHidden();
  }

  checkbox(name: string) {
    return this.grid.getByRole('checkbox', { name: `Select ${name}` });
  }

  get bulkBar() {
    return this.page.getByRole('region', {
      name: /Selected participants|Participants sélectionnés/,
    });
  }

  /** Changes the selection's status or role through the bulk bar and confirms. */
  async bulkChange(menu: RegExp, value: string) {
    await this.bulkBar.getByRole('button', { name: menu }).click();
    await this.page.getByRole('menuitem', { name: value, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Opens the Columns menu: a checkbox per column and "Default columns". */
  async columnsMenu() {
    await this.page.getByRole('button', { name: /^(Columns|Colonnes)$/ }).click();
    const menu = this.page.getByRole('group', {
      name: /Choose the columns shown|Choisir les colonnes affichées/,
    });
    await expect(menu).toBeVisible();
    return menu;
  }

  /** The grip that resizes a column ("Resize the Name column"). */
  resizer(column: string) {
    return this.grid.getByRole('separator', { name: `Resize the ${column} column` });
  }

  /** The person panel, beside the list: a non-modal dialog named after the person. */
  panel(name: string | RegExp) {
    return this.page.getByRole('dialog', { name });
  }

  /** Opens "Add participant" from the header: the panel that searches the directory first. */
  async addParticipant() {
    await this.page
      .getByRole('button', { name: /^(Add participant|Ajouter un participant)$/ })
      .click();
    const panel = this.panel(/^(Add a participant|Ajouter un participant)$/);
    await expect(panel).toBeVisible();
    return panel;
  }

  /** A person offered by the directory search (or the duplicate check) inside `scope`. */
  person(scope: Locator, name: string) {
    return scope.getByRole('listitem').getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** The confirmation of "Remove from this meeting". */
  get removeDialog() {
    return this.page.getByRole('dialog', {
      name: /Remove from this meeting\?|Retirer de cette réunion/,
    });
  }

  /** Picks an option of a Mantine Select inside `scope`. */
  async pick(scope: Locator, label: string | RegExp, option: string) {
    const box = scope.getByRole('combobox', { name: label });
    await box.click();
    if (await box.isEditable()) await box.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
