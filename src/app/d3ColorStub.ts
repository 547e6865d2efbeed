/**
 * Stands in for `d3-color` in the build (see vite.config.ts). React Flow animates only the view
 * (a zoom and two offsets, all numbers), never a colour; d3-transition still pulls in colour
 * parsing with its table of 148 CSS colour names (~3.5 kB gzip on the first screen) for
 * attribute tweens nobody runs. Here nothing is a colour, so any string would be tweened as a
 * string: d3-transition's and d3-interpolate's own fallback when a value does not parse.
 */

/** Parses nothing: d3 then treats the value as a plain string (see d3-transition's tween). */
export function color(_value: string): null {
  return null;
}

function notBundled(): never {
  throw new Error('Colour interpolation is not part of Stack Sandbox: d3-color is not bundled.');
}

export const rgb = notBundled;
export const hsl = notBundled;
export const lab = notBundled;
export const hcl = notBundled;
export const cubehelix = notBundled;
