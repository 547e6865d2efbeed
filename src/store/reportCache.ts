import { evaluate, sameStructure, shareReport, type Design, type Report } from '@/engine';

/**
 * The report is derived from the design, never stored. This cache makes deriving it cheap:
 * the same design (or one that differs only in positions) returns the same report without
 * evaluating, and a new report shares every unchanged part with the previous one.
 */
export type ReportCache = {
  get(design: Design): Report;
  /** How many times `evaluate` actually ran: tests check that moves never trigger it. */
  readonly evaluations: number;
};

export function createReportCache(): ReportCache {
  // Two entries: the current design and the one an edit is being checked against.
  let entries: { design: Design; report: Report }[] = [];
  let evaluations = 0;
  return {
    get(design) {
      const hit =
        entries.find((e) => e.design === design) ??
        entries.find((e) => sameStructure(e.design, design));
      let report: Report;
      if (hit) {
        report = hit.report;
      } else {
        evaluations++;
        report = shareReport(entries[0]?.report, evaluate(design));
      }
      if (entries[0]?.design !== design) entries = [{ design, report }, ...entries].slice(0, 2);
      return report;
    },
    get evaluations() {
      return evaluations;
    },
  };
}
