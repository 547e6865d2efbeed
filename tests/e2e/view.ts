import { expect, type Page } from '@playwright/test';

// What a student sees of the page as a whole: whether the document scrolled away, where the
// shell's parts are, and whether every block of the design is inside the canvas.

type Box = { x: number; y: number; width: number; height: number };

/** How far the document itself has scrolled, and how tall and wide it is against the window. */
export function documentScroll(page: Page) {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return {
      top: el.scrollTop,
      left: el.scrollLeft,
      tallerThanWindow: el.scrollHeight > innerHeight,
      widerThanWindow: el.scrollWidth > innerWidth,
    };
  });
}

/** The document has not scrolled, and cannot: it is exactly the window. */
export async function expectDocumentStill(page: Page) {
  expect(await documentScroll(page)).toEqual({
    top: 0,
    left: 0,
    tallerThanWindow: false,
    widerThanWindow: false,
  });
}

const PARTS = {
  topBar: '.topbar',
  palette: '.palette',
  canvas: '.canvas',
  problems: '.problems',
  side: '.side',
} as const;
export type ShellBoxes = Record<keyof typeof PARTS, Box | null>;

/** Where the top bar, the palette, the canvas, Problems and the side panels are on screen. */
export function shellBoxes(page: Page): Promise<ShellBoxes> {
  return page.evaluate((parts) => {
    const out: Record<string, unknown> = {};
    for (const [name, selector] of Object.entries(parts)) {
      const el = document.querySelector(selector);
      const r = el?.getBoundingClientRect();
      out[name] = r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }
    return out as never;
  }, PARTS);
}

/** The blocks of the design that are not wholly inside the canvas, by title. */
export function blocksOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.canvas')!.getBoundingClientRect();
    const out: string[] = [];
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      const inside =
        r.left >= canvas.left - 0.5 &&
        r.right <= canvas.right + 0.5 &&
        r.top >= canvas.top - 0.5 &&
        r.bottom <= canvas.bottom + 0.5;
      if (!inside) out.push(node.querySelector('.block-title')?.textContent ?? '?');
    }
    return out;
  });
}

/** Every block of the design is on screen, inside the canvas (waits for the view to settle). */
export async function expectDesignInView(page: Page) {
  await expect.poll(() => blocksOutsideCanvas(page)).toEqual([]);
}
