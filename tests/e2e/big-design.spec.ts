import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDesign } from '../fixtures/generateDesign';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';
import { expectSaved, openBlocks, openDesignName } from './storage';

/** Counts every block React Flow puts on the page from now on (from zero, with one watcher). */
function countBlocksDrawn(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __drawn: number; __watch?: MutationObserver };
    w.__watch?.disconnect();
    w.__drawn = 0;
    w.__watch = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.classList.contains('react-flow__node')) w.__drawn++;
    });
    w.__watch.observe(document.body, { childList: true, subtree: true });
  });
}
const blocksDrawn = (page: Page) =>
  page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);

const zoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** The middle of a block the student can see and click (one that carries nothing, if any). */
function blockInView(page: Page) {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node:not(.parent)')) {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') === el)
        return { id: el.dataset.id ?? '', x, y };
    }
    return undefined;
  });
}

/** Blocks in view that run on something but are drawn without their "runs on" link. */
function unlinkedBlocksInView(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const inView = r.left >= pane.left && r.right <= pane.right && r.top >= pane.top;
        const onSomething = !/, Hardware[,:]/.test(el.getAttribute('aria-label') ?? '');
        return inView && onSomething && r.bottom <= pane.bottom;
      })
      .map((el) => el.dataset.id ?? '')
      .filter((id) => !document.querySelector(`.react-flow__edge[data-id="runs-on:${id}"]`));
  });
}

test('a design of 1,000 blocks opens at a readable size, draws only what is in view, and can be edited', async ({
  page,
}) => {
  const path = join(tmpdir(), 'rack-of-1000.stack-sandbox.json');
  await writeFile(path, JSON.stringify(generateDesign(1000)));
  await page.goto('/');
  // A student with a small design open picks a big one from the file picker.
  await openTemplate(page, /figure 1\.2/);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await countBlocksDrawn(page);
  const chooser = page.waitForEvent('filechooser');
  await chooseFromMenu(page, 'File', /^Open a file/);
  await (await chooser).setFiles(path);
  await expect.poll(() => openDesignName(page)).toBe('Generated (1000 blocks)');
  await expect(page.getByRole('status').filter({ hasText: 'from the file' })).toBeVisible();
  await expectSaved(page);

  // Framed at 0.3 (titles readable, see fit.ts), showing the middle: a few dozen blocks drawn,
  // and each of them drawn once — none just to be measured, none at a zoom it then left.
  const nodes = page.locator('.react-flow__node');
  await expect.poll(() => zoom(page)).toBeCloseTo(0.3, 5);
  const drawn = await nodes.count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(200);
  expect(await blocksDrawn(page)).toBe(drawn);
  // The panels speak for the whole design, not only for what is drawn.
  await expect(page.getByText(/610 apps on 97 kernels/)).toBeVisible();

  // Deleting a block in view and undoing it work as on a small design.
  const block = await blockInView(page);
  expect(block, 'a block in view to click').toBeDefined();
  await page.mouse.click(block!.x, block!.y);
  await page.keyboard.press('Delete');
  const it = page.locator(`.react-flow__node[data-id="${block!.id}"]`);
  await expect(it).toHaveCount(0);
  await expect(page.getByText(/609 apps on 97 kernels/)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(it).toHaveCount(1);
  await expect(page.getByText(/610 apps on 97 kernels/)).toBeVisible();
  await expectSaved(page);

  // Dragged across to another part of the design, every block that comes into view is drawn
  // with the link down to its host (links are drawn for blocks near the view only).
  await page.mouse.move(700, 120);
  await page.mouse.down();
  await page.mouse.move(300, 140, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => unlinkedBlocksInView(page)).toEqual([]);
  expect(await page.locator('.react-flow__edge').count()).toBeLessThan(200);

  // Reloaded, it is still the design on show, framed the same way.
  await page.reload();
  await expect.poll(() => openDesignName(page)).toBe('Generated (1000 blocks)');
  await expect(nodes.first()).toBeVisible();
  await expect.poll(() => zoom(page)).toBeCloseTo(0.3, 5);
  expect(await nodes.count()).toBeLessThan(200);

  // From it to a small design (the build-up's first step, then a template), only the small
  // design's blocks are drawn: never, for a moment, every block of the big one.
  await countBlocksDrawn(page);
  await chooseFromMenu(page, 'Present', /^Build up/);
  const bar = page.getByRole('group', { name: 'Build-up' });
  await expect(bar).toContainText('Step 1 of');
  await expect.poll(async () => (await openBlocks(page)).length).toBeLessThan(100);
  await expect.poll(() => nodes.count()).toBe((await openBlocks(page)).length);
  // Blocks of the big design that are also in the step may stay: none is drawn twice.
  expect(await blocksDrawn(page)).toBeLessThanOrEqual(await nodes.count());
  // Jumping to the last step (the whole design): framed first, then drawn, once.
  await countBlocksDrawn(page);
  await page.keyboard.press('End');
  await expect.poll(async () => (await openBlocks(page)).length).toBe(1000);
  await expect.poll(() => zoom(page)).toBeCloseTo(0.3, 5);
  await expect.poll(() => nodes.count()).toBeGreaterThan(10);
  expect(await blocksDrawn(page)).toBeLessThanOrEqual(await nodes.count());
  await bar.getByRole('button', { name: 'End (Esc)' }).click();
  await expect(bar).toBeHidden();
  await expect.poll(() => zoom(page)).toBeCloseTo(0.3, 5);
  await expect.poll(() => nodes.count()).toBeLessThan(200);
  await countBlocksDrawn(page);
  await openTemplate(page, /figure 1\.2/);
  await expect.poll(() => openDesignName(page)).not.toBe('Generated (1000 blocks)');
  await expect.poll(() => nodes.count()).toBe((await openBlocks(page)).length);
  expect(await blocksDrawn(page)).toBe(await nodes.count());
});
