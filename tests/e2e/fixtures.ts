import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test fails on an uncaught error, a console error, a native dialog, a violation of
 * the Content-Security-Policy, or a request that leaves the page's origin: the app is static and
 * must never talk to anyone. The watch covers every tab the test opens. A test that provokes one of
 * these on purpose takes it out of the list with `expectProblem`.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ context, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      await context.exposeBinding('__reportCspViolation', (_source, text: string) =>
        problems.push(`CSP violation: ${text}`),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void })
            .__reportCspViolation;
          void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
      context.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      context.on('dialog', (d) => {
        problems.push(`unexpected dialog: ${d.message()}`);
        void d.dismiss();
      });
      context.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`request left the origin: ${url}`);
      });
      await use(problems);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

/** Removes the problems matching `pattern` that a test provoked on purpose; returns them. */
export function expectProblem(problems: string[], pattern: RegExp): string[] {
  const found = problems.filter((p) => pattern.test(p));
  for (const p of found) problems.splice(problems.indexOf(p), 1);
  return found;
}
export { expect };

/** Drags a palette tile with real mouse events and drops it at a point. */
export async function dragTile(page: Page, name: string | RegExp, to: { x: number; y: number }) {
  const tile = page.getByRole('button', {
    name: typeof name === 'string' ? new RegExp(`^${escape(name)}`) : name,
  });
  await tile.scrollIntoViewIfNeeded();
  const box = (await tile.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a block on the canvas (with real mouse events) onto a point. */
export async function dragBlock(page: Page, block: Locator, to: { x: number; y: number }) {
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + box.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

/** A point just inside the top of a block: dropping there stacks onto it. */
export async function topOf(block: Locator) {
  const box = (await block.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + 8 };
}

/** The block (canvas node) whose title is `title`. */
export function block(page: Page, title: string | RegExp) {
  return page
    .locator('.react-flow__node')
    .filter({ has: page.locator('.block-title', { hasText: title }) });
}

/** The design as `variant<host` strings, in design order: what the page's store holds. */
export function designStack(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Handle = {
      store: { getState(): { design: { blocks: { variant: string; on?: string }[] } } };
    };
    const sandbox = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
    return sandbox.store.getState().design.blocks.map((b) => `${b.variant}<${b.on ?? ''}`);
  });
}

/** Chooses an item from one of the top bar's menus (File, Templates, Exercises, Present). */
export async function chooseFromMenu(page: Page, menu: string, item: RegExp) {
  await page.getByRole('button', { name: `${menu} ▾` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export const openTemplate = (page: Page, name: RegExp) => chooseFromMenu(page, 'Templates', name);

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
