import type { Design } from '../design';
import type { BlockId } from '../ids';

/** Why a whole input was refused. Nothing of it is loaded. */
export type ParseErrorCode =
  | 'not-json'
  | 'too-large'
  | 'not-a-design'
  | 'newer-version'
  | 'bad-version'
  | 'bad-blocks'
  | 'too-many-blocks'
  | 'unreadable'
  /** A fault of the engine's own, never the input's: tests assert it never happens. */
  | 'internal-error';

/** What was repaired or dropped while the rest of the design loaded. */
export type ParseWarningCode =
  | 'missing-version'
  | 'bad-name'
  | 'bad-block'
  | 'bad-id'
  | 'duplicate-id'
  | 'unknown-kind'
  | 'unknown-variant'
  | 'bad-host'
  | 'dangling-host'
  | 'host-cycle'
  | 'bad-position'
  | 'bad-label'
  | 'bad-prop';

export type ParseError = { readonly code: ParseErrorCode; readonly message: string };

export type ParseWarning = {
  readonly code: ParseWarningCode;
  readonly message: string;
  /** The block concerned, when there is one (after any renaming). */
  readonly blockId?: BlockId;
};

/** The result of reading untrusted input. Never thrown: always returned. */
export type ParseResult =
  | { readonly ok: true; readonly design: Design; readonly warnings: readonly ParseWarning[] }
  | { readonly ok: false; readonly error: ParseError };
