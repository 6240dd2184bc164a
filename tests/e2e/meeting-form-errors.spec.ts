import { test, expect, type HostHandle } from './fixtures';
import { MeetingsPage } from './pages/meetings-page';

const valid = { title: 'Regional Working Group', start: '2026-09-22', end: '2026-09-24' };

/** What the backend holds, so a test can prove a refused form created nothing. */
async function meetingCount(host: HostHandle): Promise<number> {
  const reply = await host.backend.dispatch('meetings.list', {});
  return reply.ok ? (reply.value as unknown[]).length : -1;
}

test.describe('bad input in the meeting form', () => {
  test('a last day before the first is refused next to the last day', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics({ ...valid, start: '2026-09-24', end: '2026-09-22' });
    await form.submit();
    await expect(form.lastDay).toHaveAccessibleDescription(
      'The last day cannot be before the first day.',
    );
    await expect(form.lastDay).toHaveAttribute('aria-invalid', 'true');
    await expect(form.firstDay).not.toHaveAttribute('aria-invalid', 'true');
    await expect(app).toHaveURL(/#\/meetings\/new$/);
    expect(await meetingCount(host)).toBe(0);

    // Fixing the day and pressing Create at once goes through: the click lands, though leaving
    // the field takes its error line away and the button would move out from under the pointer.
    await form.typeDay(form.lastDay, '2026-09-26');
    await form.submit();
    await expect(app.getByRole('heading', { name: valid.title })).toBeVisible();
    expect(await meetingCount(host)).toBe(1);
  });

  test('a title of only spaces is refused as missing', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics({ ...valid, title: '      ' });
    await form.submit();
    await expect(form.title).toHaveAccessibleDescription('This field is required.');
    expect(await meetingCount(host)).toBe(0);
  });

  test('a pasted 10,000-character title is refused with the limit', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics({ ...valid, title: 'Working group '.repeat(715).slice(0, 10_000) });
    await form.submit();
    await expect(form.title).toHaveAccessibleDescription('Too long: at most 200 characters.');
    expect(await meetingCount(host)).toBe(0);
  });

  test('a typed time zone that is not in the list is refused', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics(valid);
    await form.timeZone.fill('Mars/Olympus_Mons');
    await form.title.click();
    await expect(form.timeZone).toHaveAccessibleDescription(
      /Unknown time zone: choose one from the list\./,
    );
    await form.submit();
    await expect(form.timeZone).toHaveValue('Mars/Olympus_Mons');
    await expect(form.timeZone).toHaveAttribute('aria-invalid', 'true');
    expect(await meetingCount(host)).toBe(0);
  });

  test('a cleared time zone is refused as missing', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics(valid);
    await form.timeZone.fill('');
    await form.submit();
    await expect(form.timeZone).toHaveAccessibleDescription(/This field is required\./);
    expect(await meetingCount(host)).toBe(0);
  });

  test('every problem shows at once, each next to its own field', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics({ title: '', start: '2026-09-24', end: '2026-09-22' });
    await form.timeZone.fill('Nowhere/Land');
    await form.submit();
    await expect(form.title).toHaveAccessibleDescription('This field is required.');
    await expect(form.lastDay).toHaveAccessibleDescription(
      'The last day cannot be before the first day.',
    );
    await expect(form.timeZone).toHaveAccessibleDescription(/Unknown time zone/);
    expect(await meetingCount(host)).toBe(0);
  });

  test('a time zone typed in lower case is accepted and shown properly', async ({ app }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics(valid);
    await form.timeZone.fill('africa/dakar');
    await form.submit();
    await expect(app.getByRole('heading', { name: valid.title })).toBeVisible();
    await expect(app.getByText('Africa/Dakar', { exact: true })).toBeVisible();
  });
});
