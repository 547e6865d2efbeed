import { formatBytes } from '../format';
import { DESIGN_LIMITS } from '../parse/limits';
import type { ParseErrorCode, ParseResult } from '../parse/types';
import { decodeText } from '../utf8';
import { jsonDepthExceeds } from './jsonDepth';
import { LOAD_LIMITS } from './loadLimits';

export type Refusal = Extract<ParseResult, { ok: false }>;
export type JsonRead = { ok: true; value: unknown } | Refusal;

export const refuse = (code: ParseErrorCode, message: string): Refusal => ({
  ok: false,
  error: { code, message },
});

/**
 * Said when the engine itself fails (a bug, never the input's fault): a result of its own, so the
 * "never throws" properties can tell a refusal from a fault and assert that faults never happen.
 */
export const internalError = (what: string): Refusal =>
  refuse(
    'internal-error',
    `Stack Sandbox could not read this ${what} because of a fault of its own. Nothing was changed; please report it.`,
  );

/** "This file is too large to be a design (5.1 MiB; the limit is 5 MiB)": never "5 MiB; … 5 MiB". */
export function tooLargeMessage(bytes: number, what = 'a design'): string {
  return `This file is too large to be ${what} (${formatBytes(bytes)}; the limit is ${formatBytes(LOAD_LIMITS.maxFileBytes)}).`;
}

/**
 * The first half of the door, for any JSON that enters the app (a design, an exercise, the
 * envelope a saved design sits in): size and nesting are checked before `JSON.parse`.
 */
export function readJsonText(text: string): JsonRead {
  // A byte-order mark is invisible and harmless; editors on Windows like to add one.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.length > DESIGN_LIMITS.maxTextLength) {
    return refuse(
      'too-large',
      `This is too large to be a design (over ${DESIGN_LIMITS.maxTextLength.toLocaleString('en')} characters of text).`,
    );
  }
  if (body.trim() === '') return refuse('not-json', 'This is empty: there is no design in it.');
  if (jsonDepthExceeds(body, LOAD_LIMITS.maxDepth)) {
    return refuse('not-json', 'This is not a design: it is nested far deeper than any design is.');
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return refuse('not-json', 'This is not a design: it is not valid JSON.');
  }
}

/** What a file that is not text most likely is, by its first bytes. */
const SIGNATURES: readonly [readonly number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG photo'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (Word, Excel and PowerPoint files are zips too)'],
];

function fromBytes(bytes: Uint8Array): JsonRead {
  if (bytes.byteLength > LOAD_LIMITS.maxFileBytes) {
    return refuse('too-large', tooLargeMessage(bytes.byteLength));
  }
  const text = decodeText(bytes);
  if (text !== undefined) return readJsonText(text);
  const kind = SIGNATURES.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1];
  return refuse(
    'not-json',
    `This is not a design file: ${kind ? `it is ${kind}` : 'it is not text (is it a picture or an archive?)'}.`,
  );
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
    return internalError('file');
  }
}
