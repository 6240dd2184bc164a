import type { z } from 'zod';
import type {
  ParticipantList as ParticipantListSchema,
  ParticipantRow as ParticipantRowSchema,
  RegistrationInput,
  RemovedRegistration as RemovedRegistrationSchema,
  StatusChange as StatusChangeSchema,
} from '../../../shared/api/registrations';

// The contract's shapes are the slice's domain types, so the repo cannot drift from the contract.
export type ParticipantRow = z.output<typeof ParticipantRowSchema>;
export type RegistrationFields = z.output<typeof RegistrationInput>;
export type StatusChange = z.output<typeof StatusChangeSchema>;
export type RemovedRegistration = z.output<typeof RemovedRegistrationSchema>;
export type ParticipantList = z.output<typeof ParticipantListSchema>;
