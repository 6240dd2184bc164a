import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createOperatorService } from '../audit/operator';
import { auditWho } from '../../../shared/domain/audit';
import { displayName } from '../../../shared/domain/people';
import { nowIso } from '../../../shared/domain/time';
import { fileSlug, MIME_TYPES } from '../audit/documents/table-file';
import { backupBeforeIrreversible } from './backup-before';
import { subjectAccessPdf } from './documents/subject-access-pdf';
import { createPrivacyOperations } from './privacy-operations';
import { createSubjectDataRepo } from './subject-data.repo';

/** The computer's own time zone: the subject-access file is read where it is made. */
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function privacyHandlers(ctx: BackendContext): FeatureHandlers<'privacy'> {
  const operations = createPrivacyOperations(ctx.db, backupBeforeIrreversible(ctx));
  const subjects = createSubjectDataRepo(ctx.db);
  const operator = createOperatorService(ctx.db);
  const changed = <T>(value: T): T => {
    for (const feature of ['people', 'registrations', 'agenda', 'audit'])
      ctx.emit('data.changed', { feature });
    return value;
  };

  return {
    'privacy.retentionPreview': () => operations.retentionPreview(),
    'privacy.applyRetention': async ({ anonymise }) =>
      changed(await operations.applyRetention(anonymise)),
    'privacy.erasurePreview': ({ personId }) => operations.erasurePreview(personId),
    'privacy.erasePerson': async ({ personId }) => changed(await operations.erasePerson(personId)),
    'privacy.subjectAccess': async ({ personId, language }) => {
      const data = subjects.collect(personId);
      const madeAt = nowIso();
      const bytes = await subjectAccessPdf(data, {
        language,
        paper: 'a4',
        timeZone: localZone(),
        madeAt,
        madeBy: auditWho({
          operator: operator.get().operator ?? '',
          osUser: operator.get().osUser,
        }),
      });
      const name = fileSlug(displayName(data.person), 40) || String(personId);
      return {
        fileName: `${language === 'fr' ? 'donnees-personnelles' : 'personal-data'}-${name}-${madeAt.slice(0, 10)}.pdf`,
        mimeType: MIME_TYPES.pdf,
        base64: bytes.toString('base64'),
      };
    },
  };
}
