import { formatBytes } from '../formatBytes';
import { decodeText } from '../utf8';
import { LOAD_LIMITS } from './loadLimits';
import { internalError, readJsonText, refuse, type JsonRead } from './readJson';

// Bytes (a file) into JSON: only what opens files needs this, so it stays out of the first
// download (the saved designs the page starts with are text already).

/** "This file is too large to be a design (5.1 MiB; the limit is 5 MiB)": never "5 MiB; … 5 MiB". */
export function tooLargeMessage(bytes: number, what = 'a design'): string {
  return `This file is too large to be ${what} (${formatBytes(bytes)}; the limit is ${formatBytes(LOAD_LIMITS.maxFileBytes)}).`;
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
