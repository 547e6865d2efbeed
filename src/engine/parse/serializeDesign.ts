import type { Block, Design } from '../design';

/** Key order of a block in files: identity first, then placement, then overrides. */
function canonicalBlock(block: Block): Record<string, unknown> {
  const out: Record<string, unknown> = { id: block.id, kind: block.kind, variant: block.variant };
  if (block.on !== undefined) out.on = block.on;
  if (block.x !== undefined) out.x = block.x;
  if (block.y !== undefined) out.y = block.y;
  if (block.label !== undefined) out.label = block.label;
  if (block.props !== undefined && Object.keys(block.props).length > 0) out.props = block.props;
  return out;
}

/**
 * Writes a design in the public file format, one block per line so files stay readable and diff
 * well; a hand-in's `author` and `exercise` after its name. `parseDesign(serializeDesign(d))`
 * gives back `d`.
 */
export function serializeDesign(design: Design): string {
  const lines = design.blocks.map((b) => `    ${JSON.stringify(canonicalBlock(b))}`);
  const blocks = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return [
    '{',
    `  "format": ${JSON.stringify(design.format)},`,
    `  "version": ${JSON.stringify(design.version)},`,
    `  "name": ${JSON.stringify(design.name)},`,
    ...(['author', 'exercise'] as const).flatMap((k) =>
      design[k] === undefined ? [] : [`  "${k}": ${JSON.stringify(design[k])},`],
    ),
    `  "blocks": ${blocks}`,
    '}',
    '',
  ].join('\n');
}
