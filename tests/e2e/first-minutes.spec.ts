import type { Page } from '@playwright/test';
import {
  block,
  chooseFromMenu,
  designStack,
  dragTile,
  expect,
  openTemplate,
  test,
  topOf,
} from './fixtures';
import { addBlock, expectSaved, openBlocks } from './storage';
import { expectDesignInView, expectDocumentStill, shellBoxes } from './view';

// A student's first minutes on a school laptop (issue 9): each bug a newcomer ran into, told as
// what the student does and what they must see.

const canvasBox = async (page: Page) =>
  (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;

/** Drags the empty canvas (left of the stacks) up or down by `dy` pixels, as a student pans. */
async function panCanvasBy(page: Page, dy: number) {
  const canvas = await canvasBox(page);
  const x = canvas.x + 40;
  const y = dy < 0 ? canvas.y + canvas.height - 150 : canvas.y + 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + dy, { steps: 10 });
  await page.mouse.up();
}

/** Drops the first machine low in the canvas, as a student starting a stack does. */
async function placeMachine(page: Page, name = 'x86 server') {
  const canvas = await canvasBox(page);
  await dragTile(page, name, { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height - 90 });
  await expect(block(page, name)).toBeVisible();
}

test.describe('the page never goes blank', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the wheel over the palette and the Costs panel scrolls only them, never the page', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    const before = await shellBoxes(page);
    // The app blocks are at the bottom of the palette: the student must scroll to reach them.
    const palette = page.getByRole('region', { name: 'Blocks' });
    const paletteBox = (await palette.boundingBox())!;
    await page.mouse.move(paletteBox.x + 100, paletteBox.y + 300);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await expect(page.getByRole('button', { name: /^Web app/ })).toBeInViewport();
    await expectDocumentStill(page);
    // Past the end of the Costs panel, and back up past its top.
    const side = (await page.getByRole('complementary', { name: 'Details' }).boundingBox())!;
    await page.mouse.move(side.x + 100, side.y + 300);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 500);
    await expectDocumentStill(page);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -500);
    await expectDocumentStill(page);
    expect(await shellBoxes(page)).toEqual(before);
    await expect(page.locator('.brand')).toBeInViewport();
  });
});

