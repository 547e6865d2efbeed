import type { Design, Report } from '@/engine';
import { formatMiB, formatPct } from '@/engine';

/** The costs summary written under an exported picture, one line each. */
export function imageLegend(design: Design, report: Report, date: Date): string[] {
  const { totals, sharing } = report;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const lines = [
    `${design.name} — Stack Sandbox, ${date.toISOString().slice(0, 10)}`,
    `Memory ${formatMiB(totals.memoryMiB)} of ${formatMiB(totals.capacityMemoryMiB)} · disk ${formatMiB(totals.diskMiB)} of ${formatMiB(totals.capacityDiskMiB)} · ${plural(totals.apps, 'app')}`,
    sharing.memory.savedMiB > 0 || sharing.disk.savedMiB > 0
      ? `Shared libraries save ${formatMiB(sharing.memory.savedMiB)} of memory (${formatPct(sharing.memory.savedPct)}) and ${formatMiB(sharing.disk.savedMiB)} of disk (${formatPct(sharing.disk.savedPct)})`
      : 'No library layer is shared',
    totals.errors + totals.warnings === 0
      ? 'No problems'
      : `Problems: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`,
  ];
  return lines;
}
