import type { Page } from '@playwright/test';
import { block, designStack, expect, test, topOf } from './fixtures';

test.use({ hasTouch: true });

/** A one-finger drag through Chromium's real touch input (CDP), moving right first like a student. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
    });
  await touch('touchStart', from.x, from.y);
  const steps = 16;
  for (let i = 1; i <= steps; i++) {
    await touch(
      'touchMove',
      from.x + ((to.x - from.x) * i) / steps,
      from.y + ((to.y - from.y) * i) / steps,
    );
  }
  await touch('touchEnd', to.x, to.y);
}

async function tileCentre(page: Page, name: RegExp) {
  const tile = page.getByRole('button', { name });
  await tile.scrollIntoViewIfNeeded();
  const b = (await tile.boundingBox())!;
  return { x: b.x + 30, y: b.y + b.height / 2 };
}

test('a block can be dragged from the palette with a finger', async ({ page }) => {
  await page.goto('/');
  const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
  await touchDrag(page, await tileCentre(page, /^x86 server/), {
    x: canvas.x + canvas.width / 2,
    y: canvas.y + canvas.height - 150,
  });
  await expect(block(page, 'x86 server')).toBeVisible();
  await touchDrag(
    page,
    await tileCentre(page, /^Ubuntu Server/),
    await topOf(block(page, 'x86 server')),
  );
  await expect(block(page, 'Ubuntu Server')).toBeVisible();
  const stack = await designStack(page);
  expect(stack).toEqual(['x86-server<', 'ubuntu<x86-server']);
});
