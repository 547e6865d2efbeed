import { countOf, evaluate, formatMiB, formatMs, type Design, type Report } from '@/engine';
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
    return way && { as: way.as, headline: headlineOf(evaluate(way.conversion.design)) };
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
