import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chooseFromMenu, expect, openTemplate, test } from './fixtures';

/** File ▸ Export picture, as a student does; the downloaded file's name and bytes. */
async function exportPicture(page: Page, format: 'PNG' | 'SVG') {
  const download = page.waitForEvent('download');
  await chooseFromMenu(page, 'File', new RegExp(`^Export picture \\(${format}\\)`));
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** What a parser sees in an SVG: parse errors, elements a slide program cannot show, text. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${svg.namespaceURI} ${svg.localName}`,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      unsupported: doc.querySelectorAll('foreignObject, style, script, image, use, iframe').length,
      boxes: doc.querySelectorAll('g > rect').length,
      links: [...doc.querySelectorAll('svg > line')].map((l) => ({
        x1: Number(l.getAttribute('x1')),
        y1: Number(l.getAttribute('y1')),
        x2: Number(l.getAttribute('x2')),
        y2: Number(l.getAttribute('y2')),
      })),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
}

test('the VM figure exports as a real SVG: every block, line and label, and the costs', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  const { name, bytes } = await exportPicture(page, 'SVG');
  expect(name).toBe('Virtual-machines-Using-Docker-figure-1-1.svg');
  const source = bytes.toString('utf8');
  expect(source).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(source).not.toContain('foreignObject');
  const svg = await readSvg(page, source);
  expect(svg.parseError).toBeNull();
  expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
  expect(svg.unsupported).toBe(0);
  // Twelve blocks; eleven "runs on" links, upright (then the rule above the legend).
  expect(svg.boxes).toBe(12);
  const links = svg.links.slice(0, -1);
  expect(links).toHaveLength(11);
  for (const l of links) expect(l.x1).toBe(l.x2);
  for (const label of [
    'Hardware',
    'Host OS',
    'Hypervisor',
    'Guest OS A',
    'Guest OS B',
    'Guest OS C',
    'Bins/Libs',
    'App A',
    'App B',
    'App C',
    'MACHINE',
    'HYPERVISOR · HOSTED',
    'GUEST OS · VM',
  ])
    expect(svg.texts).toContain(label);
  expect(svg.texts).toContain(
    'Memory 7.4 GiB of 64 GiB · disk 79.3 GiB of 1 TiB · 3 apps on 3 kernels · one more copy starts in 9.1 s',
  );
  expect(svg.texts).toContain('No library layer is shared');
  expect(svg.texts).toContain('No problems');
  // Small enough to mail: shapes and text, not a copy of the page's styles.
  expect(bytes.length).toBeLessThan(20_000);
});

test('the PNG is the same picture at twice the size, connector lines included', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1\.1/);
  const svg = await readSvg(page, (await exportPicture(page, 'SVG')).bytes.toString('utf8'));
  const { name, bytes } = await exportPicture(page, 'PNG');
  expect(name).toBe('Virtual-machines-Using-Docker-figure-1-1.png');
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  // Width and height (big-endian, bytes 16–23): twice the SVG's.
  expect(bytes.readUInt32BE(16)).toBe(svg.width * 2);
  expect(bytes.readUInt32BE(20)).toBe(svg.height * 2);
  // Each connector line is drawn: the pixel half-way along it is the line's grey, not paper.
  const middles = svg.links.slice(0, -1).map((l) => ({ x: l.x1 * 2, y: ((l.y1 + l.y2) / 2) * 2 }));
  const colours = await page.evaluate(
    async ({ png, points }) => {
      const blob = new Blob([new Uint8Array(png)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return points.map(({ x, y }) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)]);
    },
    { png: [...bytes], points: middles },
  );
  for (const [r, g, b] of colours) {
    // #64748b, give or take the anti-aliasing: clearly darker than the white paper.
    expect(r! + g! + b!).toBeLessThan(3 * 200);
  }
});
