import { cleanText, cutText, plainText } from '../parse/text';

// Small readers for the fields of untrusted documents, shared by every format: each returns the
// value when it is one this version accepts, and `undefined` (or '') when it is not.

/**
 * An object of an untrusted document, as read: any object can be read key by key, and what each
 * key holds is `unknown` until one of the readers below has checked it.
 */
export type RawRecord = Record<string, unknown>;

/** `Object.hasOwn` on anything, without trusting prototypes or getters to be sane. */
export function ownValue(record: Readonly<RawRecord>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** An object that is not an array (nor null): one whose fields can be read. */
export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line of text (a title, a name) by the engine's text rules; anything else is ''. */
export function line(value: unknown, max: number): string {
  return typeof value === 'string' ? cleanText(value, max).text.trim() : '';
}

/** Several lines of text (a brief, a hint, notes) by the engine's text rules; anything else is ''. */
export function paragraph(value: unknown, max: number): string {
  return typeof value === 'string' ? cutText(plainText(value, true), max) : '';
}

/** A whole number from 0 to `max`. */
export const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** A finite number from 0 to `max`. */
export const isAmount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;

/** One of a closed list of values (an enumerated figure, a role, a rule id). */
export function oneOf<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return values.find((value) => value === v);
}