test.describe('designs open in view', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a template, an exercise, a conversion, a file, a link and My designs all open framed whole', async ({
    page,
  }) => {
    await page.goto('/');
    // The student built something first, away from the middle.
    const canvas = await canvasBox(page);
    await dragTile(page, 'x86 server', { x: canvas.x + 120, y: canvas.y + canvas.height - 60 });
    await expectSaved(page);

    await openTemplate(page, /figure 1\.1/);
    await expectDesignInView(page);
    const vmFigure = await openBlocks(page);

    await chooseFromMenu(page, 'Exercises', /Type 1 versus type 2/);
    await expectDesignInView(page);

    await openTemplate(page, /figure 1\.1/);
    await chooseFromMenu(page, 'Present', /^Compare/);
    await page.getByRole('button', { name: 'Open the container version' }).click();
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(
      /— as containers$/,
    );
    await expectDesignInView(page);

    // A file: the VM figure saved, then opened again.
    await openTemplate(page, /figure 1\.1/);
    const download = page.waitForEvent('download');
    await chooseFromMenu(page, 'File', /^Save as a file/);
    const file = await (await download).path();
    await chooseFromMenu(page, 'File', /^New empty design/);
    await placeMachine(page, 'Arm server');
    const chooser = page.waitForEvent('filechooser');
    await chooseFromMenu(page, 'File', /^Open a file/);
    await (await chooser).setFiles(file);
    await expect.poll(() => openBlocks(page)).toEqual(vmFigure);
    await expectDesignInView(page);

    // A link to the containers figure, opened over the student's own work.
    await openTemplate(page, /figure 1\.2/);
    await chooseFromMenu(page, 'File', /^Share a link/);
    const share = page.getByRole('dialog', { name: 'Share a link' });
    const url = await share.getByRole('textbox', { name: 'Link to an editable copy' }).inputValue();
    await share.getByRole('button', { name: 'Close' }).click();
    await chooseFromMenu(page, 'File', /^New empty design/);
    await placeMachine(page, 'Arm server');
    await expectSaved(page);
    await page.goto(url);
    await page
      .getByRole('dialog', { name: 'Open the shared design?' })
      .getByRole('button', { name: 'Open it' })
      .click();
    await expect.poll(() => openBlocks(page)).toContain('docker');
    await expectDesignInView(page);

    // My designs: back to the Arm server, then to the VM figure.
    await chooseFromMenu(page, 'File', /^My designs/);
    const designs = page.getByRole('dialog', { name: 'My designs' });
    await designs
      .getByRole('listitem')
      .filter({ hasText: /^Virtual machines \(Using Docker, figure 1\.1\) — as containers/ })
      .getByRole('button', { name: 'Open', exact: true })
      .click();
    await expect.poll(() => openBlocks(page)).toContain('docker');
    await expectDesignInView(page);
  });

  test('a block stacked out of view is brought into view with its stack; one in view moves nothing', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    // The student drags the canvas up until the apps are hidden under the top bar.
    const canvas = await canvasBox(page);
    const apps = (await block(page, 'App A').boundingBox())!;
    await panCanvasBy(page, -(apps.y - canvas.y + 40));
    await expect
      .poll(async () => (await block(page, 'App A').boundingBox())!.y)
      .toBeLessThan(canvas.y);
    // A second app on Bins/Libs of VM B (still in view) lands up there, out of view.
    await page.locator('.react-flow__node[data-id="libs-b"]').click();
    await addBlock(page, 'Database');
    await expect(page.locator('.react-flow__node')).toHaveCount(13);
    await expectDesignInView(page);

    // Added where it is already in view: the view stays exactly where it was.
    await chooseFromMenu(page, 'File', /^New empty design/);
    await placeMachine(page);
    const still = (await block(page, 'x86 server').boundingBox())!;
    await addBlock(page, 'Ubuntu Server');
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    expect((await block(page, 'x86 server').boundingBox())!).toEqual(still);
  });
});

test.describe('drops near the edges, and drops on nothing', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('held near the top edge, the canvas scrolls, so a stack grown out of view can be reached', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    const canvas = await canvasBox(page);
    // The student drags the canvas up until the libraries are hidden under the top bar.
    const libsA = page.locator('.react-flow__node[data-id="libs-a"]');
    await panCanvasBy(page, -((await libsA.boundingBox())!.y - canvas.y + 120));
    await expect.poll(async () => (await libsA.boundingBox())!.y).toBeLessThan(canvas.y);

    // A second app for stack A: drag it in, hold it at the top edge until Bins/Libs comes down.
    const tile = page.getByRole('button', { name: /^Static binary/ });
    await tile.scrollIntoViewIfNeeded();
    const from = (await tile.boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2, {
      steps: 10,
    });
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 6, { steps: 6 });
    await expect
      .poll(async () => (await libsA.boundingBox())!.y, { timeout: 5000 })
      .toBeGreaterThan(canvas.y + 60);
    // Out of the edge (the canvas stops), then onto Bins/Libs where it now is.
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2, { steps: 3 });
    const target = await topOf(libsA);
    await page.mouse.move(target.x, target.y + 10, { steps: 6 });
    await page.mouse.up();
    expect(await designStack(page)).toContain('static-binary<libs-a');
  });

  test('a drop that lands on no block says so, where it landed', async ({ page }) => {
    await page.goto('/');
    await placeMachine(page);
    const canvas = await canvasBox(page);
    // On empty canvas, away from the machine.
    await dragTile(page, 'Ubuntu Server', { x: canvas.x + 80, y: canvas.y + 80 });
    await expect(page.getByRole('status').filter({ hasText: 'landed on empty canvas' })).toHaveText(
      'Ubuntu Server landed on empty canvas, so it runs on nothing yet. Drag it onto the block it should run on.',
    );
    // Over the Problems panel: nothing is added, and the student is told.
    const problems = (await page.getByRole('region', { name: 'Problems' }).boundingBox())!;
    await dragTile(page, 'Docker Engine', { x: problems.x + 200, y: problems.y + 30 });
    await expect(page.getByRole('status').filter({ hasText: 'not added' })).toHaveText(
      'Docker Engine was not added: it was dropped outside the canvas.',
    );
    expect(await openBlocks(page)).toEqual(['x86-server', 'ubuntu']);
  });
});

