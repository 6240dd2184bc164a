import type { z } from 'zod';
import { AwardInput } from '../../../../shared/api/agenda';
import type { Agenda } from '../../../../shared/api';
import type { Award } from '../../../../shared/domain/agenda';

/** The award form is the contract's schema; backend issues ('award.name') land on its fields. */
export const AwardFormSchema = AwardInput;
export type AwardFormValues = z.input<typeof AwardInput>;

/** Who receives it: someone in the directory, an organisation, or a name typed as it is. */
export type RecipientKind = 'organisation' | 'person' | 'name';

export function recipientKindOf(
  a: Pick<AwardFormValues, 'recipientOrganisationId' | 'recipientPersonId'>,
): RecipientKind {
  if (a.recipientPersonId != null) return 'person';
  if (a.recipientOrganisationId != null) return 'organisation';
  return 'name';
}

export function emptyAward(sessionId: number | null = null): AwardFormValues {
  return {
    name: '',
    recipientOrganisationId: null,
    recipientPersonId: null,
    recipientName: '',
    sessionId,
    citation: '',
  };
}

export function formFromAward(a: Award): AwardFormValues {
  return {
    name: a.name,
    recipientOrganisationId: a.recipientOrganisationId,
    recipientPersonId: a.recipientPersonId,
    recipientName: a.recipientName,
    sessionId: a.sessionId,
    citation: a.citation,
  };
}

/** Keeps only the recipient of the chosen kind, so a switched choice leaves nothing behind. */
export function withRecipientKind(values: AwardFormValues, kind: RecipientKind): AwardFormValues {
  return {
    ...values,
    recipientOrganisationId:
      kind === 'organisation' ? (values.recipientOrganisationId ?? null) : null,
    recipientPersonId: kind === 'person' ? (values.recipientPersonId ?? null) : null,
  };
}

/** The recipient as shown: the organisation's current name when it is one, else the kept name. */
export function recipientLabel(a: Award, agenda: Pick<Agenda, 'organisations'>): string {
  if (a.recipientOrganisationId !== null) {
    const org = agenda.organisations.find((o) => o.id === a.recipientOrganisationId);
    if (org) return org.name;
  }
  return a.recipientName;
}
