import { internalError, readJsonText, type JsonRead } from '../load/readJson';
import { isRecord, ownValue, type RawRecord } from './fields';

/** A JSON object as read, before its fields are checked. */
export type RawObject = Readonly<RawRecord>;

/**
 * One step of a format's history: turns an object of version n into one of version n + 1. Pure:
 * it is given a copy, and returns the new object (which may be the same copy, changed).
 */
export type Migration = (old: RawRecord) => RawRecord;

/**
 * Everything the one reader needs to know about a format: how a document of it is tagged, which
 * version this build writes, and how each older version becomes the next. A new format, or a new
 * version of one, is a spec like this and one migration, each with a test.
 */
export type FormatSpec = {
  /** How a person names one, for messages: "design", "exercise", "saved design". */
  readonly what: string;
  /** The key and value every document of the format carries (`format: "stack-sandbox"`). */
  readonly tag: { readonly key: string; readonly value: string };
  /** The key its version is under. */
  readonly versionKey: string;
  /** The version this build reads and writes. */
  readonly current: number;
  /**
   * `migrations[v - 1]` turns version v into v + 1: there are `current - 1` of them. Every older
   * document is brought up to `current` before its fields are read, so the field readers only
   * ever know the current version.
   */
  readonly migrations: readonly Migration[];
  /** A document that does not say its version: read as version 1 (with a note), or refused. */
  readonly unversioned: 'version-1' | 'refuse';
};

/** Why a whole document was refused before any of its fields were read. */
export type OpenCode =
  'not-json' | 'too-large' | 'not-this-format' | 'bad-version' | 'newer-version' | 'internal-error';

export type Opened =
  | {
      readonly ok: true;
      /** The document brought to the current version (a copy when it was migrated). */
      readonly value: RawObject;
      /** The version it was written in (1 when it did not say). */
      readonly from: number;
      /** It did not say its version and was read as version 1. */
      readonly unversioned: boolean;
    }
  | { readonly ok: false; readonly code: OpenCode; readonly message: string };

/**
 * A format version as written: a whole number, or (hand-written, or by an old tool) the same
 * number as text, `"1"`. `undefined` when absent; `NaN` when it cannot be a version at all.
 */
export function readVersion(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : Number.NaN;
}

const refuse = (code: OpenCode, message: string): Opened => ({ ok: false, code, message });

/**
 * The first part of the one reader, the same for every format (design, exercise, saved design,
 * link, class data): JSON text (size and nesting checked before parsing) or a parsed value; the
 * format's tag; its version (a newer one is refused, clearly, and nothing is changed); then every
 * migration from its version up to the current one, each on a copy. Never throws: a fault of its
 * own is `internal-error`.
 */
export function openFormat(spec: FormatSpec, input: unknown): Opened {
  try {
    let value = input;
    if (typeof value === 'string') {
      const read: JsonRead = readJsonText(value);
      if (!read.ok) {
        const { code, message } = read.error;
        return refuse(
          code === 'too-large' || code === 'internal-error' ? code : 'not-json',
          message,
        );
      }
      value = read.value;
    }
    const { what, tag } = spec;
    if (!isRecord(value) || ownValue(value, tag.key) !== tag.value)
      return refuse('not-this-format', `This is not a Stack Sandbox ${what}.`);
    const written = readVersion(ownValue(value, spec.versionKey));
    if (written === undefined && spec.unversioned === 'refuse')
      return refuse('bad-version', `This ${what} does not say its version, so it was not opened.`);
    if (written !== undefined && Number.isNaN(written))
      return refuse(
        'bad-version',
        `This ${what} has an unreadable version number, so it was not opened.`,
      );
    const from = written ?? 1;
    if (from > spec.current)
      return refuse(
        'newer-version',
        `This ${what} was made with a newer Stack Sandbox (format version ${from}; this one reads version ${spec.current}). Reload the page to update, then open it again. Nothing was changed.`,
      );
    return {
      ok: true,
      value: migrate(spec, value, from),
      from,
      unversioned: written === undefined,
    };
  } catch {
    const failed = internalError(spec.what).error;
    return refuse('internal-error', failed.message);
  }
}

/** Brings a document of version `from` up to the current version, on a copy; untouched if current. */
function migrate(spec: FormatSpec, value: RawObject, from: number): RawObject {
  if (from === spec.current) return value;
  let doc = copyRecord(value);
  for (let v = from; v < spec.current; v++) {
    const step = spec.migrations[v - 1];
    if (step === undefined) throw new Error(`${spec.what}: no migration from version ${v}`);
    doc = step(doc);
  }
  doc[spec.versionKey] = spec.current;
  return doc;
}

/**
 * A deep copy of a JSON-like value (arrays, plain objects, primitives), so that a migration can
 * never change what it was given. Keys such as `__proto__` are copied as plain keys.
 */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  return isRecord(value) ? copyRecord(value) : value;
}

function copyRecord(value: RawObject): RawRecord {
  const copy: RawRecord = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: copyJson(ownValue(value, key)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
