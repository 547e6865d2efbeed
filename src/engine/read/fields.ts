import { cleanText, cutText, plainText } from '../parse/text';

// Small readers for the fields of untrusted documents, shared by every format: each returns the
// value when it is one this version accepts, and `undefined` (or '') when it is not.

/** `Object.hasOwn` on anything, without trusting prototypes or getters to be sane. */
export function ownValue(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

export function isRecord(value: unknown): value is object {
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
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}
