import type { Design, Report } from '@/engine';
import { countOf, formatMiB, formatMs, formatPct } from '@/engine';
import { headlineOf } from '@/engine/present/headline';

/** The costs summary written under an exported picture, one line each. */
export function imageLegend(design: Design, report: Report, date: Date): string[] {
  const { totals, sharing } = report;
  const headline = headlineOf(report);
  const apps =
    headline.apps === 0
      ? report.apps.length > 0
        ? 'no app runs yet'
        : 'no app yet'
      : `${countOf(headline.apps, 'app')} on ${countOf(headline.kernels, 'kernel')}${
          headline.newCopyMs === undefined
            ? ''
            : ` · one more copy starts in ${formatMs(headline.newCopyMs)}`
        }`;
  return [
    `${design.name} — Stack Sandbox, ${date.toISOString().slice(0, 10)}`,
    `Memory ${formatMiB(totals.memoryMiB)} of ${formatMiB(totals.capacityMemoryMiB)} · disk ${formatMiB(totals.diskMiB)} of ${formatMiB(totals.capacityDiskMiB)} · ${apps}`,
    sharing.memory.savedMiB > 0 || sharing.disk.savedMiB > 0
      ? `Shared libraries save ${formatMiB(sharing.memory.savedMiB)} of memory (${formatPct(sharing.memory.savedPct)}) and ${formatMiB(sharing.disk.savedMiB)} of disk (${formatPct(sharing.disk.savedPct)})`
      : 'No library layer is shared',
    totals.errors + totals.warnings === 0
      ? 'No problems'
      : `Problems: ${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')}`,
  ];
}
