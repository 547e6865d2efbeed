import { DESIGN_LIMITS } from '../parse/limits';
import type { ParseErrorCode, ParseResult } from '../parse/types';
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
    `Stack Sandbox failed to read this ${what}: a fault of its own. Nothing was changed.`,
  );

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
      'This is too large to be a design (over 16 million characters of text).',
    );
  }
  if (body.trim() === '') return refuse('not-json', 'This is empty: there is no design in it.');
  if (jsonDepthExceeds(body, LOAD_LIMITS.maxDepth)) {
    return refuse('not-json', 'This is not a design: it is nested far deeper than any design is.');
  }
  try {
    // What JSON.parse returns is untrusted: `unknown` until the format's readers check it.
    const value: unknown = JSON.parse(body);
    return { ok: true, value };
  } catch {
    return refuse('not-json', 'This is not a design: it is not valid JSON.');
  }
}
