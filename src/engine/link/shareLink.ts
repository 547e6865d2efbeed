import { deflateSync, Inflate } from 'fflate';
import { formatCount } from '../format';
import type { Design } from '../design';
import { LINK_TIERS, LOAD_LIMITS, type LinkTier } from '../load/loadLimits';
import { loadDesign } from '../load/loadDesign';
import type { ParseResult } from '../parse/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { utf8Encode } from '../utf8';
import { crc32 } from './crc32';
import { forStudents, type Exercise } from '../exercise/exercise';
import { parseExercise } from '../exercise/parseExercise';

// A share link carries the whole design in the URL fragment (the part after #, which browsers
// never send to a server): `#d1.` (editable copy), `#v1.` (view only) or `#e1.` (an exercise),
// then base64url of
//   [4 bytes: length of the JSON] [4 bytes: CRC-32 of the JSON] [the JSON, deflated].
// The length and checksum turn any cut-off or altered link into "this link is damaged" instead
// of half a design; the length is also checked before inflating, which stops decompression bombs.

const LINK_KINDS = ['edit', 'view', 'exercise'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
const PREFIX: Record<LinkKind, string> = { edit: 'd1.', view: 'v1.', exercise: 'e1.' };

export type EncodedLink =
  | { ok: true; fragment: string; chars: number; tier: LinkTier; says: string }
  | { ok: false; chars: number; message: string };

export type DecodedLink =
  | { ok: true; kind: 'edit' | 'view'; result: Extract<ParseResult, { ok: true }> }
  | { ok: true; kind: 'exercise'; exercise: Exercise }
  | {
      ok: false;
      code: 'not-a-link' | 'link-damaged' | 'link-too-large' | 'not-a-design' | 'newer-version';
      message: string;
    };

/** The design as compact JSON (the file format without whitespace). */
function compactJson(design: Design): string {
  return JSON.stringify({
    format: design.format,
    version: design.version,
    name: design.name,
    blocks: design.blocks,
  });
}

function pack(jsonText: string, prefix: string): EncodedLink {
  const json = utf8Encode(jsonText);
  const packed = deflateSync(json, { level: 9, mem: 8 });
  const bytes = new Uint8Array(8 + packed.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, json.length);
  view.setUint32(4, crc32(json));
  bytes.set(packed, 8);
  const fragment = `#${prefix}${toBase64Url(bytes)}`;
  const tier = LINK_TIERS.find((t) => fragment.length <= t.upTo);
  if (!tier) {
    return {
      ok: false,
      chars: fragment.length,
      message: `This makes a link of ${formatCount(fragment.length)} characters — too long to share safely. Save it as a file instead.`,
    };
  }
  return { ok: true, fragment, chars: fragment.length, tier: tier.tier, says: tier.says };
}

/** Encodes a design into a share-link fragment, and says how far a link that long will travel. */
export function encodeShareLink(design: Design, kind: 'edit' | 'view'): EncodedLink {
  return pack(compactJson(design), PREFIX[kind]);
}

/**
 * An exercise as a link a teacher sends to the class (the starting design travels inside). A link
 * is always the students' copy: the teacher's part (the answer key, notes) never goes into one.
 */
export function encodeExerciseLink(exercise: Exercise): EncodedLink {
  const students = forStudents(exercise);
  // The starting design in its compact form, as a value inside the exercise's JSON.
  const start: unknown = JSON.parse(compactJson(students.start));
  return pack(JSON.stringify({ ...students, start }), PREFIX.exercise);
}

const damaged = (): DecodedLink => ({
  ok: false,
  code: 'link-damaged',
  message:
    'This link is damaged — part of it is missing or changed (chats sometimes cut long links). Ask for the link again, or for the design as a file.',
});

/** Inflates at most `limit` bytes, feeding the input in small slices so a bomb stops early. */
function inflateCapped(packed: Uint8Array, limit: number): Uint8Array | 'too-large' | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < packed.length && !over; at += 512) {
      inflate.push(packed.subarray(at, at + 512), at + 512 >= packed.length);
    }
  } catch {
    return undefined;
  }
  if (over) return 'too-large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads a share-link fragment (with or without `#`). Never throws; never returns half a design. */
export function decodeShareLink(fragment: string): DecodedLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const kind = LINK_KINDS.find((k) => text.startsWith(PREFIX[k]));
  if (!kind) {
    // A link format this version does not know yet (`#d2.`): made by a newer Stack Sandbox.
    return /^[dve]\d+\./.test(text)
      ? {
          ok: false,
          code: 'newer-version',
          message:
            'This link was made by a newer version of Stack Sandbox. Reload the page to update, then open the link again.',
        }
      : { ok: false, code: 'not-a-link', message: 'This is not a Stack Sandbox share link.' };
  }
  if (text.length > LOAD_LIMITS.maxLinkChars) {
    return {
      ok: false,
      code: 'link-too-large',
      message: 'This link is far too long to be a design.',
    };
  }
  const bytes = fromBase64Url(text.slice(PREFIX[kind].length));
  if (!bytes || bytes.length < 9) return damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0);
  const checksum = view.getUint32(4);
  if (length > LOAD_LIMITS.maxInflatedBytes) {
    return {
      ok: false,
      code: 'link-too-large',
      message: 'This link holds more than a design can be (over 4 MiB); it was not opened.',
    };
  }
  const json = inflateCapped(bytes.subarray(8), LOAD_LIMITS.maxInflatedBytes);
  if (json === 'too-large')
    return {
      ok: false,
      code: 'link-too-large',
      message: 'This link unpacks to more than a design can be; it was not opened.',
    };
  if (!json || json.length !== length || crc32(json) !== checksum) return damaged();
  if (kind === 'exercise') {
    const read = parseExercise(json);
    if (read.ok) return { ok: true, kind, exercise: read.exercise };
    return read.error.code === 'newer-version'
      ? { ok: false, code: 'newer-version', message: read.error.message }
      : { ok: false, code: 'not-a-design', message: read.error.message };
  }
  const read = loadDesign(json, 'link');
  if (!read.ok) {
    return read.error.code === 'newer-version'
      ? { ok: false, code: 'newer-version', message: read.error.message }
      : { ok: false, code: 'not-a-design', message: read.error.message };
  }
  return { ok: true, kind, result: read };
}
