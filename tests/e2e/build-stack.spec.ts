import { block, designStack, dragBlock, dragTile, expect, test, topOf } from './fixtures';

test.describe('a student builds the containers figure with the mouse', () => {
  test('hardware, an OS, an engine, a library and two apps: the stack, the count and the savings change', async ({
    page,
  }) => {
    await page.goto('/');
    const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
    const problems = page.getByRole('link', { name: /errors?, \d+ warnings?$/ });
    const savings = page.getByRole('region', { name: 'Shared-library savings' });

    await dragTile(page, 'x86 server', {
      x: canvas.x + canvas.width / 2,
      y: canvas.y + canvas.height - 140,
    });
    await expect(block(page, 'x86 server')).toBeVisible();
    await dragTile(page, 'Ubuntu Server', await topOf(block(page, 'x86 server')));
    await dragTile(page, 'Docker Engine', await topOf(block(page, 'Ubuntu Server')));
    await dragTile(page, 'debian:bookworm-slim', await topOf(block(page, 'Docker Engine')));
    await dragTile(page, 'Web app', await topOf(block(page, 'debian:bookworm-slim')));
    await expect(problems).toHaveAccessibleName('0 errors, 0 warnings');
    await expect(savings).toContainText('saved 0 MiB (0 %)');

    // The second app lands on the same library: the savings appear at once.
    await dragTile(page, 'API service', await topOf(block(page, 'debian:bookworm-slim')));
    await expect(savings).toContainText(
      'without sharing 30 MiB, actually 15 MiB: saved 15 MiB (50 %)',
    );
    await expect(savings).toContainText('debian:bookworm-slim is shared by Web app, API service');
    await expect(problems).toHaveAccessibleName('0 errors, 0 warnings');

    const stack = await designStack(page);
    expect(stack).toEqual([
      'x86-server<',
      'ubuntu<x86-server',
      'docker<ubuntu',
      'debian-slim<docker',
      'web-app<debian-slim',
      'api-service<debian-slim',
    ]);
  });

  test('an illegal stack shows why, in the drag and in Problems, and is fixed by moving the block', async ({
    page,
  }) => {
    await page.goto('/');
    const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
    await dragTile(page, 'x86 server', {
      x: canvas.x + canvas.width / 2,
      y: canvas.y + canvas.height - 140,
    });
    await dragTile(page, 'Ubuntu Server', await topOf(block(page, 'x86 server')));

    // Hover an engine over the bare machine: the target explains before the drop.
    const tile = page.getByRole('button', { name: /^Docker Engine/ });
    await tile.scrollIntoViewIfNeeded();
    const tileBox = (await tile.boundingBox())!;
    const hw = (await block(page, 'x86 server').boundingBox())!;
    await page.mouse.move(tileBox.x + 20, tileBox.y + 10);
    await page.mouse.down();
    await page.mouse.move(hw.x + hw.width - 30, hw.y + hw.height - 10, { steps: 12 });
    await expect(page.locator('.drop-hint.is-bad')).toContainText(
      'Not here: Docker Engine is a container engine',
    );
    await page.mouse.up();

    await expect(page.getByRole('link', { name: /errors?, \d+ warnings?$/ })).toHaveAccessibleName(
      '1 error, 0 warnings',
    );
    const panel = page.getByRole('region', { name: 'Problems' });
    await expect(panel).toContainText('processes need an operating-system kernel');
    await expect(panel).toContainText(
      'Fix: Put an OS such as Ubuntu on x86 server, then move Docker Engine onto it.',
    );
    await expect(page.locator('.runs-on.is-illegal')).toHaveCount(1);

    // Fix it: drag the engine onto the OS.
    await dragBlock(page, block(page, 'Docker Engine'), await topOf(block(page, 'Ubuntu Server')));
    await expect(page.getByRole('link', { name: /errors?, \d+ warnings?$/ })).toHaveAccessibleName(
      '0 errors, 0 warnings',
    );
    await expect(panel).toContainText('No problems');
    await expect(page.locator('.runs-on.is-illegal')).toHaveCount(0);
  });

  test('undo and redo, by button and by keyboard', async ({ page }) => {
    await page.goto('/');
    const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
    await dragTile(page, 'x86 server', {
      x: canvas.x + canvas.width / 2,
      y: canvas.y + canvas.height - 140,
    });
    await dragTile(page, 'Ubuntu Server', await topOf(block(page, 'x86 server')));
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    // A drag is one step: move the machine, then one undo puts it back.
    const before = (await block(page, 'x86 server').boundingBox())!;
    await dragBlock(page, block(page, 'x86 server'), { x: before.x - 100, y: before.y - 80 });
    const moved = (await block(page, 'x86 server').boundingBox())!;
    expect(moved.x).toBeLessThan(before.x - 50);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await block(page, 'x86 server').boundingBox())!.x)
      .toBeCloseTo(before.x, 0);
  });
});
