import type { Page, TestInfo } from '@playwright/test';
import { chooseFromMenu, expect, test } from './fixtures';
import { dragTileBy, touchPath, wheelOver, type Hand } from './input';
import { expectDesignInView, expectDocumentStill, shellBoxes, type ShellBoxes } from './view';

// A student's first ten minutes, on the screens a class really has: the two commonest school
// laptops, a desktop monitor and a touch tablet. With real mouse and finger input the student
// builds both of the lesson's figures from an empty canvas, scrolls every panel, opens every
// template and an exercise, reloads and exports both pictures. After every step: the page has
// not scrolled, the top bar, palette, canvas and panels are where they were, and every block of
// the design is inside the canvas. The screenshots are kept with the test's results.

const SCREENS: readonly { name: string; width: number; height: number; hand: Hand }[] = [
  { name: 'school laptop 1366×768', width: 1366, height: 768, hand: 'mouse' },
  { name: 'laptop 1280×800', width: 1280, height: 800, hand: 'mouse' },
  { name: 'desktop 1920×1080', width: 1920, height: 1080, hand: 'mouse' },
  { name: 'touch tablet 1024×768', width: 1024, height: 768, hand: 'touch' },
];

type Student = {
  hand: Hand;
  /** Drops a palette tile onto a block (or, with no block, low on the empty canvas). */
  stack(tile: string, onto?: string): Promise<string>;
  /** Checks the page after a step, and keeps a screenshot of it. */
  step(what: string): Promise<void>;
};

function blockIds(page: Page): Promise<{ id: string; on?: string }[]> {
  return page.evaluate(() => {
    type Handle = { store: { getState(): { design: { blocks: { id: string; on?: string }[] } } } };
    const sandbox = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
    return sandbox.store
      .getState()
      .design.blocks.map(({ id, on }) => (on === undefined ? { id } : { id, on }));
  });
}

function student(page: Page, info: TestInfo, hand: Hand, shell: ShellBoxes): Student {
  let shots = 0;
  return {
    hand,
    async stack(tile, onto) {
      const before = new Set((await blockIds(page)).map((b) => b.id));
      let to: { x: number; y: number };
      if (onto === undefined) {
        const canvas = (await page.locator('.canvas').boundingBox())!;
        to = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height - 70 };
      } else {
        const target = (await page.locator(`.react-flow__node[data-id="${onto}"]`).boundingBox())!;
        to = { x: target.x + target.width / 2, y: target.y + Math.min(8, target.height / 3) };
      }
      await dragTileBy(hand, page, page.getByRole('button', { name: new RegExp(`^${tile}`) }), to);
      await expect.poll(async () => (await blockIds(page)).length).toBe(before.size + 1);
      const added = (await blockIds(page)).find((b) => !before.has(b.id))!;
      expect(added.on, `${tile} landed on ${added.on ?? 'nothing'}`).toBe(onto);
      return added.id;
    },
    async step(what) {
      await expectDocumentStill(page);
      expect(await shellBoxes(page), `after “${what}” the shell moved`).toEqual(shell);
      await expectDesignInView(page);
      const name = `${String(++shots).padStart(2, '0')}-${what.replace(/\W+/g, '-')}.png`;
      const path = info.outputPath(name);
      await page.screenshot({ path });
      await info.attach(what, { path, contentType: 'image/png' });
    },
  };
}

const problems = (page: Page) => page.getByRole('link', { name: /errors?, \d+ warnings?$/ });

async function buildVmFigure(s: Student) {
  const hw = await s.stack('x86 server');
  const host = await s.stack('Ubuntu Server', hw);
  const hypervisor = await s.stack('VirtualBox', host);
  for (const vm of ['A', 'B', 'C']) {
    const guest = await s.stack('Ubuntu Server', hypervisor);
    const libs = await s.stack('Python 3.12 runtime', guest);
    await s.stack('Web app', libs);
    await s.step(`VM figure: VM ${vm}`);
  }
}

