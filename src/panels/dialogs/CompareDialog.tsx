import { evaluate, formatCount, formatMiB, formatMs, type Design, type Report } from '@/engine';
import { convertVmsToContainers } from '@/engine/present/toContainers';
import { useDocuments } from '@/persist/DocumentsContext';
import { openNew } from '@/persist/opening';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useMemo } from 'react';
import './dialogs-extra.css';
import { StackPicture } from './StackPicture';

type Row = {
  what: string;
  get: (r: Report) => number;
  show: (n: number) => string;
  /** Counted things are "fewer"; amounts are "less". */
  count: boolean;
};

const average = (xs: readonly number[]) =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;

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
    what: 'Blocks a disk request crosses (I/O path)',
    get: (r) => average(r.apps.map((a) => a.ioPath.length)),
    show: (n) => n.toFixed(1),
    count: true,
  },
  {
    what: 'More copies that fit',
    get: (r) => average(r.apps.map((a) => a.extraCopies)),
    show: (n) => formatCount(Math.floor(n)),
    count: true,
  },
  {
    what: 'Kernels the apps run on (isolation)',
    get: (r) => new Set(r.apps.map((a) => r.blocks.get(a.blockId)?.kernelId)).size,
    show: (n) => String(n),
    count: true,
  },
];

/** "2.4× less", "15× more": how the containers version compares. */
function ratio(a: number, b: number, count: boolean): string {
  if (a === b || a === 0 || b === 0) return 'the same';
  const times = Math.max(a, b) / Math.min(a, b);
  const size = times >= 10 ? times.toFixed(0) : times.toFixed(1);
  return `${size}× ${b > a ? 'more' : count ? 'fewer' : 'less'}`;
}

/**
 * The same apps as VMs and as containers, side by side: the containers version is built from the
 * VM one ("convert these VMs into containers"), and each line compares what the lesson is about.
 */
export function CompareDialog() {
  const { store, reports: cache } = useSandboxApi();
  const documents = useDocuments();
  const design = useSandbox((s) => s.design);
  const close = store.getState().closeDialog;
  const conversion = useMemo(() => convertVmsToContainers(design), [design]);
  const reports = useMemo(
    // The open design's report is already in the cache; only the converted one is new.
    () => [cache.get(design), evaluate(conversion.design)] as const,
    [cache, design, conversion],
  );
  const sides: readonly [string, Design][] = [
    ['As virtual machines', design],
    ['As containers', conversion.design],
  ];
  return (
    <Dialog title="Compare: VMs and containers" onClose={close} className="dialog-wide">
      {conversion.converted === 0 ? (
        <p className="banner is-info">
          This design has no Linux VMs to turn into containers. Open the virtual-machine figure
          (Templates) or build some VMs, then compare again.
          {conversion.kept.length > 0 && ` Kept as VMs: ${conversion.kept.join('; ')}.`}
        </p>
      ) : (
        <>
          <div className="compare-pictures">
            {sides.map(([title, d]) => (
              <figure key={title}>
                <figcaption>{title}</figcaption>
                <StackPicture design={d} label={`${title}: ${d.blocks.length} blocks`} />
              </figure>
            ))}
          </div>
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">The same {reports[0].apps.length} apps</th>
                <th scope="col">As VMs</th>
                <th scope="col">As containers</th>
                <th scope="col">Containers</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => {
                const [a, b] = reports.map(row.get) as [number, number];
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
          {conversion.kept.length > 0 && (
            <p className="small muted">Kept as VMs: {conversion.kept.join('; ')}.</p>
          )}
        </>
      )}
      <div className="dialog-actions">
        {conversion.converted > 0 && (
          <button
            type="button"
            onClick={() => {
              close();
              openNew(
                documents,
                conversion.design,
                `Converted ${conversion.converted} VMs into containers, as a design of its own`,
              );
            }}
          >
            Open the container version
          </button>
        )}
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
