import {
  addBlock,
  evaluate,
  introducedErrors,
  rehostBlock,
  type BlockId,
  type BlockKind,
  type Design,
  type Diagnostic,
  type VariantId,
} from '@/engine';
import { newBlockSpec } from './newBlockSpec';
import type { ReportCache } from './reportCache';

// "What if?" checks for drag feedback and for the "Move onto…" list: the errors an edit would
// introduce, without committing it. The hypothetical design is evaluated outside the cache so
// the cache keeps the real design.

function errorsOf(reports: ReportCache, design: Design, next: Design): Diagnostic[] {
  return introducedErrors(reports.get(design), evaluate(next));
}

export function previewAdd(
  reports: ReportCache,
  design: Design,
  kind: BlockKind,
  variant: VariantId,
  on: BlockId,
): Diagnostic[] {
  const spec = newBlockSpec(design, kind, variant, { on });
  return spec ? errorsOf(reports, design, addBlock(design, spec).design) : [];
}

/** `undefined` when the move is impossible (onto its own stack); else the errors it would cause. */
export function previewRehost(
  reports: ReportCache,
  design: Design,
  id: BlockId,
  hostId: BlockId,
): Diagnostic[] | undefined {
  const next = rehostBlock(design, id, hostId);
  return next === undefined ? undefined : errorsOf(reports, design, next);
}
