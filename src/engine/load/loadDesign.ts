import { parseDesign } from '../parse/parseDesign';
import type { ParseResult } from '../parse/types';
import { readJsonInput } from './readBytes';

export { readJsonText } from './readJson';
export { readJsonInput, tooLargeMessage } from './readBytes';

/** Where untrusted input came from (for messages; every source goes through the same checks). */
export type LoadSource = 'file' | 'link' | 'autosave' | 'paste' | 'other-tab';

/**
 * The one loader for every source — file, link, autosave, paste, another tab: checks size and
 * nesting before anything is parsed, then goes through `parseDesign`. Accepts bytes, text or an
 * already parsed value. Never throws: a fault of the engine's own is `internal-error`.
 */
export function loadDesign(input: unknown, _source: LoadSource): ParseResult {
  const read = readJsonInput(input);
  return read.ok ? parseDesign(read.value) : read;
}
