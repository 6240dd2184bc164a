import type { z } from 'zod';
import { agendaChannels } from './agenda';
import { auditChannels } from './audit';
import { privacyChannels } from './privacy';
import { attendanceChannels } from './attendance';
import { backupChannels } from './backup';
import { demoChannels } from './demo';
import { importsChannels } from './imports';
import { meetingsChannels } from './meetings';
import { peopleChannels } from './people';
import { registrationsChannels } from './registrations';
import { reportsChannels } from './reports';
import { reportsDocumentChannels } from './reports-documents';
import { settingsChannels } from './settings';
import type { CHANNEL_NAMES } from './channel-names';

/** The whole contract between the renderer and the backend: one entry per channel. */
export const contract = {
  ...settingsChannels,
  ...meetingsChannels,
  ...demoChannels,
  ...peopleChannels,
  ...registrationsChannels,
  ...importsChannels,
  ...agendaChannels,
  ...reportsChannels,
  ...reportsDocumentChannels,
  ...auditChannels,
  ...privacyChannels,
  ...attendanceChannels,
  ...backupChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

// Compile-time proof that the preload's plain list and the contract name the same channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<(typeof CHANNEL_NAMES)[number], Channel> = true;
void namesMatch;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export * from './envelope';
export type { Agenda } from './agenda';
export { CHANNEL_NAMES, EVENT_NAMES } from './channel-names';
export type { EventName } from './channel-names';
