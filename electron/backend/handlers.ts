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
import { settingsHandlers } from './settings/settings.handlers';

/** The table channel → handler, assembled from every feature's own handlers. */
export function createHandlerTable(ctx: BackendContext): HandlerTable {
  return {
    ...settingsHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...demoHandlers(ctx),
    ...peopleHandlers(ctx),
    ...registrationsHandlers(ctx),
    ...importsHandlers(ctx),
    ...agendaHandlers(ctx),
    ...auditHandlers(ctx),
    ...privacyHandlers(ctx),
    ...attendanceHandlers(ctx),
  };
}
