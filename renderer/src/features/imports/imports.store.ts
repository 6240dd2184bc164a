import { create } from 'zustand';
import type { ApiError, Input, Output } from '../../../../shared/api';
import type { ColumnMapping, ImportField } from '../../../../shared/domain/import-fields';
import type { Decision, ImportPhase } from '../../../../shared/domain/imports';
import { mayApplyToAll } from '../../../../shared/domain/import-dedupe';
import type { Role, Status } from '../../../../shared/domain/people';
import { call } from '../../lib/api';
import { isTooLarge, newJobId, readAsBase64, type PickedFile } from './file-reading';

export type Inspection = Output<'imports.inspect'>;
export type Report = Output<'imports.check'>;
export type ImportResult = Output<'imports.run'>;
export type UndoResult = Output<'imports.undoLast'>;
type ReadOptions = NonNullable<Input<'imports.inspect'>['options']>;

export const STEPS = ['file', 'preview', 'mapping', 'values', 'check', 'import'] as const;
export type Step = (typeof STEPS)[number];

export type WizardError =
  | { kind: 'api'; error: ApiError }
  | { kind: 'tooLarge'; name: string; size: number }
  | { kind: 'unreadable'; name: string };

/** A job.progress event's payload. */
export interface ProgressEvent {
  jobId: string;
  phase: string;
  done: number;
  total: number;
}

export interface Job {
  id: string;
  kind: 'inspect' | 'check' | 'run';
  phase: ImportPhase | null;
  done: number;
  total: number;
  cancelling: boolean;
}

interface ImportState {
  meetingId: number | null;
  step: Step;
  file: PickedFile | null;
  options: ReadOptions;
  inspection: Inspection | null;
  mapping: ColumnMapping;
  report: Report | null;
  decisions: Record<number, Decision>;
  /** Unresolved spelling → chosen code, or null for "leave empty"; absent while unanswered. */
  countryAnswers: Record<string, string | null>;
  /** Distinct status / role value (its key) → what it means here; null takes the default. */
  statusAnswers: Record<string, Status | null>;
  roleAnswers: Record<string, Role | null>;
  skipInvalidRows: boolean;
  defaultRole: Role;
  defaultStatus: Status;
  job: Job | null;
  error: WizardError | null;
  result: ImportResult | null;
  undone: UndoResult | null;

  open(meetingId: number): void;
  restart(): void;
  goTo(step: Step): void;
  chooseFile(file: File): Promise<void>;
  setOptions(options: ReadOptions): Promise<void>;
  setColumn(field: ImportField, column: number | undefined): void;
  useSuggestions(): void;
  check(): Promise<void>;
  decide(row: number, decision: Decision): void;
  decideAll(decision: Decision): void;
  answerCountry(value: string, code: string | null | undefined): void;
  answerValue(column: 'status', key: string, value: Status | null): void;
  answerValue(column: 'role', key: string, value: Role | null): void;
  setRunOptions(
    patch: Partial<Pick<ImportState, 'skipInvalidRows' | 'defaultRole' | 'defaultStatus'>>,
  ): void;
  run(): Promise<void>;
  cancel(): Promise<void>;
  markUndone(result: UndoResult): void;
  progress(event: ProgressEvent): void;
}

const fresh = {
  step: 'file' as Step,
  file: null,
  options: {},
  inspection: null,
  mapping: {},
  report: null,
  decisions: {},
  countryAnswers: {},
  statusAnswers: {},
  roleAnswers: {},
  skipInvalidRows: false,
  defaultRole: 'delegate' as Role,
  defaultStatus: 'invited' as Status,
  job: null,
  error: null,
  result: null,
  undone: null,
};

