import { DESIGN_LIMITS } from '../parse/limits';
import { parseDesign } from '../parse/parseDesign';
import type { ParseResult } from '../parse/types';
import { utf8Decode } from '../utf8';
import { jsonDepthExceeds } from './jsonDepth';
import { LOAD_LIMITS } from './loadLimits';

/** Where untrusted input came from (for messages; every source goes through the same checks). */
export type LoadSource = 'file' | 'link' | 'autosave' | 'paste' | 'other-tab';

const refuse = (
  code: 'too-large' | 'not-json',
  message: string,
): Extract<ParseResult, { ok: false }> => ({
  ok: false,
  error: { code, message },
});

/**
 * The first half of the door, for any JSON that enters the app (a design, or the envelope a saved
 * design sits in): size and nesting are checked before `JSON.parse`. Never throws.
 */
export function readJsonText(
  text: string,
): { ok: true; value: unknown } | Extract<ParseResult, { ok: false }> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('not-json', 'This is empty: there is no design in it.');
  if (body.length > DESIGN_LIMITS.maxTextLength) {
    return refuse('too-large', 'This is too large to be a design (over 16 MB of text).');
  }
  if (jsonDepthExceeds(body, LOAD_LIMITS.maxDepth)) {
    return refuse('not-json', 'This is not a design: it is nested far deeper than any design is.');
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return refuse('not-json', 'This is not a design: it is not valid JSON.');
  }
}

type JsonRead = { ok: true; value: unknown } | Extract<ParseResult, { ok: false }>;

function fromBytes(bytes: Uint8Array): JsonRead {
  if (bytes.byteLength > LOAD_LIMITS.maxFileBytes) {
    return refuse(
      'too-large',
      `This file is too large to be a design (${(bytes.byteLength / 1e6).toFixed(1)} MB; the limit is ${LOAD_LIMITS.maxFileBytes / 1024 / 1024} MB).`,
    );
  }
  const text = utf8Decode(bytes);
  if (text === undefined)
    return refuse(
      'not-json',
      'This is not a design file: it is not text (is it an image or a zip?).',
    );
  return readJsonText(text);
}

/**
 * Bytes, text or an already parsed value, as a JSON value: sizes and nesting checked first.
 * Shared by every loader (designs and exercises). Never throws.
 */
export function readJsonInput(input: unknown): JsonRead {
  try {
    if (input instanceof Uint8Array) return fromBytes(input);
    if (input instanceof ArrayBuffer) return fromBytes(new Uint8Array(input));
    if (typeof input === 'string') return readJsonText(input);
    return { ok: true, value: input };
  } catch {
    return { ok: false, error: { code: 'unreadable', message: 'This could not be read.' } };
  }
}

/**
 * The one loader for every source — file, link, autosave, paste, another tab: checks size and
 * nesting before anything is parsed, then goes through `parseDesign`. Accepts bytes, text or an
 * already parsed value. Never throws.
 */
export function loadDesign(input: unknown, _source: LoadSource): ParseResult {
  const read = readJsonInput(input);
  if (!read.ok) return read;
  try {
    return parseDesign(read.value);
  } catch {
    return { ok: false, error: { code: 'unreadable', message: 'This design could not be read.' } };
  }
}
