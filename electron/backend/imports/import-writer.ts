import type { Db } from '../db/connection';
import { reindexPeople } from '../people/people.repo';
import {
  normaliseName,
  type OrganisationType,
  type Role,
  type Status,
} from '../../../shared/domain/people';
import type { ImportRecord } from '../../../shared/domain/import-rows';
import { emailKey } from '../../../shared/domain/import-dedupe';
import type { Decision } from '../../../shared/domain/imports';
import type { Analysis } from './import-analysis';
import type { ImportsRepo } from './imports.repo';
import type { NewPerson, PersonRow, RegistrationRow } from './types';

export interface WritePlan {
  meetingId: number;
  fileName: string;
  /** The decision for a duplicate's row (settled before writing: see the service's plan). */
  decisionOf: (row: number) => Decision;
  /** Every spelling of a country or nationality → its code (resolved or answered), or null. */
  countryOf: (spelling: string) => string | null;
  /** The status and role a row gives, after the registrar's value mapping; null when none. */
  statusOf: (r: ImportRecord) => Status | null;
  roleOf: (r: ImportRecord) => Role | null;
  defaultRole: Role;
  defaultStatus: Status;
  now: string;
}

export interface WriteResult {
  batchId: number;
  created: number;
  merged: number;
  skipped: number;
  registered: number;
  alreadyRegistered: number;
}

/** Organisation lookup by name or acronym, creating (and recording) what is missing. */
function organisationFinder(repo: ImportsRepo, batchId: number, now: string) {
  const byKey = new Map<string, number>();
  const remember = (key: string, id: number) => key && !byKey.has(key) && byKey.set(key, id);
  for (const o of repo.organisations()) {
    remember(normaliseName(o.name), o.id);
    remember(`#${normaliseName(o.acronym)}`, o.id);
  }
  return (r: ImportRecord, countryCode: string | null): number | null => {
    if (!r.organisation) return null;
    const key = normaliseName(r.organisation);
    const found = byKey.get(key) ?? byKey.get(`#${key}`);
    if (found !== undefined) return found;
    const type: OrganisationType = r.organisationType ?? 'other';
    // A police force or ministry belongs to the country it serves; an NGO's seat is unknown here.
    const id = repo.insertOrganisation(
      {
        name: r.organisation,
        acronym: r.organisationAcronym === r.organisation ? '' : r.organisationAcronym,
        type,
        countryCode: type === 'law_enforcement' ? countryCode : null,
      },
      now,
    );
    repo.addChange(batchId, 'organisation_created', id);
    remember(key, id);
    if (r.organisationAcronym) remember(`#${normaliseName(r.organisationAcronym)}`, id);
    return id;
  };
}

function newPerson(r: ImportRecord, organisationId: number | null, plan: WritePlan): NewPerson {
  return {
    title: r.title,
    given_names: r.givenNames,
    family_names: r.familyNames,
    gender: r.gender,
    email: r.email,
    phone: r.phone,
    organisation_id: organisationId,
    position: r.position,
    country_code: plan.countryOf(r.country),
    nationality_code: plan.countryOf(r.nationality),
    languages: JSON.stringify(r.languages),
    notes: r.notes,
    consent_to_list: 0,
  };
}

/**
 * A merge keeps the stored person and takes every detail the file gives; an empty cell never erases
 * what was known. Names stay as stored: the match already says it is the same person, and a file's
 * "DIALLO Aminata" should not overwrite a carefully typed name.
 */
function merged(before: PersonRow, incoming: NewPerson): NewPerson {
  const pick = <T>(next: T | null, prev: T): T => (next === null || next === '' ? prev : next);
  const languages = [
    ...new Set([
      ...(JSON.parse(before.languages) as string[]),
      ...(JSON.parse(incoming.languages) as string[]),
    ]),
  ];
  const notes =
    incoming.notes && !before.notes.includes(incoming.notes)
      ? [before.notes, incoming.notes].filter(Boolean).join('\n')
      : before.notes;
  return {
    title: pick(incoming.title, before.title),
    given_names: before.given_names || incoming.given_names,
    family_names: before.family_names || incoming.family_names,
    gender: pick(incoming.gender, before.gender),
    // The same address in other capitals is no news: the stored spelling stays.
    email:
      emailKey(incoming.email) === emailKey(before.email)
        ? before.email
        : pick(incoming.email, before.email),
    phone: pick(incoming.phone, before.phone),
    organisation_id: pick(incoming.organisation_id, before.organisation_id),
    position: pick(incoming.position, before.position),
    country_code: pick(incoming.country_code, before.country_code),
    nationality_code: pick(incoming.nationality_code, before.nationality_code),
    languages: JSON.stringify(languages),
    notes,
    consent_to_list: before.consent_to_list,
  };
}

