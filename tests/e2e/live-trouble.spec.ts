import { DASH, docName, type DashEntry } from '../../src/live/protocol';
import { connect } from '../../server/testing/nodeClient';
import { block, expect, expectProblem, test } from './fixtures';
import {
  addDebianLayer,
  expectTileAgrees,
  joinByLink,
  liveStatus,
  startClass,
  tile,
  whatStudentSees,
} from './live';

import { classServer } from './liveServer';

// Connection trouble in a live class, with a real class server process: a student offline and
// back, the server killed mid-class and started again, and what a student may never do.

const server = classServer(Number(process.env.LIVE_E2E_PORT_2 ?? 4312));
test.use({ baseURL: server.url });
test.beforeAll(() => server.start());
test.afterAll(() => server.stop());

test('a student who loses the network keeps working; the changes arrive when they are back', async ({
  page,
  browser,
}) => {
  const code = await startClass(page);
  const ana = await joinByLink(browser, server.url, code, 'Ana');
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  // (Everything the page needs is loaded by a first change: a first visit has no offline copy yet.)
  await addDebianLayer(ana.page);
  await expectTileAgrees(page, 'Ana', ana.page);
  const before = await tile(page, 'Ana').getAttribute('aria-label');

  await ana.page.context().setOffline(true);
  await expect(liveStatus(ana.page)).toContainText('Offline: your work is kept');
  await block(ana.page, 'Cache').click();
  await ana.page.keyboard.press('Delete');
  await expect(block(ana.page, 'Cache')).toHaveCount(0);
  await ana.page.getByRole('textbox', { name: 'Design name' }).fill('Worked on offline');
  await ana.page.getByRole('textbox', { name: 'Design name' }).press('Enter');
  // Nothing reaches the class while offline: the tile still shows the design before.
  expect(`Ana: ${await whatStudentSees(ana.page)}`).not.toBe(before);
  await expect(tile(page, 'Ana')).toHaveAccessibleName(before!);

  await ana.page.context().setOffline(false);
  await expect(liveStatus(ana.page)).toContainText(`${code} · Live`);
  await expectTileAgrees(page, 'Ana', ana.page);
  expect(ana.errors).toEqual([]);
});

test('the class server is killed mid-class and started again: nothing is lost', async ({
  page,
  browser,
  problems,
}) => {
  const code = await startClass(page);
  const ana = await joinByLink(browser, server.url, code, 'Ana');
  const ben = await joinByLink(browser, server.url, code, 'Ben');
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  await addDebianLayer(ana.page);
  await expectTileAgrees(page, 'Ana', ana.page);
  await ben.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(tile(page, 'Ben')).toHaveAccessibleName(/hand raised$/);

  await server.crash();
  await expect(liveStatus(ana.page)).not.toContainText('Live');
  // Ana goes on working while the server is down.
  await block(ana.page, 'Cache').click();
  await ana.page.keyboard.press('Delete');
  await expect(block(ana.page, 'Cache')).toHaveCount(0);

  await server.start();
  await expect(liveStatus(ana.page)).toContainText(`${code} · Live`);
  await expect(
    page.getByRole('region', { name: 'Class dashboard' }).getByRole('status'),
  ).toContainText('2 students');
  await expectTileAgrees(page, 'Ana', ana.page);
  await expect(tile(page, 'Ben')).toHaveAccessibleName(/hand raised$/);

  // Ana closes her tab and comes back with the same browser: she continues her own design.
  const context = ana.page.context();
  await ana.page.close();
  const again = await context.newPage();
  await again.goto(`${server.url}/?join=${code}`);
  await expect(liveStatus(again)).toContainText(`${code} · Live`);
  await expect(block(again, 'debian:bookworm-slim')).toBeVisible();
  await expect(block(again, 'Cache')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Students' }).getByRole('listitem')).toHaveCount(2);
  // While the server was down, the browser said so in the console each time it tried again.
  expectProblem(problems, /WebSocket connection to '.*\/live' failed/);
});

test('what a student may not do is refused by the server, whatever their browser sends', async ({
  page,
  browser,
}) => {
  const code = (await startClass(page)).replace('-', '');
  const ana = await joinByLink(browser, server.url, `${code.slice(0, 3)}-${code.slice(3)}`, 'Ana');
  // Ana's own seat, as her browser keeps it: the most a student could ever present.
  const seat = await ana.page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('stack-sandbox.live')!) as {
          students: { id: string; key: string }[];
        }
      ).students[0]!,
  );
  const token = { role: 'student', id: seat.id, key: seat.key, name: 'Ana' };
  const tryOpen = async (name: string, as: object) => {
    const c = connect(server.url, name, as);
    try {
      await c.ready;
      return c;
    } catch (e) {
      c.destroy();
      return (e as Error).message;
    }
  };
  // The teacher's dashboard, another student's design, or the class with a made-up key.
  expect(await tryOpen(docName({ kind: 'dash', code }), token)).toBe(
    'Only the teacher sees the class.',
  );
  expect(await tryOpen(docName({ kind: 'student', code, student: 'f'.repeat(16) }), token)).toBe(
    'A student sees only their own design.',
  );
  expect(await tryOpen(docName({ kind: 'dash', code }), { role: 'teacher', key: seat.key })).toBe(
    'Wrong teacher key.',
  );
  // Pause, hints and the projector are the teacher's: refused, and nothing changes.
  const board = await tryOpen(docName({ kind: 'board', code }), token);
  if (typeof board === 'string') throw new Error(board);
  board.provider.sendStateless(JSON.stringify({ type: 'pause' }));
  await expect.poll(() => board.stateless.length).toBe(1);
  expect(JSON.parse(board.stateless[0]!)).toEqual({
    type: 'refused',
    reason: 'Only the teacher can do that.',
  });
  board.destroy();
  await expect(ana.page.getByRole('alertdialog', { name: 'Eyes on the teacher' })).toBeHidden();
  // A design the loader would refuse from a file is refused from the class too.
  const own = await tryOpen(docName({ kind: 'student', code, student: seat.id }), token);
  if (typeof own === 'string') throw new Error(own);
  own.doc.getMap('work').set('design', '{"format":"stack-sandbox","version":1,"blocks":"x"}');
  await expect
    .poll(() => own.closed[0]?.reason ?? '')
    .toMatch(/^The class server refused this design/);
  own.destroy();
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  const dash = connect(server.url, docName({ kind: 'dash', code }), {
    role: 'teacher',
    key: await page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('stack-sandbox.live')!) as { teachers: { key: string }[] })
          .teachers[0]!.key,
    ),
  });
  await dash.ready;
  const entry = JSON.parse(dash.doc.getMap<string>(DASH.map).get(seat.id)!) as DashEntry;
  expect(entry.design).toContain('"format": "stack-sandbox"');
  dash.destroy();
});
