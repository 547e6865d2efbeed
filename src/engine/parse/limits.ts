/**
 * Hard limits on what a design may contain. Anything beyond them is a typo, a broken file or an
 * attack, and would only make the browser slow for everyone in the room.
 */
export const DESIGN_LIMITS = {
  /**
   * Most blocks a design may hold. The biggest lesson design has a few dozen; a class exercise
   * that fills a machine, a few hundred. Opening thousands froze the page for seconds (measured
   * by `npm run bench:open`: the canvas, the panels and the checks all grow with the design), so
   * the limit stays where a school laptop still answers.
   */
  maxBlocks: 1_000,
  /** Longest block label or design name, in characters (code points). */
  maxLabel: 200,
  /** Longest block id, in characters. */
  maxId: 200,
  /** Largest JSON text `parseDesign` will read, in UTF-16 code units (about 16 MB). */
  maxTextLength: 16 * 1024 * 1024,
  /** Positions are clamped to ±this many canvas pixels. */
  maxCoordinate: 10_000_000,
} as const;

/** A position as stored: a number on the canvas (within ±maxCoordinate), never NaN or -0. */
export function clampCoordinate(value: number | undefined): number {
  const limit = DESIGN_LIMITS.maxCoordinate;
  return Number.isFinite(value) ? Math.max(-limit, Math.min(limit, value as number)) + 0 : 0;
}
