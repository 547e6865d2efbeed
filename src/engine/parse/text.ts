import { DESIGN_LIMITS } from './limits';

// C0 controls and DEL would be invisible or break layout; a label is one line of plain text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Cleans one line of user text: control characters become spaces, and it is cut to
 * `maxLabel` code points (never in the middle of a surrogate pair). Idempotent.
 */
export function cleanText(text: string): { text: string; changed: boolean } {
  let out = text.replace(CONTROL, ' ');
  if (out.length > DESIGN_LIMITS.maxLabel) {
    // The first maxLabel code points lie within the first 2 × maxLabel code units.
    const head = Array.from(out.slice(0, 2 * DESIGN_LIMITS.maxLabel));
    out = head.slice(0, DESIGN_LIMITS.maxLabel).join('');
  }
  return { text: out, changed: out !== text };
}
