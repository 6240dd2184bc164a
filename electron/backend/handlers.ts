import type { BackendContext } from './context';
import type { HandlerTable } from './handler-types';
import { agendaHandlers } from './agenda/agenda.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { privacyHandlers } from './privacy/privacy.handlers';
import { attendanceHandlers } from './attendance/attendance.handlers';
import { demoHandlers } from './demo/demo.handlers';
import { importsHandlers } from './imports/imports.handlers';
import { meetingsHandlers } from './meetings/meetings.handlers';
import { peopleHandlers } from './people/people.handlers';
import { registrationsHandlers } from './registrations/registrations.handlers';
import { reportsHandlers } from './reports/reports.handlers';
import { settingsHandlers } from './settings/settings.handlers';

/** The features' channels; the `backup` slice's own are served apart (see backend.ts). */
export type FeatureTable = Omit<HandlerTable, `backup.${string}`>;

/** The table channel → handler, assembled from every feature's own handlers. */
export function createHandlerTable(ctx: BackendContext): FeatureTable {
  return {
    ...settingsHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...demoHandlers(ctx),
    ...peopleHandlers(ctx),
    ...registrationsHandlers(ctx),
    ...importsHandlers(ctx),
    ...agendaHandlers(ctx),
    ...reportsHandlers(ctx),
    ...auditHandlers(ctx),
    ...privacyHandlers(ctx),
    ...attendanceHandlers(ctx),
  };
}
