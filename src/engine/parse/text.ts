import { DESIGN_LIMITS } from './limits';

// The engine's rules for text a student or a file gives us (labels, design names, exercise
// titles). They are applied where values are built — by the parser and by every edit — so what
// is saved always reads back exactly as it was.

/**
 * Explicit direction controls (embeddings, overrides, isolates). A label's direction comes from
 * its own letters; these would only let one name turn the sentence around it backwards.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * A whole surrogate pair (kept), or half of one and U+FFFE/U+FFFF (replaced): no picture format
 * (SVG is XML) can hold those. No look-behind: older Safaris cannot parse it.
 */
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff\ufffe\uffff]/g;
/** C0 and C1 controls, DEL, and the line and paragraph separators: invisible, or line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** The same, but keeping line breaks (a brief, a hint). */
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : undefined;

/**
 * `text` cut to at most `max` code points, only ever between two graphemes: never half an emoji,
 * never a letter without its accent. Length is counted in code points so that every browser and
 * Node agree on it (grapheme rules change with Unicode versions); where to cut uses graphemes.
 */
export function cutText(text: string, max: number): string {
  // Fewer code units than `max` means fewer code points too: nothing to count.
  if (text.length <= max) return text;
  // The first max + 1 code points lie within 2 × max + 2 code units. Whether a grapheme ends at
  // a point depends only on what comes before it and the one character after, so cutting this
  // window first changes no boundary we use (and a 10 MB label costs no more than a short one).
  const head = text.slice(0, 2 * max + 2);
  let points = 0;
  if (graphemes) {
    for (const { segment, index } of graphemes.segment(head)) {
      for (const _ of segment) points++;
      if (points > max) return text.slice(0, index);
    }
    return text;
  }
  let end = 0;
  for (const char of head) {
    if (++points > max) return text.slice(0, end);
    end += char.length;
  }
  return text;
}

/** Text any view, file or picture can hold: no controls, direction overrides or broken characters. */
export function plainText(text: string, multiline = false): string {
  return text
    .replace(BIDI_CONTROL, '')
    .replace(SURROGATES, (c) => (c.length === 2 ? c : '\ufffd'))
    .replace(multiline ? CONTROL_BUT_NEWLINE : CONTROL, ' ');
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

/** Several lines of user text (an exercise's brief, a hint): the same rules, line breaks kept. */
export function cleanLongText(text: string, max: number): string {
  return cutText(plainText(text, true), max);
}

/**
 * A piece of user text inside a sentence of ours, isolated (U+2068 … U+2069) so that a
 * right-to-left name stays in its place and cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROL, '')}\u2069`;
}
