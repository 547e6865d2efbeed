import { expect, type Page } from '@playwright/test';

// What the room sees when a teacher presents: which blocks are not wholly on screen, how large
// the type is drawn, and whether the top bar is still one row.

/**
 * The blocks on show that are not wholly inside the canvas and the window, or that lie under the
 * build-up's controls, by title; `null` while the canvas shows none at all. A block drawn below
 * the canvas (the build-up at 1920 × 1080 once started on an empty screen) is off screen.
 */
export function blocksOffScreen(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.canvas')!.getBoundingClientRect();
    const bar = document.querySelector('.presenter-bar')?.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')];
    if (nodes.length === 0) return null;
    const out: string[] = [];
    for (const node of nodes) {
      const r = node.getBoundingClientRect();
      const inCanvas =
        r.left >= canvas.left - 0.5 &&
        r.top >= canvas.top - 0.5 &&
        r.right <= canvas.right + 0.5 &&
        r.bottom <= canvas.bottom + 0.5;
      const inWindow =
        r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const underBar =
        !!bar &&
        r.left < bar.right &&
        r.right > bar.left &&
        r.top < bar.bottom &&
        r.bottom > bar.top;
      if (!inCanvas || !inWindow || underBar)
        out.push(node.querySelector('.block-title')?.textContent ?? '?');
    }
    return out;
  });
}

/**
 * How far the canvas falls short of the window's bottom edge, in CSS px (0 when it reaches it):
 * while presenting, nothing is below the canvas, so a shorter one is a shrunken workspace.
 */
export function canvasShortfall(page: Page): Promise<number> {
  return page.evaluate(
    () => innerHeight - document.querySelector('.canvas')!.getBoundingClientRect().bottom,
  );
}

/** How many blocks the open design (or the build-up's step) has, from the page's store. */
export function blocksShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Handle = { store: { getState(): { design: { blocks: unknown[] } } } };
    const sandbox = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
    return sandbox.store.getState().design.blocks.length;
  });
}

/** Every block of the design on show is drawn, and wholly on screen. */
export async function expectAllBlocksOnScreen(page: Page) {
  const count = await blocksShown(page);
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(count);
  await expect.poll(() => blocksOffScreen(page)).toEqual([]);
}

/**
 * The size type is drawn at on screen, in CSS pixels: its computed font size, times the canvas's
 * zoom for text on the canvas. The smallest of each kind of text that is shown.
 */
export function drawnSizes(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const sub = el.closest('.block-sub')?.getBoundingClientRect();
      // A figure that went to the line the block does not show is not shown.
      return r.width > 0 && (!sub || r.top < sub.bottom - 1);
    };
    const smallest = (selector: string, scale: number) => {
      const els = [...document.querySelectorAll(selector)].filter(shown);
      if (els.length === 0) return 0;
      return Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale));
    };
    // Every element of the Costs panel that holds text of its own.
    const costs = [...document.querySelectorAll('.costs *')].filter(
      (el) =>
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) &&
        el.getBoundingClientRect().width > 0,
    );
    return {
      blockTitle: smallest('.block-title', zoom),
      blockFigure: smallest('.block-figure', zoom),
      costsTitle: smallest('.costs .panel-title', 1),
      costsText: Math.min(...costs.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

/**
 * Blocks whose key figure (the first) is not wholly shown, or whose small print is cut with an
 * ellipsis, by title.
 */
export function figuresCut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const block of document.querySelectorAll('.block')) {
      const sub = block.querySelector<HTMLElement>('.block-sub')!;
      const key = block.querySelector('.block-figure');
      const title = block.querySelector('.block-title')?.textContent ?? '?';
      if (!key) continue;
      const s = sub.getBoundingClientRect();
      const k = key.getBoundingClientRect();
      const whole =
        k.left >= s.left - 0.5 &&
        k.right <= s.right + 0.5 &&
        k.top >= s.top - 0.5 &&
        k.bottom <= s.bottom + 0.5;
      const ellipsis =
        getComputedStyle(sub).textOverflow === 'ellipsis' && sub.scrollWidth > sub.clientWidth;
      if (!whole || ellipsis) out.push(title);
    }
    return out;
  });
}

/**
 * The top bar against one row: its height, the height of one row (its tallest item and its own
 * padding and border), whether its items sit on more than one row, and how far anything reaches
 * past its right edge or the window's.
 */
export function topBarRows(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.topbar')!;
    const css = getComputedStyle(bar);
    const items = [...bar.querySelectorAll<HTMLElement>(':scope > *, :scope > .live-bar > *')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const tallest = Math.max(...items.map((r) => r.height));
    const oneRow =
      tallest +
      parseFloat(css.paddingTop) +
      parseFloat(css.paddingBottom) +
      parseFloat(css.borderTopWidth) +
      parseFloat(css.borderBottomWidth);
    // An item that starts below where another one ends sits on a row of its own.
    const firstBottom = Math.min(...items.map((r) => r.bottom));
    const below = items.filter((r) => r.top >= firstBottom - 0.5).length;
    const right = Math.max(...items.map((r) => r.right));
    return {
      height: bar.getBoundingClientRect().height,
      oneRow,
      rows: below > 0 ? 2 : 1,
      overflow: Math.max(0, bar.scrollWidth - bar.clientWidth, right - innerWidth),
    };
  });
}

/** The top bar is one row, and everything in it is on screen. */
export async function expectTopBarOneRow(page: Page) {
  const bar = await topBarRows(page);
  expect(bar.rows, JSON.stringify(bar)).toBe(1);
  expect(bar.height, JSON.stringify(bar)).toBeLessThanOrEqual(bar.oneRow + 0.5);
  expect(bar.overflow, JSON.stringify(bar)).toBe(0);
}
