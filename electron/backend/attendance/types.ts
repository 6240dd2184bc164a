import type { z } from 'zod';
import type {
  Counters as CountersSchema,
  DayRow as DayRowSchema,
  DeskAnswer as DeskAnswerSchema,
  DeskCard as DeskCardSchema,
  DeskMatch as DeskMatchSchema,
  DeskSession as DeskSessionSchema,
  PersonAttendance as PersonAttendanceSchema,
  RosterRow as RosterRowSchema,
  SessionSummary as SessionSummarySchema,
  UndoRef as UndoRefSchema,
} from '../../../shared/api/attendance';

// The contract's shapes are the slice's domain types, so the repos cannot drift from the contract.
export type DeskCard = z.output<typeof DeskCardSchema>;
export type DeskMatch = z.output<typeof DeskMatchSchema>;
export type DeskAnswer = z.output<typeof DeskAnswerSchema>;
export type DeskSession = z.output<typeof DeskSessionSchema>;
export type UndoRef = z.output<typeof UndoRefSchema>;
export type Counters = z.output<typeof CountersSchema>;
export type RosterRow = z.output<typeof RosterRowSchema>;
export type DayRow = z.output<typeof DayRowSchema>;
export type SessionSummary = z.output<typeof SessionSummarySchema>;
export type PersonAttendance = z.output<typeof PersonAttendanceSchema>;
export type { AttendanceSnapshot } from '../../../shared/api/attendance';

/** A session as the door and the roster need it, with the registrations that hold a place on it. */
export interface SessionInfo extends DeskSession {
  people: number[];
}