/** The registration after a merge: what the row says, where it says something. */
function mergedRegistration(
  before: RegistrationRow,
  r: ImportRecord,
  plan: WritePlan,
): RegistrationRow {
  return {
    ...before,
    role: plan.roleOf(r) ?? before.role,
    status: plan.statusOf(r) ?? before.status,
    badge_name: r.badgeName || before.badge_name,
    dietary: r.dietary || before.dietary,
    accessibility: r.accessibility || before.accessibility,
    visa_letter: r.visaLetter === null ? before.visa_letter : r.visaLetter ? 1 : 0,
    consent_to_list: r.listed === null ? before.consent_to_list : r.listed ? 1 : 0,
  };
}

/**
 * Writes the analysed rows in one transaction: a failure anywhere (a constraint, a full disk) rolls
 * back every row. Each change is recorded in import_change so the batch can be undone.
 */
export function writeImport(
  db: Db,
  repo: ImportsRepo,
  analysis: Analysis,
  plan: WritePlan,
): WriteResult {
  return db.transaction((): WriteResult => {
    const { now, meetingId } = plan;
    const batchId = repo.insertBatch(meetingId, plan.fileName, now);
    const lastPersonBefore = repo.maxPersonId();
    repo.deferAudit(batchId, lastPersonBefore);
    const organisationOf = organisationFinder(repo, batchId, now);
    const personOfRow = new Map<number, number>();
    const createdPeople = new Set<number>();
    const updatedPeople = new Set<number>();
    const createdRegistrations = new Set<number>();
    const updatedRegistrations = new Set<number>();
    const touched: number[] = [];
    const result: WriteResult = {
      batchId,
      created: 0,
      merged: 0,
      skipped: analysis.errorRowCount,
      registered: 0,
      alreadyRegistered: 0,
    };

    const register = (personId: number, r: ImportRecord) => {
      const id = repo.insertRegistration(
        {
          meeting_id: meetingId,
          person_id: personId,
          role: plan.roleOf(r) ?? plan.defaultRole,
          status: plan.statusOf(r) ?? plan.defaultStatus,
          badge_name: r.badgeName,
          dietary: r.dietary,
          accessibility: r.accessibility,
          visa_letter: r.visaLetter ? 1 : 0,
          consent_to_list: r.listed === null ? null : r.listed ? 1 : 0,
          import_batch_id: batchId,
        },
        now,
      );
      createdRegistrations.add(id);
      result.registered++;
    };

    const mergeInto = (personId: number, r: ImportRecord, fields: NewPerson) => {
      const before = repo.getPerson(personId);
      if (!before) return;
      // A person created or already updated by this batch needs no second snapshot: undo
      // deletes or restores it from the first.
      if (!createdPeople.has(personId) && !updatedPeople.has(personId)) {
        repo.addChange(batchId, 'person_updated', personId, before);
        updatedPeople.add(personId);
      }
      repo.updatePerson(personId, merged(before, fields), now);
      touched.push(personId);
      const registration = repo.findRegistration(meetingId, personId);
      if (!registration) return register(personId, r);
      const ours = createdRegistrations.has(registration.id);
      if (!ours && !updatedRegistrations.has(registration.id)) {
        result.alreadyRegistered++;
        const lastChange = repo.lastStatusChange(registration.id);
        repo.addChange(batchId, 'registration_updated', registration.id, {
          ...registration,
          lastChange,
        });
        updatedRegistrations.add(registration.id);
      }
      const next = mergedRegistration(registration, r, plan);
      // A registration this batch created gets its history once, at the end, with its final status.
      repo.updateRegistration(next, !ours && next.status !== registration.status, now);
    };

    for (const r of analysis.records) {
      const duplicate = analysis.duplicates.get(r.row);
      const decision = duplicate ? plan.decisionOf(r.row) : 'create';
      if (decision === 'skip') {
        result.skipped++;
        continue;
      }
      const fields = newPerson(r, organisationOf(r, plan.countryOf(r.country)), plan);
      // Merging into an earlier row that was itself skipped or invalid leaves nothing to merge
      // into: the row is the first of its person that lands, so it is created.
      const target =
        decision !== 'merge' || !duplicate
          ? undefined
          : duplicate.kind === 'existing'
            ? duplicate.person.id
            : personOfRow.get(duplicate.firstRow);
      if (target !== undefined) {
        mergeInto(target, r, fields);
        personOfRow.set(r.row, target);
        result.merged++;
        continue;
      }
      const personId = repo.insertPerson(fields, now);
      createdPeople.add(personId);
      personOfRow.set(r.row, personId);
      touched.push(personId);
      register(personId, r);
      result.created++;
    }
    repo.recordCreatedPeople(batchId, lastPersonBefore);
    repo.recordFirstStatuses(batchId, now);
    reindexPeople(db, [...new Set(touched)]);
    repo.logCreated(batchId, lastPersonBefore);
    repo.setBatchCounts(batchId, result.created, result.merged, result.skipped);
    return result;
  })();
}
