import { useSandbox } from '@/store/SandboxContext';
import type { SandboxState } from '@/store/types';
import { lazy, Suspense } from 'react';
import './costs.css';

const selectEmpty = (s: SandboxState) => s.design.blocks.length === 0;

// The figures, gauges and per-app cards load once there is something to cost: an empty canvas
// (a newcomer's first screen) needs none of them.
const CostDetails = lazy(() => import('./CostDetails').then((m) => ({ default: m.CostDetails })));

/**
 * What the design costs: the whole design first (and the same apps the other way), then
 * shared-library savings, each machine and VM, and each app.
 */
export function CostsPanel() {
  const empty = useSandbox(selectEmpty);
  return (
    <section className="panel costs" aria-labelledby="costs-heading">
      <h2 id="costs-heading" className="panel-title">
        Costs
      </h2>
      {empty ? (
        <p className="muted">
          Nothing to cost yet. Put a machine on the canvas and stack on it: what it uses, what
          shared libraries save and how fast each app starts appear here.
        </p>
      ) : (
        <Suspense fallback={<p className="muted">Working out the costs…</p>}>
          <CostDetails />
        </Suspense>
      )}
    </section>
  );
}
