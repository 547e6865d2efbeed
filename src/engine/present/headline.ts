import type { Report } from '../report';

/** What a whole design costs, in the few numbers the lesson compares. */
export type Headline = {
  readonly memoryMiB: number;
  readonly diskMiB: number;
  /** Apps that run (installed on something). */
  readonly apps: number;
  /** Kernels those apps run on: 1 for containers on one host, one per VM for VMs. */
  readonly kernels: number;
  /** Starting one more copy of an app, on average over the apps; undefined with no app. */
  readonly newCopyMs: number | undefined;
};

/** The headline of a report: memory and disk of every machine, apps, kernels, a new copy. */
export function headlineOf(report: Report): Headline {
  const running = report.apps.filter((a) => a.runs);
  const kernels = new Set(running.map((a) => report.blocks.get(a.blockId)?.kernelId)).size;
  const newCopyMs =
    running.length === 0
      ? undefined
      : running.reduce((sum, a) => sum + a.instanceStartMs, 0) / running.length;
  return {
    memoryMiB: report.totals.memoryMiB,
    diskMiB: report.totals.diskMiB,
    apps: running.length,
    kernels,
    newCopyMs,
  };
}
