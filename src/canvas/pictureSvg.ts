import {
  findVariant,
  type BlockBox,
  type BlockId,
  type BlockKind,
  type Design,
  type Report,
} from '@/engine';
import { boundsOf } from '@/engine';
import { keyFigure } from '@/ui/keyFigure';
import { ROLE_TILE } from './describeBlock';

/** Width in pixels of `text` drawn at `size` px, bold or not (the browser measures; tests count). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The font of every word in the picture: one that PowerPoint, Keynote and Inkscape all have. */
export const PICTURE_FONT = 'Arial, Helvetica, sans-serif';

const PAD = 24;
const LEGEND_LINE = 20;

/** The kinds' colours, as on the canvas (app.css): border and fill. */
const KIND_COLOURS: Readonly<Record<BlockKind, { ink: string; fill: string }>> = {
  hardware: { ink: '#475569', fill: '#f1f5f9' },
  os: { ink: '#1d4ed8', fill: '#eff6ff' },
  hypervisor: { ink: '#6d28d9', fill: '#f5f3ff' },
  engine: { ink: '#0e7490', fill: '#ecfeff' },
  library: { ink: '#15803d', fill: '#f0fdf4' },
  app: { ink: '#be185d', fill: '#fdf2f8' },
};
const TEXT = '#0f172a';
const MUTED = '#475569';
const LINK = '#64748b';
const ERROR = '#b91c1c';
const WARNING = '#f59e0b';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `text`, cut with an ellipsis so that it fits `width` pixels. */
function fit(text: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(text, size, bold) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function textAt(x: number, y: number, text: string, size: number, fill: string, bold = false) {
  return `<text x="${x}" y="${y}" font-family="${PICTURE_FONT}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(text)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The design as a plain SVG picture: every block drawn from the layout as a box with its role,
 * name and key figure, every "runs on" link as a line (an illegal one red, dashed and crossed),
 * each block's problem count, and the costs as a legend underneath. Only rectangles, lines and
 * text with their colours as attributes — no HTML inside, no style sheet — so PowerPoint,
 * Google Slides, Keynote and Inkscape all open it as it is.
 */
export function pictureSvg(
  design: Design,
  boxes: ReadonlyMap<BlockId, BlockBox>,
  report: Report,
  legend: readonly string[],
  measure: Measure,
): { svg: string; width: number; height: number } {
  const area = boundsOf(boxes);
  const legendWidth = Math.max(
    0,
    ...legend.map((line, i) => measure(line, i === 0 ? 15 : 13, i === 0)),
  );
  const width = Math.ceil(Math.max(area.width, legendWidth) + PAD * 2);
  const top = Math.ceil(area.height + PAD * 2);
  const height = top + legend.length * LEGEND_LINE + PAD / 2;
  // Layout coordinates → picture coordinates.
  const dx = PAD - area.x;
  const dy = PAD - area.y;
  const lines: string[] = [];
  const shapes: string[] = [];
  const byId = new Map(design.blocks.map((b) => [b.id as string, b]));

  for (const [id, box] of boxes) {
    const block = byId.get(id);
    if (!block) continue;
    const facts = report.blocks.get(id);
    const x = round(box.x + dx);
    const y = round(box.y + dy);
    const parent = box.parentId === undefined ? undefined : boxes.get(box.parentId);
    if (parent) {
      // The link: from the middle of the block's bottom down to its host's top.
      const lx = round(x + box.width / 2);
      const from = round(y + box.height);
      const to = round(parent.y + dy);
      const ok = facts?.linkOk ?? true;
      lines.push(
        `<line x1="${lx}" y1="${from}" x2="${lx}" y2="${to}" stroke="${ok ? LINK : ERROR}" stroke-width="${ok ? 2 : 2.5}"${ok ? '' : ' stroke-dasharray="4 3"'}/>`,
      );
      if (!ok) {
        const my = round((from + to) / 2);
        lines.push(
          `<line x1="${lx - 4}" y1="${my - 4}" x2="${lx + 4}" y2="${my + 4}" stroke="${ERROR}" stroke-width="2"/>`,
          `<line x1="${lx - 4}" y1="${my + 4}" x2="${lx + 4}" y2="${my - 4}" stroke="${ERROR}" stroke-width="2"/>`,
        );
      }
    }
    const { ink, fill } = KIND_COLOURS[block.kind];
    const role = facts?.role ?? 'not-installed';
    const errors = facts?.errors ?? 0;
    const warnings = facts?.warnings ?? 0;
    const variant = findVariant(block.kind, block.variant);
    const label = block.label?.trim();
    const title = label || variant?.label || block.variant;
    const figure = variant
      ? keyFigure(
          block.kind,
          { ...variant.figures, ...block.props } as typeof variant.figures,
          role,
          facts?.build,
        )
      : '';
    const sub = `${label ? `${variant?.label ?? block.variant} · ` : ''}${figure}`;
    const inner = box.width - 16;
    const badge = errors + warnings > 0 ? String(errors + warnings) : '';
    const badgeWidth = badge ? measure(badge, 11, true) + 10 : 0;
    shapes.push(
      `<g><title>${escapeXml(title)}</title>`,
      `<rect x="${x + 1}" y="${y + 1}" width="${box.width - 2}" height="${box.height - 2}" rx="6" fill="${fill}" stroke="${ink}" stroke-width="2"${role === 'not-installed' ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    // An error: a red edge down the left, inside the border (as on the canvas).
    if (errors > 0)
      shapes.push(
        `<rect x="${x + 2}" y="${y + 5}" width="4" height="${box.height - 10}" rx="2" fill="${ERROR}"/>`,
      );
    shapes.push(
      textAt(
        x + 10,
        y + 17,
        fit(ROLE_TILE[role].toUpperCase(), inner - badgeWidth - 4, 10, true, measure),
        10,
        ink,
        true,
      ),
      textAt(x + 10, y + 34, fit(title, inner, 13, true, measure), 13, TEXT, true),
      textAt(x + 10, y + 50, fit(sub, inner, 11.5, false, measure), 11.5, MUTED),
    );
    if (badge) {
      const bx = round(x + box.width - 8 - badgeWidth);
      shapes.push(
        `<rect x="${bx}" y="${y + 6}" width="${round(badgeWidth)}" height="15" rx="7.5" fill="${errors ? ERROR : WARNING}"/>`,
        textAt(bx + 5, y + 17.5, badge, 11, errors ? '#ffffff' : '#1f1300', true),
      );
    }
    shapes.push('</g>');
  }

  const legendText = legend.map((line, i) =>
    textAt(PAD, top + (i + 1) * LEGEND_LINE - 6, line, i === 0 ? 15 : 13, TEXT, i === 0),
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(design.name)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    ...shapes,
    `<line x1="${PAD}" y1="${top - PAD / 2}" x2="${width - PAD}" y2="${top - PAD / 2}" stroke="#cbd5e1" stroke-width="1"/>`,
    ...legendText,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
