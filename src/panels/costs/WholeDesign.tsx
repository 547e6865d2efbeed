import {
  countOf,
  DESIGN_LIMITS,
  evaluate,
  formatMiB,
  formatMs,
  type Design,
  type Report,
} from '@/engine';
import { headlineOf } from '@/engine/present/headline';
import { otherWay } from '@/engine/present/otherWay';
import { useReport, useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { useMemo } from 'react';

const whole = (r: Report) => r;
const selectDesign = (s: { design: Design }) => s.design;
/** Beyond this, converting and evaluating the design a second time on every change is skipped. */
const OTHER_WAY_UP_TO = 400;

/**
 * The lesson's headline, first in the Costs panel: what the whole design costs, and — for a
 * design of VMs or of containers — what the very same apps would cost the other way, with one
 * click to compare them side by side. Figure 1.1 and figure 1.2 in two lines.
 */
export function WholeDesign() {
  const { store } = useSandboxApi();
  const report = useReport(whole);
  const design = useSandbox(selectDesign);
  const here = useMemo(() => headlineOf(report), [report]);
  const other = useMemo(() => {
    if (design.blocks.length > OTHER_WAY_UP_TO) return undefined;
    const way = otherWay(design);
    // Each app gets its own copy of the layers under it: on a deep stack of layers the other way
    // is many times the design's size (148 apps on a 148-deep chain: 11,000 blocks, half a
    // second to evaluate on every change). Only a conversion we would open is evaluated.
    if (!way || way.conversion.design.blocks.length > DESIGN_LIMITS.maxBlocks) return undefined;
    return { as: way.as, headline: headlineOf(evaluate(way.conversion.design)) };
  }, [design]);
  return (
    <section className="whole-design" aria-labelledby="whole-heading">
      <h3 id="whole-heading">The whole design</h3>
      <p>
        <strong>{formatMiB(here.memoryMiB)}</strong> of memory,{' '}
        <strong>{formatMiB(here.diskMiB)}</strong> of disk
        {here.apps > 0 && (
          <>
            {' '}
            — {countOf(here.apps, 'app')} on {countOf(here.kernels, 'kernel')}
            {here.newCopyMs !== undefined && (
              <>
                ; one more copy starts in <strong>{formatMs(here.newCopyMs)}</strong>
              </>
            )}
          </>
        )}
        .
      </p>
      {other && (
        <p className="other-way">
          <span>
            As {other.as === 'vms' ? 'VMs' : 'containers'}, the same apps would use{' '}
            <strong>{formatMiB(other.headline.memoryMiB)}</strong> on{' '}
            {countOf(other.headline.kernels, 'kernel')}
            {other.headline.newCopyMs !== undefined && (
              <>
                , one more copy in <strong>{formatMs(other.headline.newCopyMs)}</strong>
              </>
            )}
            .
          </span>{' '}
          <button type="button" onClick={() => store.getState().openDialog({ type: 'compare' })}>
            Compare
          </button>
        </p>
      )}
    </section>
  );
}
