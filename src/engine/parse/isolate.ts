import { BIDI_CONTROL } from './text';

/**
 * A piece of user text inside a sentence of ours, isolated (U+2068 … U+2069) so that a
 * right-to-left name stays in its place and cannot reorder the words around it. Any direction
 * control of its own is dropped, so it cannot end the isolation early. (Kept apart from ./text.ts,
 * and out of the engine's index: only what is loaded on demand uses it.)
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROL, '')}\u2069`;
}
