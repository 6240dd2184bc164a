import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, STATUSES } from '../../../../shared/domain/people';
import { usePersonOptions } from '../people/use-person-options';
import { useParticipantsStore } from './participants.store';

/** The panel's picker choices: the person form's, plus a registration's roles and statuses. */
export function useParticipantOptions() {
  const { t } = useTranslation();
  const organisations = useParticipantsStore((s) => s.organisations);
  const person = usePersonOptions(organisations);
  const own = useMemo(
    () => ({
      roles: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
      statuses: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    }),
    [t],
  );
  return { ...person, ...own };
}
