import type { Page } from '@playwright/test';
import { TEMPLATES } from '../../src/engine/templates';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';
import {
  canvasShortfall,
  drawnSizes,
  expectAllBlocksOnScreen,
  expectTopBarOneRow,
  figuresCut,
  topBarRows,
} from './presenting';

// A teacher presents a lesson on the room's projector (issue 12): every step of a build-up on
// screen, type the back row reads, Compare on the whole screen, a top bar that stays one row, and
// the projector theme still on after a reload.

const FIGURES = TEMPLATES.filter((t) => t.design.blocks.length > 0);
const menuItem = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const buildUp = (page: Page) => page.getByRole('group', { name: 'Build-up' });

/** What the back row reads, at least (CSS px at 1920 × 1080): titles 24, everything else 20. */
const AT_LEAST = { blockTitle: 24, blockFigure: 20, costsTitle: 24, costsText: 20 } as const;
type Sizes = Record<keyof typeof AT_LEAST, number>;
const tooSmall = (sizes: Sizes) =>
  Object.entries(AT_LEAST)
    .filter(([what, min]) => sizes[what as keyof Sizes] < min)
    .map(([what, min]) => `${what} ${sizes[what as keyof Sizes].toFixed(1)} px < ${min}`);

async function projectorOn(page: Page) {
  await chooseFromMenu(page, 'Present', /^Projector theme: off/);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'projector');
}

/** Starts the build-up of the open design; returns how many steps it has. */
async function startBuildUp(page: Page): Promise<number> {
  await chooseFromMenu(page, 'Present', /^Build up/);
  const text = (await buildUp(page).locator('.presenter-step').textContent()) ?? '';
  return Number(/^Step 1 of (\d+)/.exec(text)![1]);
}

/** Steps through the build-up of every figure; `check` runs on each step once it is framed. */
async function everyStepOfEveryFigure(page: Page, check: (where: string) => Promise<void>) {
  await page.goto('/');
  for (const figure of FIGURES) {
    await openTemplate(page, menuItem(figure.title));
    const steps = await startBuildUp(page);
    // The canvas reaches the bottom of the window: the workspace fills the screen.
    expect(await canvasShortfall(page)).toBeLessThan(1);
    for (let step = 1; step <= steps; step++) {
      await expect(buildUp(page)).toContainText(`Step ${step} of ${steps}`);
      await expectAllBlocksOnScreen(page);
      await check(`${figure.title}, step ${step}`);
      if (step < steps) await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('Escape');
    await expect(buildUp(page)).toBeHidden();
  }
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    test('every step of the build-up of every figure is on screen, whole', async ({ page }) => {
      await everyStepOfEveryFigure(page, async () => {});
    });
  });
}

test.describe('on a 1920 × 1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the back row reads every block, every figure and the costs at every step', async ({
    page,
  }) => {
    await page.goto('/');
    await projectorOn(page);
    await everyStepOfEveryFigure(page, async (where) => {
      await expect.poll(async () => tooSmall(await drawnSizes(page)), where).toEqual([]);
      expect(await figuresCut(page), where).toEqual([]);
    });
  });

  test('the lesson’s figure, edited in the projector theme, is drawn as large', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    await projectorOn(page);
    await expectAllBlocksOnScreen(page);
    await expect.poll(async () => tooSmall(await drawnSizes(page))).toEqual([]);
    expect(await figuresCut(page)).toEqual([]);
  });

  test('Compare goes full screen with diagrams the room can read, and Escape comes back', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    await chooseFromMenu(page, 'Present', /^Compare/);
    const dialog = page.getByRole('dialog', { name: 'Compare: VMs and containers' });
    const full = dialog.getByRole('button', { name: 'Full screen' });
    const small = (await dialog.boundingBox())!;
    expect(small.width).toBeLessThan(1000);

    await full.click();
    await expect(full).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => await dialog.boundingBox())
      .toEqual({
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
      });
    // The blocks' names in both pictures, drawn at least 20 px high (16 units, scaled).
    for (const name of [/^As virtual machines/, /^As containers/]) {
      const drawn = await dialog
        .getByRole('img', { name })
        .evaluate((svg: SVGSVGElement) => 16 * svg.getScreenCTM()!.a);
      expect(drawn).toBeGreaterThanOrEqual(20);
    }
    await expect(dialog.getByRole('row', { name: /Memory used/ })).toHaveCSS('font-size', /^2\d/);

    await page.keyboard.press('Escape');
    await expect(full).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expect(dialog).toBeVisible();
    expect((await dialog.boundingBox())!.width).toBe(small.width);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('hiding and showing the panels', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  /** How much of the canvas the figure fills, across and down. */
  const filled = (page: Page) =>
    page.evaluate(() => {
      const canvas = document.querySelector('.canvas')!.getBoundingClientRect();
      const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) =>
        n.getBoundingClientRect(),
      );
      const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
      const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      return Math.max(width / canvas.width, height / canvas.height);
    });

  test('fit the figure to the canvas each time', async ({ page }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    await chooseFromMenu(page, 'Present', /^Hide the palette/);
    await expect(page.getByRole('region', { name: 'Blocks' })).toBeHidden();
    // As large as the canvas allows: 88 % of it (6 % clear on each side) in one direction.
    await expect.poll(() => filled(page)).toBeGreaterThan(0.85);
    await expectAllBlocksOnScreen(page);
    await chooseFromMenu(page, 'Present', /^Show every panel/);
    await expect(page.getByRole('region', { name: 'Blocks' })).toBeVisible();
    await expectAllBlocksOnScreen(page);
  });
});

test.describe('the top bar at 1280 × 720', () => {
  test('is one row in both themes, with every control reachable by its name', async ({ page }) => {
    await page.goto('/');
    await openTemplate(page, /broken stack/);
    await expectTopBarOneRow(page);
    // The problem count says its numbers; its words are still its name.
    await expect(page.locator('.problem-count')).toHaveAccessibleName(
      /^\d+ errors?, \d+ warnings?$/,
    );
    await projectorOn(page);
    await expectTopBarOneRow(page);
    for (const name of ['File ▾', 'Templates ▾', 'Exercises ▾', 'Present ▾', 'Undo', 'Redo'])
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    expect((await topBarRows(page)).rows).toBe(1);
  });
});

test('the projector theme is still on after a reload, and off once turned off', async ({
  page,
}) => {
  await page.goto('/');
  await projectorOn(page);
  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'projector');
  await chooseFromMenu(page, 'Present', /^Projector theme: on/);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'standard');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'standard');
});
