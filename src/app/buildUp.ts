// The build-up, loaded when a teacher starts one: the design shown layer by layer from the
// hardware upward — the lesson's "stack" told as a story, with the costs at every step.
import { buildUpLayers, designUpTo } from '@/engine/present/buildUp';
import type { Sandbox } from '@/store/sandboxStore';
import type { Presentation } from '@/store/types';

function show(sandbox: Sandbox, p: Presentation) {
  const s = sandbox.store.getState();
  const step = p.steps[p.step];
  if (!step) return;
  s.present(p, designUpTo(p.full, p.depthOf, step.depth));
  s.announce(`Step ${p.step + 1} of ${p.steps.length}: ${step.adds}.`);
}

export function startBuildUp(sandbox: Sandbox) {
  const s = sandbox.store.getState();
  if (s.presentation || s.design.blocks.length === 0) return;
  const { depthOf, steps } = buildUpLayers(s.design);
  show(sandbox, { full: s.design, depthOf, steps, step: 0 });
}

/** Moves the build-up by `by` steps, or to the first or the last. */
export function stepBuildUp(sandbox: Sandbox, by: number | 'first' | 'last') {
  const p = sandbox.store.getState().presentation;
  if (!p) return;
  const last = p.steps.length - 1;
  const step = by === 'first' ? 0 : by === 'last' ? last : Math.min(last, Math.max(0, p.step + by));
  if (step !== p.step) show(sandbox, { ...p, step });
}

export function endBuildUp(sandbox: Sandbox) {
  const s = sandbox.store.getState();
  if (!s.presentation) return;
  s.present(undefined);
  s.announce('The build-up is over: the whole design is back.');
}