test('the connector lines stay upright in the projector theme, through a build-up', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  await chooseFromMenu(page, 'Present', /^Projector theme/);
  const slanted = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('.react-flow__edge-path')]
          .map((p) => (p.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number))
          .filter((n) => Math.abs(n[0]! - n[2]!) > 0.5).length,
    );
  await expect(page.locator('.react-flow__edge-path')).toHaveCount(11);
  expect(await slanted()).toBe(0);
  await chooseFromMenu(page, 'Present', /^Build up/);
  await expect(page.getByRole('group', { name: 'Build-up' })).toContainText('Step 1 of 6');
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await expect(page.getByRole('group', { name: 'Build-up' })).toContainText('Step 6 of 6');
  expect(await slanted()).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__edge-path')).toHaveCount(11);
  expect(await slanted()).toBe(0);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`the top bar keeps its height whatever it says, at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.locator('[data-save-state]')).toHaveText('Not saved yet');
    const before = await shellBoxes(page);
    await addBlock(page, 'x86 server');
    await expectSaved(page);
    // Two errors now: an engine with nothing under it.
    await page.locator('.react-flow__node').click();
    await addBlock(page, 'Docker Engine');
    await expect(page.getByRole('link', { name: /errors?, \d+ warnings?$/ })).toHaveAccessibleName(
      '1 error, 0 warnings',
    );
    await expectSaved(page);
    const after = await shellBoxes(page);
    expect(after.topBar).toEqual(before.topBar);
    expect(after.canvas).toEqual(before.canvas);
  });
}

test.describe('small things that trip a newcomer', () => {
  test('Escape closes the Guided-mode refusal', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Guided', { exact: true }).click();
    await openTemplate(page, /figure 1\.2/);
    await page.locator('.react-flow__node[data-id="host"]').click();
    await page.getByRole('button', { name: /^VMware ESXi/ }).press('Enter');
    const refusal = page.getByRole('group', { name: /Not allowed in Guided mode/ });
    await expect(refusal).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(refusal).toBeHidden();
  });

  test('opening a file clears the news of the empty design it replaced', async ({ page }) => {
    await page.goto('/');
    // First the app's own news (it would replace the news this test is about).
    await expect(page.locator('.banner').filter({ hasText: 'works offline' })).toBeVisible();
    await openTemplate(page, /figure 1\.2/);
    const download = page.waitForEvent('download');
    await chooseFromMenu(page, 'File', /^Save as a file/);
    const file = await (await download).path();
    await chooseFromMenu(page, 'File', /^New empty design/);
    const news = page.locator('.banner').filter({ hasText: 'Started a new empty design' });
    await expect(news).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await chooseFromMenu(page, 'File', /^Open a file/);
    await (await chooser).setFiles(file);
    await expect.poll(() => openBlocks(page)).toContain('docker');
    // At once: the news would otherwise fade by itself after 8 s, while the file is on show.
    await expect(news).toHaveCount(0, { timeout: 1500 });
  });

  test('the Share dialog counts the characters of the link it gives', async ({ page }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    await chooseFromMenu(page, 'File', /^Share a link/);
    const dialog = page.getByRole('dialog', { name: 'Share a link' });
    for (const name of ['Link to an editable copy', /^View-only link/]) {
      const field = dialog.getByRole('textbox', { name });
      const url = await field.inputValue();
      const says = await field.locator('xpath=../following-sibling::p').innerText();
      expect(says).toContain(`${url.length.toLocaleString('en')} characters`);
    }
  });

  test('a savings bar grows with what was saved: empty when nothing is', async ({ page }) => {
    await page.goto('/');
    await placeMachine(page);
    for (const tile of ['Ubuntu Server', 'Docker Engine', 'debian:bookworm-slim', 'Web app']) {
      const top = await topOf(page.locator('.react-flow__node').last());
      await dragTile(page, tile, top);
    }
    const memory = page.getByRole('meter', { name: 'Memory saved by sharing' });
    await expect(memory).toHaveAttribute('aria-valuetext', '0 % saved');
    expect((await memory.locator('span').boundingBox())?.width ?? 0).toBe(0);
    await dragTile(page, 'API service', await topOf(block(page, 'debian:bookworm-slim')));
    await expect(memory).toHaveAttribute('aria-valuetext', '50 % saved');
    const bar = (await memory.boundingBox())!;
    const fill = (await memory.locator('span').boundingBox())!;
    expect(fill.width / bar.width).toBeGreaterThan(0.45);
    expect(fill.width / bar.width).toBeLessThan(0.55);
  });
});

test('the Costs panel leads with the whole design and the other way; Compare from containers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await openTemplate(page, /figure 1\.2/);
  const whole = page.getByRole('region', { name: 'The whole design' });
  await expect(whole).toContainText('1.3 GiB of memory');
  await expect(whole).toContainText('As VMs, the same apps would use 7.4 GiB on 3 kernels');
  await expect(whole).toBeInViewport();
  await whole.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare: VMs and containers' });
  await expect(dialog.getByRole('row', { name: /Memory used/ })).toContainText('7.4 GiB');
  await expect(dialog.getByRole('row', { name: /Memory used/ })).toContainText('1.3 GiB');
  await expect(dialog.getByRole('row', { name: /Kernels/ })).toContainText('3 kernels');
  await dialog.getByRole('button', { name: 'Open the VM version' }).click();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(/— as VMs$/);
  await expect(page.getByRole('link', { name: '0 errors, 0 warnings' })).toBeVisible();
  await expectDesignInView(page);
});

/** Block lines whose underscores fall below what the block shows ("x86_64" read as "x86 64"). */
function clippedUnderscores(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLElement>('.block-sub, .block-title')) {
      if (!el.textContent?.includes('_')) continue;
      const css = getComputedStyle(el);
      ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
      const m = ctx.measureText('_');
      const box = el.getBoundingClientRect();
      const zoom = box.height / el.offsetHeight;
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getClientRects()[0]!;
      const baseline = text.bottom - m.fontBoundingBoxDescent * zoom;
      if (baseline + m.actualBoundingBoxDescent * zoom > box.bottom + 0.01)
        out.push(el.textContent);
    }
    return out;
  });
}

test('the projector theme shows every underscore: x86_64 never reads "x86 64"', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  await chooseFromMenu(page, 'Present', /^Projector theme/);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'projector');
  await expect(block(page, 'Hardware')).toContainText('x86_64');
  expect(await clippedUnderscores(page)).toEqual([]);
});

test.describe('the lesson’s numbers, with their why', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a cold start says what it adds up to; copies that fit say they count memory only', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.2/);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'App Y' }) });
    await card.scrollIntoViewIfNeeded();
    // 8800 + 2000 + 600 + 0 + 300 ms: the container's cold start is mostly its host booting.
    await expect(card).toContainText('Cold start11.7 s');
    await expect(
      card.getByRole('list', { name: 'What the cold start adds up' }).getByRole('listitem'),
    ).toHaveText([
      'Host OS boots 8.8 s',
      'Container engine starts 2 s',
      'Container engine starts the container 600 ms',
      'App Y starts 300 ms',
    ]);
    await expect(card).toContainText('counted by memory only');
  });

  test('a multi-arch app says which build it takes, in the palette, the drop hint and the block', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^Web app/ })).toContainText('multi-arch');
    await placeMachine(page, 'Arm server');
    for (const tile of ['Ubuntu Server', 'Docker Engine', 'debian:bookworm-slim'])
      await addBlock(page, tile);
    const base = block(page, 'debian:bookworm-slim');
    const tile = page.getByRole('button', { name: /^Web app/ });
    await tile.scrollIntoViewIfNeeded();
    const from = (await tile.boundingBox())!;
    const to = await topOf(base);
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(page.locator('.drop-hint.is-ok')).toHaveText(
      '✔ Drop to stack it hereIt runs as its arm64 build.',
    );
    await page.mouse.up();
    await expect(block(page, 'Web app')).toContainText('Web app50 MiB · arm64 build');
  });

  test('the drop hint stays in front of the block above it, even a selected one', async ({
    page,
  }) => {
    await page.goto('/');
    await openTemplate(page, /figure 1\.1/);
    await block(page, 'App A').click();
    const tile = page.getByRole('button', { name: /^Static binary/ });
    await tile.scrollIntoViewIfNeeded();
    const from = (await tile.boundingBox())!;
    const to = await topOf(page.locator('.react-flow__node[data-id="libs-a"]'));
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y + 10, { steps: 12 });
    const hint = page.locator('.drop-hint');
    await expect(hint).toBeVisible();
    const box = (await hint.boundingBox())!;
    // Whatever is drawn at the hint's middle is the hint (made hit-testable for the question).
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const el = document.querySelector<HTMLElement>('.drop-hint')!;
        el.style.pointerEvents = 'auto';
        const found = document.elementFromPoint(x, y)?.closest('.drop-hint') != null;
        el.style.pointerEvents = '';
        return found;
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toBe(true);
    await page.mouse.up();
  });
});

test.describe('words a newcomer reads', () => {
  test('menus, goals, My designs, the label field and Compare read right', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    // An exercise's summary is its whole first sentence, colon and all.
    await page.getByRole('button', { name: 'Exercises ▾' }).click();
    await expect(
      page.getByRole('menuitem', { name: /Rebuild the container figure/ }),
    ).toContainText(
      'Build figure 1.2: one machine and one OS, a container engine on it, and three apps in containers.',
    );
    await page.getByRole('menuitem', { name: /Rebuild the container figure/ }).click();
    await placeMachine(page);
    await expect(page.getByRole('textbox', { name: 'Label' })).toHaveAttribute(
      'placeholder',
      'e.g. Lab server',
    );
    for (const tile of ['Ubuntu Server', 'Docker Engine', 'debian:bookworm-slim', 'Web app'])
      await addBlock(page, tile);
    const goals = page.getByRole('list', { name: 'Goals' });
    await expect(goals).toContainText('the one app');
    await expect(goals).not.toContainText('all 1 app');

    await chooseFromMenu(page, 'File', /^New empty design/);
    await placeMachine(page);
    await expectSaved(page);
    await chooseFromMenu(page, 'File', /^My designs/);
    await expect(page.getByRole('dialog', { name: 'My designs' })).toContainText('· 1 block ·');
    await page.getByRole('button', { name: 'Close' }).click();

    await openTemplate(page, /figure 1\.1/);
    await chooseFromMenu(page, 'Present', /^Compare/);
    const compare = page.getByRole('dialog', { name: 'Compare: VMs and containers' });
    await expect(compare.getByRole('columnheader')).toHaveText([
      'The same 3 apps',
      'As VMs',
      'As containers',
      'With containers',
    ]);
    await expect(compare.getByRole('row', { name: /I\/O path/ })).toContainText('4 layers');
    await expect(compare.getByRole('row', { name: /I\/O path/ })).toContainText('2 layers');
    await expect(compare.getByRole('row', { name: /I\/O path/ })).not.toContainText('.0');
  });
});
