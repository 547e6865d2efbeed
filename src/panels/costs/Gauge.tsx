import type { Gauge as GaugeData } from '@/engine';
import { formatMiB, formatPct } from '@/engine';

/** Used / free / over for one capacity, as a bar and in words (never by colour alone). */
export function Gauge({ label, gauge }: { label: string; gauge: GaugeData }) {
  const { capacityMiB, usedMiB, freeMiB, overMiB } = gauge;
  const pct = capacityMiB > 0 ? (usedMiB / capacityMiB) * 100 : usedMiB > 0 ? 100 : 0;
  const width = Math.min(100, pct);
  const words =
    overMiB > 0
      ? `${formatMiB(usedMiB)} of ${formatMiB(capacityMiB)}: over by ${formatMiB(overMiB)}`
      : `${formatMiB(usedMiB)} of ${formatMiB(capacityMiB)} used (${formatPct(pct)}), ${formatMiB(freeMiB)} free`;
  return (
    <div className={`gauge${overMiB > 0 ? ' is-over' : ''}`}>
      <div className="gauge-head">
        <span className="gauge-label">{label}</span>
        <span className="gauge-words">
          {overMiB > 0 && <span aria-hidden="true">✖ </span>}
          {words}
        </span>
      </div>
      <div
        className="gauge-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.max(capacityMiB, usedMiB)}
        aria-valuenow={usedMiB}
        aria-valuetext={words}
      >
        <span className="gauge-fill" style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
