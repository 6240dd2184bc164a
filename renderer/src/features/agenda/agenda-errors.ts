import type { ApiError } from '../../../../shared/api';
import { translateMessage } from '../../i18n';
import { errorText, issuesByField } from '../../ui/errors';

/** A refusal said in one sentence where no field can show it: the first field's message if any. */
export function refusalText(error: ApiError): string {
  const first = issuesByField(error.issues).values().next();
  return first.done ? errorText(error) : translateMessage(first.value);
}
