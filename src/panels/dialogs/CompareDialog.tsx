import {
  countOf,
  evaluate,
  formatCount,
  formatMiB,
  formatMs,
  type Design,
  type Report,
} from '@/engine';
import { otherWay } from '@/engine/present/otherWay';
import { useDocuments } from '@/persist/DocumentsContext';
import { openNew } from '@/persist/opening';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useMemo } from 'react';
import './compare.css';
import './dialogs-extra.css';
import { StackPicture } from './StackPicture';
import { useFullScreen } from './useFullScreen';

type Row = {
  what: string;
  get: (r: Report) => number;
  show: (n: number) => string;
  /** Counted things are "fewer"; amounts are "less". */
  count: boolean;
};

const average = (xs: readonly number[]) =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;

/** A count that may be an average: "4", or "3.5" when the apps differ. */
const few = (n: number) => (Number.isInteger(n) ? formatCount(n) : n.toFixed(1));

/** What the lesson compares, read off each design's report. */
const ROWS: readonly Row[] = [
  { what: 'Memory used', get: (r) => r.totals.memoryMiB, show: formatMiB, count: false },
  { what: 'Disk used', get: (r) => r.totals.diskMiB, show: formatMiB, count: false },
  {
    what: 'Start one more copy of an app',
    get: (r) => average(r.apps.map((a) => a.instanceStartMs)),
    show: formatMs,
    count: false,
  },
  {
    what: 'Layers a disk request crosses (I/O path)',
    get: (r) => average(r.apps.map((a) => a.ioPath.length)),
    show: (n) => `${few(n)} ${n === 1 ? 'layer' : 'layers'}`,
    count: true,
  },
  {
    what: 'More copies that fit (by memory)',
    get: (r) => average(r.apps.map((a) => a.extraCopies)),
    show: (n) => formatCount(Math.floor(n)),
    count: true,
  },
  {
    what: 'Kernels the apps run on (isolation)',
    get: (r) => new Set(r.apps.map((a) => r.blocks.get(a.blockId)?.kernelId)).size,
    show: (n) => countOf(n, 'kernel'),
    count: true,
  },
];

/** "2.4× less", "15× more": how the containers version compares. */
function ratio(a: number, b: number, count: boolean): string {
  if (a === b || a === 0 || b === 0) return 'the same';
  const times = Math.max(a, b) / Math.min(a, b);
  const size = times >= 10 ? times.toFixed(0) : String(Number(times.toFixed(1)));
  return `${size}× ${b > a ? 'more' : count ? 'fewer' : 'less'}`;
}

/**
 * The same apps as VMs and as containers, side by side, from either side: a design of VMs is
 * turned into containers, one of containers into VMs, and each line compares what the lesson
 * is about.
 */
export function CompareDialog() {
  const { store, reports: cache } = useSandboxApi();
  const documents = useDocuments();
  const design = useSandbox((s) => s.design);
  const close = store.getState().closeDialog;
  const other = useMemo(() => otherWay(design), [design]);
  // The open design's report is already in the cache; only the converted one is new.
  const converted = useMemo(() => other && evaluate(other.conversion.design), [other]);
  const screen = useFullScreen();
  if (!other || !converted) {
    return (
      <Dialog title="Compare: VMs and containers" onClose={close} className="dialog-wide">
        <p className="banner is-info">
          This design has no apps in VMs or in containers to compare yet. Open one of the lesson’s
          figures (Templates) or build some, then compare again.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }
  const toContainers = other.as === 'containers';
  const vms = toContainers ? design : other.conversion.design;
  const containers = toContainers ? other.conversion.design : design;
  const reports = toContainers ? [cache.get(design), converted] : [converted, cache.get(design)];
  const sides: readonly [string, Design][] = [
    ['As virtual machines', vms],
    ['As containers', containers],
  ];
  const apps = reports[0]!.apps.length;
  const { converted: count, kept } = other.conversion;
  return (
    <Dialog
      title="Compare: VMs and containers"
      onClose={close}
      className={`dialog-wide compare${screen.full ? ' is-full' : ''}`}
    >
      <div className="compare-pictures">
        {sides.map(([title, d]) => (
          <figure key={title}>
            <figcaption>
              {title}
              {d === design ? ' (this design)' : ''}
            </figcaption>
            <StackPicture design={d} label={`${title}: ${countOf(d.blocks.length, 'block')}`} />
          </figure>
        ))}
      </div>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{apps === 1 ? 'The same app' : `The same ${apps} apps`}</th>
            <th scope="col">As VMs</th>
            <th scope="col">As containers</th>
            <th scope="col">With containers</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const [a, b] = reports.map((r) => row.get(r)) as [number, number];
            return (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.show(a)}</td>
                <td>{row.show(b)}</td>
                <td>{ratio(a, b, row.count)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {kept.length > 0 && <p className="small muted">Kept as they were: {kept.join('; ')}.</p>}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            close();
            openNew(
              documents,
              other.conversion.design,
              toContainers
                ? `Converted ${countOf(count, 'VM')} into containers, as a design of its own`
                : `Converted ${countOf(count, 'container')} into VMs, as a design of its own`,
            );
          }}
        >
          {toContainers ? 'Open the container version' : 'Open the VM version'}
        </button>
        <button
          type="button"
          aria-pressed={screen.full}
          title={screen.full ? 'Leave full screen (Esc)' : 'For the projector: the whole screen'}
          onClick={(e) =>
            screen.full ? screen.leave() : screen.enter(e.currentTarget.closest('[role="dialog"]'))
          }
        >
          Full screen
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
