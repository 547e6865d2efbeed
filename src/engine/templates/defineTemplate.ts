import { DESIGN_FORMAT, DESIGN_VERSION, type Block, type Design } from '../design';
import type { FiguresByKind } from '../figures';
import { asBlockId, asVariantId } from '../ids';
import type { BlockKind } from '../kinds';

/**
 * A block as a template writes it: `[id, kind, variant, on?, { label, props }]`, its props the
 * figures of its own kind (a mapped type, as `Block` is).
 */
export type TemplateBlock<K extends BlockKind = BlockKind> = {
  [P in K]: readonly [
    id: string,
    kind: P,
    variant: string,
    on?: string | undefined,
    extra?: { label?: string; props?: Partial<FiguresByKind[P]> } | undefined,
  ];
}[K];

/** A starting point: a design students open from the Templates menu. */
export type Template = {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what the template shows. */
  readonly summary: string;
  readonly design: Design;
};

/** One template block as a design's block: a bottom block stands at the origin until laid out. */
function templateBlock<K extends BlockKind>(written: TemplateBlock<K>): Block<K> {
  const [id, kind, variant, on, extra] = written;
  return {
    id: asBlockId(id),
    kind,
    variant: asVariantId(variant),
    ...(on === undefined ? { x: 0, y: 0 } : { on: asBlockId(on) }),
    ...(extra?.label === undefined ? {} : { label: extra.label }),
    ...(extra?.props === undefined ? {} : { props: extra.props }),
  };
}

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
    blocks: blocks.map(templateBlock),
  };
  return { id, title, summary, design };
}
