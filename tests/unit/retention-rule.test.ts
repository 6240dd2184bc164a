import { describe, expect, it } from 'vitest';
import { isRetentionDue, planRetention } from '../../shared/domain/retention';

describe('the retention rule', () => {
  it('is due the day after the retention date, where the meeting is held', () => {
    expect(isRetentionDue({ retentionDate: '2027-11-17', today: '2027-11-17' })).toBe(false);
    expect(isRetentionDue({ retentionDate: '2027-11-17', today: '2027-11-18' })).toBe(true);
    expect(isRetentionDue({ retentionDate: null, today: '2199-01-01' })).toBe(false);
  });

  it('anonymises people of due meetings only, unless a meeting still kept has them', () => {
    const due = new Set([1, 2]);
    const plan = planRetention(
      [
        { personId: 10, meetingId: 1 }, // only in a due meeting
        { personId: 11, meetingId: 1 },
        { personId: 11, meetingId: 2 }, // in two due meetings
        { personId: 12, meetingId: 1 },
        { personId: 12, meetingId: 3 }, // also in a kept meeting
        { personId: 13, meetingId: 3 }, // only in a kept meeting
        { personId: 14, meetingId: 2 }, // anonymised already
      ],
      due,
      new Set([14]),
    );
    expect(plan.anonymise).toEqual([10, 11]);
    expect([...plan.kept]).toEqual([[12, [3]]]);
  });
});
