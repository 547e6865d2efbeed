import { ownValue } from './read/fields';
import { sameAppCosts } from './cost/appCosts';
import type { StepVerdicts } from './cost/trail';
import type { Report } from './report';

/** Any object, arrays included: something to compare key by key. */
const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null;

/** Deep equality for the plain data a report is made of (objects, arrays, Maps, primitives). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !same(v, b.get(k))) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!same(a[k], b[k])) return false;
  }
  return true;
}

/** `next`, or `prev` when they are equal: the old reference survives, so nothing re-renders. */
function keep<T>(prev: T, next: T): T {
  return same(prev, next) ? prev : next;
}

function keepList<T extends { blockId: string }>(
  prev: readonly T[],
  next: readonly T[],
  equal: (before: T, after: T) => boolean = same,
): readonly T[] {
  const old = new Map(prev.map((item) => [item.blockId, item]));
  let changed = prev.length !== next.length;
  const out = next.map((item, i) => {
    const before = old.get(item.blockId);
    const kept = before !== undefined && equal(before, item) ? before : item;
    if (kept !== prev[i]) changed = true;
    return kept;
  });
  return changed ? out : prev;
}

/**
 * Structural sharing between two reports: every part of `next` that equals the same part of
 * `prev` is replaced by `prev`'s object. After an edit, only the blocks, apps and gauges whose
 * results changed get new references — so only their views re-render.
 */
export function shareReport(prev: Report | undefined, next: Report): Report {
  if (prev === undefined) return next;
  const verdicts: StepVerdicts = new Map();
  const blocks = new Map(next.blocks);
  let blocksChanged = prev.blocks.size !== next.blocks.size;
  for (const [id, facts] of next.blocks) {
    const before = prev.blocks.get(id);
    if (before !== undefined && same(before, facts)) blocks.set(id, before);
    else blocksChanged = true;
  }
  const shared: Report = {
    diagnostics: keep(prev.diagnostics, next.diagnostics),
    hardware: keepList(prev.hardware, next.hardware),
    vms: keepList(prev.vms, next.vms),
    sharing: keep(prev.sharing, next.sharing),
    // An app's path and I/O path are as long as its stack: compared without listing them.
    apps: keepList(prev.apps, next.apps, (a, b) => sameAppCosts(a, b, same, verdicts)),
    totals: keep(prev.totals, next.totals),
    blocks: blocksChanged ? blocks : prev.blocks,
  };
  const unchanged = Object.entries(shared).every(([key, part]) => part === ownValue(prev, key));
  return unchanged ? prev : shared;
}
