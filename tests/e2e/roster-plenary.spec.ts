import { test, expect } from './fixtures';
import { seed } from './people-seed';

test('a plenary’s roster holds the whole meeting, renders only the rows in view, and ticks', async ({
  page,
  host,
}) => {
  await seed(host, 'demo.load', {});
  const lyon = (await seed(host, 'meetings.list', {})).find((m) => m.city === 'Lyon')!;
  const { sessions } = await seed(host, 'attendance.day', {
    meetingId: lyon.id,
    day: lyon.startDate,
  });
  const plenary = sessions.find((s) => s.title === 'Opening plenary')!;
  const { rows } = await seed(host, 'attendance.roster', { sessionId: plenary.id });
  expect(rows.length).toBeGreaterThan(150);

  await page.goto(`${host.url}#/meetings/${lyon.id}/attendance/sessions/${plenary.id}`);
  const roster = page.getByRole('table', { name: 'Roster of Opening plenary' });
  await expect(roster).toHaveAttribute('aria-rowcount', String(rows.length + 1));
  const rendered = await roster.getByRole('checkbox').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(rows.length / 2);

  // Someone far down the list is found by the filter and ticked.
  const last = rows.filter((r) => !r.checkedInAt).at(-1)!;
  await page.getByRole('searchbox', { name: 'Filter the roster' }).fill(last.name.split(',')[0]!);
  await roster.getByRole('checkbox', { name: last.name, exact: true }).check();
  await expect(page.getByText(`${last.name} ticked present.`)).toBeVisible();
  const after = await seed(host, 'attendance.roster', { sessionId: plenary.id });
  expect(
    after.rows.find((r) => r.registrationId === last.registrationId)?.checkedInAt,
  ).toBeTruthy();
});
