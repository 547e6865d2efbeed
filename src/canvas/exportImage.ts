// Pictures of the design, loaded when the File menu asks for one.
import { layoutStacks, plainText } from '@/engine';
import { safeFileName } from '@/persist/documents';
import { downloadBlob } from '@/persist/files';
import type { Sandbox } from '@/store/sandboxStore';
import { imageLegend } from './imageLegend';
import { PICTURE_FONT, pictureSvg, type Measure } from './pictureSvg';

/** A PNG has twice the picture's pixels, so it stays sharp on a projector and in slides. */
export const PNG_SCALE = 2;

/** Measures text as the picture will draw it, with the page's own canvas. */
function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text, size) => text.length * size * 0.6;
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${PICTURE_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** Draws the SVG into a PNG `scale` times larger. */
async function rasterize(svg: string, width: number, height: number, scale: number) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The picture could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The design as a picture, with its costs as a legend, offered as a download: an SVG drawn from
 * the layout and the report (boxes, lines and text that slide and drawing programs open), or
 * that SVG as a PNG at twice its size.
 */
export async function exportPicture(sandbox: Sandbox, format: 'png' | 'svg') {
  const { design, announce } = sandbox.store.getState();
  try {
    const report = sandbox.reports.get(design);
    // Labels and names are clean by the engine's rules (no half surrogates, no U+FFFF: an SVG
    // is XML and cannot hold them); the legend goes through the same rules on its way in.
    const legend = imageLegend(design, report, new Date()).map((line) => plainText(line));
    const { svg, width, height } = pictureSvg(
      design,
      layoutStacks(design),
      report,
      legend,
      canvasMeasure(),
    );
    const blob =
      format === 'svg'
        ? new Blob([svg], { type: 'image/svg+xml' })
        : await rasterize(svg, width, height, PNG_SCALE);
    downloadBlob(safeFileName(design.name, `.${format}`), blob);
    announce(`Exported a ${format.toUpperCase()} picture of the design.`);
  } catch {
    announce('The picture could not be made. Try again, or save the design as a file.', true);
  }
}
