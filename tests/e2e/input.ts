import type { Locator, Page } from '@playwright/test';

// Real input, as a student gives it: a mouse with its buttons and wheel, or a finger through
// Chromium's own touch events (CDP), which go through the browser's gesture handling.

export type Point = { x: number; y: number };
export type Hand = 'mouse' | 'touch';

/** One finger down at the first point, moved through the others in small steps, then lifted. */
export async function touchPath(page: Page, points: readonly Point[], steps = 16) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: Point) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y, id: 1 }],
    });
  let at = points[0]!;
  await touch('touchStart', at);
  for (const next of points.slice(1)) {
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', {
        x: at.x + ((next.x - at.x) * i) / steps,
        y: at.y + ((next.y - at.y) * i) / steps,
      });
    }
    at = next;
  }
  await touch('touchEnd', at);
  await cdp.detach();
}

/** A mouse drag: press, a first small move that starts the drag, then the way to `to`. */
export async function mouseDrag(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a palette tile onto `to` by mouse or by finger (the tile scrolled into view first). */
export async function dragTileBy(hand: Hand, page: Page, tile: Locator, to: Point) {
  await tile.scrollIntoViewIfNeeded();
  const box = (await tile.boundingBox())!;
  const from = { x: box.x + 24, y: box.y + box.height / 2 };
  if (hand === 'mouse') await mouseDrag(page, from, to);
  // A finger moves across first: a swipe up or down the palette scrolls it instead.
  else await touchPath(page, [from, { x: from.x + 60, y: from.y }, to]);
}

/** Turns the mouse wheel over `region` (`times` notches of `dy` pixels). */
export async function wheelOver(page: Page, region: Locator, dy: number, times = 8) {
  const box = (await region.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  for (let i = 0; i < times; i++) await page.mouse.wheel(0, dy);
}
