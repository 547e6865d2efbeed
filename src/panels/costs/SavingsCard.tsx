import type { BlockId, Design, Report, Savings, SharedLayer } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useReport, useSandbox } from '@/store/SandboxContext';
import { countOf, formatMiB, formatPct } from '@/engine';
import { FirstFew } from '../FirstFew';

const selectSharing = (r: Report) => r.sharing;
/** Shared layers listed before "Show all": a chain of layers can share hundreds. */
const FIRST_LAYERS = 8;
const selectFacts = (r: Report) => r.blocks;
const selectDesign = (s: { design: Design }) => s.design;

/** "App Y, App Z" — or, for a layer many apps share, the first few and how many more. */
function listApps(layer: SharedLayer, name: (id: string) => string): string {
  const names = layer.firstAppIds.map(name).join(', ');
  const more = layer.appCount - layer.firstAppIds.length;
  if (more <= 0) return names;
  return `${names} and ${countOf(more, 'more app')}`;
}

function SavingsRow({ what, s }: { what: string; s: Savings }) {
  // The bar is named after what was saved, so it grows with the saving: empty when nothing is.
  const saved = Math.max(0, Math.min(100, s.savedPct));
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
        <span
          className="savings-bar"
          role="meter"
          aria-label={`${what} saved by sharing`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={saved}
          aria-valuetext={`${formatPct(s.savedPct)} saved`}
        >
          <span className="savings-saved" style={{ width: `${saved}%` }} />
        </span>
      </dd>
    </div>
  );
}

/**
 * Shared-library savings: what the apps' library layers would cost if each app had its own copy,
 * what they actually cost with identical layers counted once per kernel, and which layers are
 * shared by which apps (and in which VM, when the same layer is shared in several).
 */
export function SavingsCard() {
  const sharing = useReport(selectSharing);
  const facts = useReport(selectFacts);
  const design = useSandbox(selectDesign);
  const name = (id: string) => blockNameById(design, id);
  const kernelOf = (id: BlockId | undefined) =>
    id === undefined ? undefined : facts.get(id)?.kernelId;
  const kernels = new Set(sharing.layers.map((l) => kernelOf(l.blockIds[0])));
  const where = (id: BlockId | undefined) => {
    const kernel = kernelOf(id);
    return kernels.size > 1 && kernel !== undefined ? ` in ${name(kernel)}` : '';
  };
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
        <FirstFew
          items={sharing.layers}
          first={FIRST_LAYERS}
          showAll={(n) => `Show all ${n} shared layers`}
          showFewer="Show fewer layers"
        >
          {(shown) => (
            <ul className="shared-layers" aria-label="Shared layers">
              {shown.map((layer) => (
                <li key={layer.blockIds.join(',')}>
                  <strong>{name(layer.blockIds[0] as string)}</strong>
                  {layer.blockIds.length > 1 ? ` (${layer.blockIds.length} identical blocks)` : ''}
                  {where(layer.blockIds[0])} is shared by {listApps(layer, name)}: saves{' '}
                  {formatMiB(layer.savedMemoryMiB)} of memory and {formatMiB(layer.savedDiskMiB)} of
                  disk.
                </li>
              ))}
            </ul>
          )}
        </FirstFew>
      )}
    </section>
  );
}
