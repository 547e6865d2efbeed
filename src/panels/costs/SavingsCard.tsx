import type { Design, Report, Savings } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useReport, useSandbox } from '@/store/SandboxContext';
import { formatMiB, formatPct } from '@/engine';

const selectSharing = (r: Report) => r.sharing;
const selectDesign = (s: { design: Design }) => s.design;

/** "App Y, App Z" — or, for a layer many apps share, the first few and how many more. */
function listApps(names: readonly string[]): string {
  const FEW = 5;
  if (names.length <= FEW) return names.join(', ');
  return `${names.slice(0, FEW).join(', ')} and ${names.length - FEW} more apps`;
}

function SavingsRow({ what, s }: { what: string; s: Savings }) {
  const actual = s.withoutSharingMiB > 0 ? (s.actualMiB / s.withoutSharingMiB) * 100 : 0;
  return (
    <div className="savings-row">
      <dt>{what}</dt>
      <dd>
        <span className="savings-numbers">
          without sharing <strong>{formatMiB(s.withoutSharingMiB)}</strong>, actually{' '}
          <strong>{formatMiB(s.actualMiB)}</strong>: saved{' '}
          <strong className="saved">
            {formatMiB(s.savedMiB)} ({formatPct(s.savedPct)})
          </strong>
        </span>
        <span className="savings-bar" aria-hidden="true">
          <span className="savings-actual" style={{ width: `${actual}%` }} />
        </span>
      </dd>
    </div>
  );
}

/**
 * Shared-library savings, front and centre: what the apps' library layers would cost if each app
 * had its own copy, what they actually cost with identical layers counted once per kernel, and
 * which layers are shared by which apps.
 */
export function SavingsCard() {
  const sharing = useReport(selectSharing);
  const design = useSandbox(selectDesign);
  const name = (id: string) => blockNameById(design, id);
  return (
    <section className="savings" aria-labelledby="savings-heading">
      <h3 id="savings-heading">Shared-library savings</h3>
      <dl className="savings-table">
        <SavingsRow what="Memory" s={sharing.memory} />
        <SavingsRow what="Disk" s={sharing.disk} />
      </dl>
      {sharing.layers.length === 0 ? (
        <p className="muted">
          No layer is shared yet. Stack two apps on the same Bins/Libs block — in one kernel — and
          its files are stored and loaded once.
        </p>
      ) : (
        <ul className="shared-layers" aria-label="Shared layers">
          {sharing.layers.map((layer) => (
            <li key={layer.blockIds.join(',')}>
              <strong>{name(layer.blockIds[0] as string)}</strong>
              {layer.blockIds.length > 1 ? ` (${layer.blockIds.length} identical blocks)` : ''} is
              shared by {listApps(layer.appIds.map(name))}: saves {formatMiB(layer.savedMemoryMiB)}{' '}
              of memory and {formatMiB(layer.savedDiskMiB)} of disk.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