async function buildContainerFigure(s: Student) {
  const hw = await s.stack('x86 server');
  const host = await s.stack('Ubuntu Server', hw);
  const docker = await s.stack('Docker Engine', host);
  const x = await s.stack('ubuntu:24.04', docker);
  await s.stack('Web app', x);
  const shared = await s.stack('debian:bookworm-slim', docker);
  await s.stack('Web app', shared);
  await s.stack('API service', shared);
  await s.step('container figure');
}

for (const screen of SCREENS) {
  test.describe(`a newcomer on a ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.hand === 'touch',
    });

    test('the first ten minutes', async ({ page }, info) => {
      test.setTimeout(240_000);
      await page.goto('/');
      await expect(page.getByText('Start with the hardware')).toBeVisible();
      const s = student(page, info, screen.hand, await shellBoxes(page));
      await s.step('empty canvas');

      // The virtual-machine figure, from an empty canvas.
      await buildVmFigure(s);
      await expect(problems(page)).toHaveAccessibleName('0 errors, 0 warnings');
      await expect(page.getByRole('region', { name: 'The whole design' })).toContainText(
        'As containers, the same apps would use',
      );
      await s.step('VM figure built');

      // The container figure, from an empty canvas again.
      await chooseFromMenu(page, 'File', /^New empty design/);
      await s.step('new empty design');
      await buildContainerFigure(s);
      await expect(problems(page)).toHaveAccessibleName('0 errors, 0 warnings');
      await expect(page.getByRole('region', { name: 'Shared-library savings' })).toContainText(
        'is shared by Web app, API service',
      );

      // Every panel scrolls with the wheel, inside itself, down and back up.
      for (const [name, panel] of [
        ['palette', page.getByRole('region', { name: 'Blocks' })],
        ['details', page.getByRole('complementary', { name: 'Details' })],
        ['problems', page.getByRole('region', { name: 'Problems' })],
      ] as const) {
        await wheelOver(page, panel, 400);
        await s.step(`${name} scrolled down`);
        await wheelOver(page, panel, -400);
        await s.step(`${name} scrolled up`);
      }
      if (screen.hand === 'touch') {
        // And a finger swipes the palette up and down.
        const palette = (await page.getByRole('region', { name: 'Blocks' }).boundingBox())!;
        const x = palette.x + palette.width - 12;
        await touchPath(page, [
          { x, y: palette.y + palette.height - 60 },
          { x, y: palette.y + 80 },
        ]);
        await s.step('palette swiped');
      }

      // Every template, then an exercise, over the student's own work.
      const templates = page.getByRole('button', { name: 'Templates ▾' });
      await templates.click();
      await expect(page.getByRole('menuitem').first()).toBeVisible();
      const titles = await page.getByRole('menuitem').locator('.menu-item-title').allInnerTexts();
      await page.keyboard.press('Escape');
      expect(titles.length).toBeGreaterThanOrEqual(6);
      for (const title of titles) {
        await chooseFromMenu(page, 'Templates', new RegExp(`^${escapeRegExp(title)}`));
        await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(title);
        await s.step(`template ${title}`);
      }
      await chooseFromMenu(page, 'Exercises', /Type 1 versus type 2/);
      await expect(page.getByRole('region', { name: 'Exercise' })).toBeVisible();
      await s.step('exercise opened');

      // Reload: the same design, in view.
      await page.reload();
      await expect(page.getByRole('region', { name: 'Exercise' })).toBeVisible();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await s.step('reloaded');

      // Both pictures.
      for (const format of ['PNG', 'SVG']) {
        const download = page.waitForEvent('download');
        await chooseFromMenu(page, 'File', new RegExp(`^Export picture \\(${format}\\)`));
        expect((await download).suggestedFilename()).toMatch(
          new RegExp(`\\.${format.toLowerCase()}$`),
        );
        await s.step(`exported ${format}`);
      }
    });
  });
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
