/**
 * Every channel's name, as plain data with no imports, so the sandboxed preload can allow exactly
 * these and nothing else. A unit test checks it matches the contract's keys.
 */
export const CHANNEL_NAMES = [
  'settings.get',
  'settings.setLanguage',
  'settings.setTableLayout',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.delete',
  'demo.load',
  'countries.list',
  'countries.setRegion',
  'countries.resetRegion',
  'organisations.list',
  'organisations.create',
  'organisations.update',
  'organisations.merge',
  'organisations.get',
  'people.directory',
  'people.browse',
  'people.get',
  'people.create',
  'people.update',
  'registrations.list',
  'registrations.listCompact',
  'registrations.search',
  'registrations.summary',
  'registrations.get',
  'registrations.create',
  'registrations.update',
  'registrations.bulkUpdate',
  'registrations.delete',
  'registrations.restore',
  'registrations.export',
  'imports.inspect',
  'imports.check',
  'imports.run',
  'imports.cancel',
  'imports.undoLast',
  'imports.last',
] as const;

/** Events the backend pushes to the renderer. */
export const EVENT_NAMES = ['data.changed', 'job.progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