/** The import wizard: what the registrar chose at each step, and the backend's answers. */
export const useImportStore = create<ImportState>((set, get) => {
  /** Runs one backend step as a job the page can follow and cancel. */
  async function asJob<T>(
    kind: Job['kind'],
    send: (jobId: string) => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>,
  ): Promise<T | null> {
    const id = newJobId();
    set({ job: { id, kind, phase: null, done: 0, total: 0, cancelling: false }, error: null });
    const reply = await send(id);
    if (get().job?.id !== id) return null;
    set({ job: null });
    if (reply.ok) return reply.value;
    set({ error: { kind: 'api', error: reply.error } });
    return null;
  }

  const source = () => {
    const { meetingId, file, options } = get();
    return { meetingId: meetingId!, file: { name: file!.name, base64: file!.base64 }, options };
  };

  async function inspect(): Promise<boolean> {
    const inspection = await asJob('inspect', (jobId) =>
      call('imports.inspect', { ...source(), jobId }),
    );
    if (!inspection) return false;
    set({
      inspection,
      mapping: inspection.mapping,
      report: null,
      decisions: {},
      countryAnswers: {},
      statusAnswers: {},
      roleAnswers: {},
    });
    return true;
  }

  return {
    meetingId: null,
    ...fresh,

    open(meetingId) {
      if (get().meetingId !== meetingId) set({ meetingId, ...fresh });
    },
    restart() {
      set({ ...fresh });
    },
    goTo(step) {
      set({ step, error: null });
    },
    async chooseFile(picked) {
      if (isTooLarge(picked)) {
        set({ ...fresh, error: { kind: 'tooLarge', name: picked.name, size: picked.size } });
        return;
      }
      let file: PickedFile;
      try {
        file = await readAsBase64(picked);
      } catch {
        set({ ...fresh, error: { kind: 'unreadable', name: picked.name } });
        return;
      }
      set({ ...fresh, file });
      if (await inspect()) set({ step: 'preview' });
    },
    async setOptions(options) {
      set({ options: { ...get().options, ...options } });
      await inspect();
    },
    setColumn(field, column) {
      const mapping: ColumnMapping = { ...get().mapping };
      // One column feeds one field: choosing it here takes it from wherever it was.
      if (column !== undefined)
        for (const [other, c] of Object.entries(mapping))
          if (c === column) delete mapping[other as ImportField];
      if (column === undefined) delete mapping[field];
      else mapping[field] = column;
      set({ mapping, report: null });
    },
    useSuggestions() {
      const suggested = get().inspection?.suggestedMapping;
      if (suggested) set({ mapping: suggested, report: null });
    },
    async check() {
      const mapping = get().mapping;
      const report = await asJob('check', (jobId) =>
        call('imports.check', { ...source(), mapping, jobId }),
      );
      if (!report) return;
      // Decisions and answers for rows, spellings and values that are still there are kept;
      // the other duplicates start from what the check suggests (conflicts from nothing).
      const s = get();
      const decisions = Object.fromEntries(
        report.duplicates.flatMap((d) => {
          const decision = s.decisions[d.row] ?? d.suggested;
          return decision ? [[d.row, decision]] : [];
        }),
      );
      const keep = <T>(answers: Record<string, T>, keys: string[]) =>
        Object.fromEntries(keys.flatMap((k) => (k in answers ? [[k, answers[k]!]] : [])));
      set({
        report,
        decisions,
        countryAnswers: keep(
          s.countryAnswers,
          report.countries.map((c) => c.value),
        ),
        statusAnswers: keep(
          s.statusAnswers,
          report.statusValues.map((v) => v.key),
        ),
        roleAnswers: keep(
          s.roleAnswers,
          report.roleValues.map((v) => v.key),
        ),
        step: 'values',
      });
    },
    decide(row, decision) {
      set({ decisions: { ...get().decisions, [row]: decision } });
    },
    decideAll(decision) {
      // "Merge all" passes over conflicts: only a choice made on the row itself merges them.
      const decisions = { ...get().decisions };
      for (const d of get().report?.duplicates ?? [])
        if (mayApplyToAll(d.reason, decision)) decisions[d.row] = decision;
      set({ decisions });
    },
    answerCountry(value, code) {
      const answers = { ...get().countryAnswers };
      if (code === undefined) delete answers[value];
      else answers[value] = code;
      set({ countryAnswers: answers });
    },
    answerValue(column: 'status' | 'role', key: string, value: string | null) {
      if (column === 'status')
        set({ statusAnswers: { ...get().statusAnswers, [key]: value as Status | null } });
      else set({ roleAnswers: { ...get().roleAnswers, [key]: value as Role | null } });
    },
    setRunOptions(patch) {
      set(patch);
    },
    async run() {
      const s = get();
      const decisions = Object.fromEntries(
        Object.entries(s.decisions).map(([row, d]) => [String(row), d]),
      );
      const result = await asJob('run', (jobId) =>
        call('imports.run', {
          ...source(),
          jobId,
          mapping: s.mapping,
          decisions,
          countryAnswers: s.countryAnswers,
          statusAnswers: s.statusAnswers,
          roleAnswers: s.roleAnswers,
          skipInvalidRows: s.skipInvalidRows,
          defaultRole: s.defaultRole,
          defaultStatus: s.defaultStatus,
        }),
      );
      if (result) set({ result });
    },
    async cancel() {
      const job = get().job;
      // Once the write has begun the backend finishes it whatever is asked (one transaction).
      if (!job || job.phase === 'write') return;
      set({ job: { ...job, cancelling: true } });
      await call('imports.cancel', { jobId: job.id });
    },
    markUndone(undone) {
      set({ undone, error: null });
    },
    progress(event) {
      const job = get().job;
      if (!job || job.id !== event.jobId) return;
      set({
        job: { ...job, phase: event.phase as ImportPhase, done: event.done, total: event.total },
      });
    },
  };
});
