import { findVariant } from '../catalog';
import type { Design } from '../design';
import type { FiguresByKind } from '../figures';
import type { BlockId, VariantId } from '../ids';
import type { BlockKind } from '../kinds';

/** The machine at the bottom of the stack `hostId` belongs to (safe on circles). */
function machineMemoryBelow(design: Design, hostId: BlockId | undefined): number | undefined {
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const seen = new Set<BlockId>();
  for (let id = hostId; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const b = byId.get(id);
    if (b === undefined) return undefined;
    if (b.kind === 'hardware') {
      const own = b.props?.memoryMiB;
      return own ?? findVariant('hardware', b.variant)?.figures.memoryMiB;
    }
    id = b.on;
  }
  return undefined;
}

/**
 * The figures a new block takes from the machine it lands on, as the real product chooses them:
 * Docker Desktop's hidden VM gets half the machine's memory. Empty when nothing depends on the
 * machine. Everything else is multi-arch and needs nothing here: it takes its CPU when evaluated.
 */
export function defaultsOnHost(
  design: Design,
  kind: BlockKind,
  variant: VariantId,
  hostId: BlockId | undefined,
): Partial<FiguresByKind[BlockKind]> {
  if (kind !== 'engine') return {};
  const entry = findVariant('engine', variant);
  const share = entry?.fromMachine?.vmMemoryShare;
  if (entry === undefined || share === undefined) return {};
  const machine = machineMemoryBelow(design, hostId);
  if (machine === undefined) return {};
  const vmMemoryMiB = Math.floor(machine * share);
  return vmMemoryMiB === entry.figures.vmMemoryMiB ? {} : { vmMemoryMiB };
}
