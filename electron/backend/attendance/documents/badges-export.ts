/**
 * The badges export as the contract carries it: the people's badges gathered (tokens issued),
 * drawn as a job that reports its progress and can be stopped, named after the meeting and layout.
 */
import type { BackendContext } from '../../context';
import { invalidField } from '../../errors';
import { createJobRegistry } from '../../imports/job';
import { normaliseName } from '../../../../shared/domain/people';
import type { Output, ParsedInput } from '../../../../shared/api';
import { createBadgesService } from '../badges.service';
import { badgeSet } from './badge-model';
import { badgesPdf, type BadgePhase } from './badges-pdf';

/** The meeting's title for a file name: plain letters, at most 50 of them, whole words only. */
function fileSlug(title: string): string {
  const words = normaliseName(title).split(' ').filter(Boolean);
  let slug = words[0]?.slice(0, 50) ?? '';
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > 50) break;
    slug += `-${word}`;
  }
  return slug;
}

export function createBadgeExports(ctx: BackendContext) {
  const badges = createBadgesService(ctx.db, ctx.clock);
  const jobs = createJobRegistry<BadgePhase>(ctx, 'attendance.badges.stopped');

  async function exportBadges(
    input: ParsedInput<'attendance.badges'>,
  ): Promise<Output<'attendance.badges'>> {
    const job = jobs.start(input.jobId);
    try {
      const set = badgeSet(ctx.db, badges, input.meetingId, input.registrationIds);
      if (set.badges.length === 0) throw invalidField(['registrationIds'], 'errors.noBadges');
      const { bytes, pages } = await badgesPdf(
        set,
        { layout: input.layout, fields: input.fields },
        job,
      );
      // One person's badge is named after them, so it does not take the place of the whole run's.
      const only = set.badges.length === 1 ? fileSlug(set.badges[0]!.name) : '';
      const name = ['badges', fileSlug(set.meetingTitle), only, input.layout]
        .filter(Boolean)
        .join('-');
      return {
        fileName: `${name}.pdf`,
        mimeType: 'application/pdf',
        base64: bytes.toString('base64'),
        count: set.badges.length,
        pages,
      };
    } finally {
      job.end();
    }
  }

  return { exportBadges, cancel: (jobId: string) => jobs.cancel(jobId) };
}
