import { countOf, type Diagnostic, type Report } from '@/engine';

/** "No problems." / "2 errors, 1 warning." */
export function problemCount(report: Report): string {
  const { errors, warnings } = report.totals;
  if (errors === 0 && warnings === 0) return 'No problems.';
  return `${[errors > 0 && countOf(errors, 'error'), warnings > 0 && countOf(warnings, 'warning')].filter(Boolean).join(', ')}.`;
}

/**
 * What a screen-reader user hears after an edit: how the design's validity changed, and the first
 * new error in full, so nobody has to go looking for it.
 */
export function describeChange(
  before: Report,
  after: Report,
  introduced: readonly Diagnostic[],
): string {
  const first = introduced[0];
  if (first)
    return `New error: ${first.message} ${problemCount(after).replace(/\.$/, '')} in total.`;
  if (before.totals.errors > 0 && after.totals.errors === 0)
    return `No errors left. ${problemCount(after)}`;
  return problemCount(after);
}
