import { DESIGN_FORMAT, DESIGN_VERSION, type Block, type Design } from '../design';
import type { FiguresByKind } from '../figures';
import { asBlockId, asVariantId } from '../ids';
import type { BlockKind } from '../kinds';

/** A block as a template writes it: `[id, kind, variant, on?, { label, props }]`. */
export type TemplateBlock = readonly [
  id: string,
  kind: BlockKind,
  variant: string,
  on?: string,
  extra?: { label?: string; props?: Partial<FiguresByKind[BlockKind]> },
];

/** A starting point: a design students open from the Templates menu. */
export type Template = {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what the template shows. */
  readonly summary: string;
  readonly design: Design;
};

export function defineTemplate(
  id: string,
  title: string,
  summary: string,
  blocks: readonly TemplateBlock[],
): Template {
  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: title,
    blocks: blocks.map(([bid, kind, variant, on, extra]) => {
      const block = {
        id: asBlockId(bid),
        kind,
        variant: asVariantId(variant),
        ...(on === undefined ? { x: 0, y: 0 } : { on: asBlockId(on) }),
        ...(extra?.label === undefined ? {} : { label: extra.label }),
        ...(extra?.props === undefined ? {} : { props: extra.props }),
      };
      return block as Block;
    }),
  };
  return { id, title, summary, design };
}
