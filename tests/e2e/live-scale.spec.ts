import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis } from '../../server/testing/redis';
import { expect, test } from './fixtures';
import { addDebianLayer, expectTileAgrees, joinByLink, startClass, tile } from './live';
import { classServer, type ServerProcess } from './liveServer';

// Beyond one machine: two class-server processes behind a load balancer share their classes
// through a real redis-server. The teacher is on one, a student on the other.

const base = Number(process.env.LIVE_E2E_PORT_3 ?? 4313);
const dataDir = mkdtempSync(join(tmpdir(), 'stack-sandbox-scale-'));
let redis: Awaited<ReturnType<typeof startRedis>>;
let one: ServerProcess;
let two: ServerProcess;
test.use({ baseURL: `http://localhost:${base + 1}` });

test.beforeAll(async () => {
  redis = await startRedis(base);
  one = classServer(base + 1, { REDIS_URL: redis.url }, dataDir);
  two = classServer(base + 2, { REDIS_URL: redis.url }, dataDir);
  await Promise.all([one.start(), two.start()]);
});
test.afterAll(async () => {
  await Promise.all([one.stop(), two.stop()]);
  await redis.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('two class servers and Redis: a student on one and the teacher on the other see each other', async ({
  page,
  browser,
}) => {
  const code = await startClass(page);
  await page.getByRole('button', { name: 'To the dashboard' }).click();
  const ana = await joinByLink(browser, two.url, code, 'Ana');
  await expectTileAgrees(page, 'Ana', ana.page);
  await addDebianLayer(ana.page);
  await expectTileAgrees(page, 'Ana', ana.page);
  await ana.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(tile(page, 'Ana')).toHaveAccessibleName(/hand raised$/);

  await page.getByRole('button', { name: 'Pause: eyes on me' }).click();
  await expect(ana.page.getByRole('alertdialog', { name: 'Eyes on the teacher' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume the class' }).click();
  await expect(ana.page.getByRole('alertdialog', { name: 'Eyes on the teacher' })).toBeHidden();
  expect(ana.errors).toEqual([]);
});
