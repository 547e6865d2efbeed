import { expect, type Page } from '@playwright/test';

// Helpers for the tests about keeping a student's work: what the page says about saving, and
// what is really in the browser's storage.

export const DESIGN_KEY = 'stack-sandbox:design:';
export const CURRENT_KEY = 'stack-sandbox:current';

/** The save indicator in the top bar ("Saved", "Saving…", "Not saved: storage full"…). */
export const saveStatus = (page: Page) => page.locator('[data-save-state]');

export async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
}

/** Renames the design the way a student does: type in the name field, press Enter. */
export async function renameDesign(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Design name' });
  await field.fill(name);
  await field.press('Enter');
  await expect(field).toHaveValue(name);
}

/** Adds a block from the palette with the keyboard (a quick, real edit). */
export async function addBlock(page: Page, tile: string) {
  await page.getByRole('button', { name: new RegExp(`^${tile}`) }).press('Enter');
}

/** Every saved design, by key, as stored text (nothing parsed by the app). */
export function storedEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
    }
    return out;
  }, DESIGN_KEY);
}

/** The names of the saved designs. */
export async function storedNames(page: Page): Promise<string[]> {
  const entries = await storedEntries(page);
  return Object.values(entries)
    .map((raw) => (JSON.parse(raw) as { design: { name: string } }).design.name)
    .sort();
}

/** The design the page has open, as the student sees it. */
export const openDesignName = (page: Page) =>
  page.getByRole('textbox', { name: 'Design name' }).inputValue();

/** The blocks of the open design (variant ids). */
export function openBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Handle = { store: { getState(): { design: { blocks: { variant: string }[] } } } };
    const sandbox = (window as unknown as { __stackSandbox: Handle }).__stackSandbox;
    return sandbox.store.getState().design.blocks.map((b) => b.variant);
  });
}

/** Seeds storage before the app starts, as if an earlier visit had left it there. */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('__seeded')) return;
    sessionStorage.setItem('__seeded', '1');
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, entries);
}
