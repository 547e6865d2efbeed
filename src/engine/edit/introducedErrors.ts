import type { Report } from '../report';
import type { Diagnostic } from '../rules/types';

const keyOf = (d: Diagnostic) => `${d.rule}\u0000${d.blockIds.join('\u0000')}`;

/**
 * The errors an edit would introduce: errors of `after` that `before` did not have. Guided mode
 * refuses an edit that introduces any, and shows them as the reason.
 */
export function introducedErrors(before: Report, after: Report): Diagnostic[] {
  const had = new Set(before.diagnostics.filter((d) => d.severity === 'error').map(keyOf));
  return after.diagnostics.filter((d) => d.severity === 'error' && !had.has(keyOf(d)));
}
