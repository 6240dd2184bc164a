import type { Channel } from '../../../shared/api';

/**
 * Channels that only read, served by the reader worker on its own connection so they answer while
 * the primary is busy with a long write (an import or its undo holds one transaction for a second
 * or more). A channel not listed goes to the primary, which is always correct, only slower during
 * such a write. The reader's connection is query-only, so a write listed here by mistake fails
 * loudly instead of racing the primary; long jobs stay on the primary, where their cancel lands.
 */
export const READ_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'settings.get',
  'meetings.list',
  'meetings.get',
  'countries.list',
  'organisations.list',
  'people.directory',
  'people.get',
  'registrations.list',
  'registrations.search',
  'registrations.summary',
  'registrations.get',
  'registrations.export',
  'imports.last',
  'agenda.get',
  'agenda.sessionsOf',
  'agenda.awardsFor',
  // Builds the file from what it reads; it writes nothing, not even a cache.
  'agenda.exportProgramme',
  'reports.dashboard',
  'reports.exportStatus',
  'reports.templates',
  'reports.previewDocument',
  'reports.visaRequests',
  'audit.list',
  'audit.export',
  'audit.operator',
  'privacy.retentionPreview',
  'privacy.erasurePreview',
  'privacy.subjectAccess',
  'attendance.desk',
  'attendance.counters',
  'attendance.find',
  'attendance.walkInMatches',
  'attendance.roster',
  'attendance.person',
  'attendance.day',
  'attendance.presence',
  'attendance.exportNotArrived',
]);

export const isReadChannel = (channel: string): boolean => READ_CHANNELS.has(channel as Channel);

/**
 * Reads that take long (a file of every participant, the programme as a PDF): served by a worker of
 * their own on its own query-only connection, so the quick reads of the screens never wait behind
 * one. Each is also a read channel: without that worker, the reader serves it.
 */
export const LONG_READ_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'registrations.export',
  'agenda.exportProgramme',
]);

export const isLongReadChannel = (channel: string): boolean =>
  LONG_READ_CHANNELS.has(channel as Channel);
