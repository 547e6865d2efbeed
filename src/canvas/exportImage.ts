import { boundsOf, plainText, type BlockBox, type BlockId } from '@/engine';
import type { Sandbox } from '@/store/sandboxStore';
import { safeFileName } from '@/persist/documents';
import { downloadBlob } from '@/persist/files';
import { imageLegend } from './imageLegend';

const PAD = 24;
const LINE = 20;

const sides = (prefix: string, suffix = '') =>
  ['top', 'right', 'bottom', 'left'].map((side) => `${prefix}-${side}${suffix}`);

/**
 * The style properties copied into the picture. By default html-to-image copies every computed
 * property of every element (over 1 MB of SVG for six blocks); these are the ones that change how
 * the canvas looks, which keeps an SVG small enough to mail.
 */
const PICTURE_STYLES = [
  'display',
  'position',
  ...['top', 'right', 'bottom', 'left'],
  'width',
  'height',
  'box-sizing',
  ...sides('margin'),
  ...sides('padding'),
  ...sides('border', '-width'),
  ...sides('border', '-style'),
  ...sides('border', '-color'),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((c) => `border-${c}-radius`),
  'background-color',
  'box-shadow',
  'color',
  'opacity',
  'overflow',
  'text-overflow',
  'white-space',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'vertical-align',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'justify-content',
  'row-gap',
  'column-gap',
  'transform',
  'transform-origin',
  'z-index',
  'visibility',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image'));
    img.src = src;
  });
}

/**
 * A picture of every block at 100 % with the costs summary as a legend beneath, as a PNG or an
 * SVG Blob. html-to-image draws the canvas's own DOM, so the picture looks like the canvas.
 */
export async function exportImage(
  viewport: HTMLElement,
  boxes: ReadonlyMap<BlockId, BlockBox>,
  legend: readonly string[],
  format: 'png' | 'svg',
): Promise<Blob> {
  const { toPng, toSvg } = await import('html-to-image');
  const area = boundsOf(boxes);
  const width = Math.ceil(area.width + PAD * 2);
  const height = Math.ceil(area.height + PAD * 2);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    skipFonts: true,
    pixelRatio: 1,
    includeStyleProperties: PICTURE_STYLES,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${PAD - area.x}px, ${PAD - area.y}px) scale(1)`,
    },
  };
  const legendHeight = legend.length * LINE + PAD;
  if (format === 'svg') {
    // toSvg gives a data: URL; its SVG is nested as it is, so the file stays one readable SVG.
    const url = await toSvg(viewport, options);
    const inner = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    const text = legend
      .map(
        (line, i) =>
          `<text x="${PAD}" y="${height + PAD / 2 + (i + 1) * LINE - 6}" font-family="sans-serif" font-size="${i === 0 ? 15 : 13}"${i === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`,
      )
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height + legendHeight}"><rect width="100%" height="100%" fill="#ffffff"/>${inner}${text}</svg>`;
    return new Blob([svg], { type: 'image/svg+xml' });
  }
  const picture = await loadImage(await toPng(viewport, options));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height + legendHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(picture, 0, 0);
  ctx.fillStyle = '#0f172a';
  legend.forEach((line, i) => {
    ctx.font = i === 0 ? 'bold 15px sans-serif' : '13px sans-serif';
    ctx.fillText(line, PAD, height + PAD / 2 + (i + 1) * LINE - 6);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
  );
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

/** Makes the picture, with the costs summary as its legend, and offers it as a download. */
export async function exportPicture(
  sandbox: Sandbox,
  flow: { fitView: () => Promise<boolean> },
  container: HTMLElement | null,
  view: { boxes: ReadonlyMap<BlockId, BlockBox>; visibleOnly: boolean },
  format: 'png' | 'svg',
) {
  const { design, announce } = sandbox.store.getState();
  try {
    // Blocks outside the view are not drawn at all when only visible ones are rendered.
    if (view.visibleOnly) {
      await flow.fitView();
      await frames(3);
    }
    const viewport = container?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error('no canvas');
    // Labels and names are clean by the engine's rules (no half surrogates, no U+FFFF: an SVG
    // is XML and cannot hold them); the legend goes through the same rules on its way in.
    const legend = imageLegend(design, sandbox.reports.get(design), new Date()).map((line) =>
      plainText(line),
    );
    const blob = await exportImage(viewport, view.boxes, legend, format);
    downloadBlob(safeFileName(design.name, `.${format}`), blob);
    announce(`Exported a ${format.toUpperCase()} picture of the design.`);
  } catch {
    announce('The picture could not be made. Try again, or save the design as a file.', true);
  }
}
