import { DESIGN_LIMITS } from './limits';

// The engine's rules for text a student or a file gives us (labels, design names, exercise
// titles). They are applied where values are built — by the parser and by every edit — so what
// is saved always reads back exactly as it was.

/**
 * Explicit direction controls (embeddings, overrides, isolates). A label's direction comes from
 * its own letters; these would only let one name turn the sentence around it backwards.
 */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * A whole surrogate pair (kept), or half of one and U+FFFE/U+FFFF (replaced): no picture format
 * (SVG is XML) can hold those. No look-behind: older Safaris cannot parse it.
 */
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff\ufffe\uffff]/g;
/** C0 and C1 controls, DEL, and the line and paragraph separators: invisible, or line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x1f\x7f-\x9f\u2028\u2029]/g;

/**
 * `text` cut to at most `max` code points: never half a surrogate pair, so never half an emoji's
 * encoding. Counted in code points, not UTF-16 units, so 200 emoji fit in a 200-character label;
 * and the same in every browser and in Node. (Cutting between graphemes too, with
 * Intl.Segmenter, would also keep a family emoji or a flag whole; it costs the first download
 * about 40 bytes, which the budget did not have.)
 */
export function cutText(text: string, max: number): string {
  // Fewer code units than `max` means fewer code points too: nothing to count.
  if (text.length <= max) return text;
  let points = 0;
  let end = 0;
  // The first max + 1 code points lie within 2 × max + 2 code units: a 10 MB label costs no more.
  for (const char of text.slice(0, 2 * max + 2)) {
    if (++points > max) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Text any view, file or picture can hold: no controls, direction overrides or broken characters. */
export function plainText(text: string, multiline = false): string {
  return text
    .replace(BIDI_CONTROL, '')
    .replace(SURROGATES, (c) => (c.length === 2 ? c : '\ufffd'))
    .replace(CONTROL, (c) => (multiline && c === '\n' ? c : ' '));
}

/**
 * Cleans one line of user text (a label, a design name): `plainText`, cut to `max` code points.
 * Idempotent, and the one rule the parser and every edit share.
 */
export function cleanText(
  text: string,
  max: number = DESIGN_LIMITS.maxLabel,
): { text: string; changed: boolean } {
  const out = cutText(plainText(text), max);
  return { text: out, changed: out !== text };
}
