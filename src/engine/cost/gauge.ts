/** A capacity and how much of it is used. `freeMiB` and `overMiB` are never negative. */
export type Gauge = {
  readonly capacityMiB: number;
  readonly usedMiB: number;
  readonly freeMiB: number;
  /** How far use exceeds capacity (0 when it fits). */
  readonly overMiB: number;
};

/** Rounds to a thousandth of a MiB so sums of figures like 74.8 print as a teacher expects. */
export function roundMiB(mib: number): number {
  return Math.round(mib * 1000) / 1000 + 0;
}

export function makeGauge(capacity: number, used: number): Gauge {
  const capacityMiB = roundMiB(capacity);
  const usedMiB = roundMiB(used);
  return {
    capacityMiB,
    usedMiB,
    freeMiB: roundMiB(Math.max(0, capacityMiB - usedMiB)),
    overMiB: roundMiB(Math.max(0, usedMiB - capacityMiB)),
  };
}
