import type { Status } from '../../../../shared/domain/people';

/** Badge colours by status: green for coming, blue for on the way, grey and red for not coming. */
export const STATUS_COLOURS: Record<Status, string> = {
  invited: 'gray',
  registered: 'blue',
  confirmed: 'teal',
  waitlisted: 'yellow',
  declined: 'red',
  cancelled: 'dark',
};
