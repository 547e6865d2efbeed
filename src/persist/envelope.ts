import {
  openFormat,
  parseDesign,
  serializeDesign,
  type Design,
  type FormatSpec,
  type ParseWarning,
} from '@/engine';

/** Version of the storage envelope around a saved design. */
export const ENVELOPE_VERSION = 1;

/** One saved design, as written under its own key (one write, so it never tears). */
export type Envelope = {
  readonly app: 'stack-sandbox';
  readonly envelopeVersion: number;
  readonly id: string;
  /** Increases with every save: another tab's newer save is never silently overwritten. */
  readonly rev: number;
  /** Milliseconds since 1970. */
  readonly savedAt: number;
  /** Which tab wrote it. */
  readonly writer: string;
  readonly design: Design;
  /**
   * The exercise the design is the student's work on, as stored: untrusted until it has been
   * through parseExercise, which loads on demand (see documents.ts).
   */
  readonly exercise?: unknown;
};

export type ReadEnvelope =
  | {
      ok: true;
      envelope: Envelope;
      /** What the loader repaired in a partly damaged save: it opens, but only as a copy. */
      repairs: readonly ParseWarning[];
    }
  | { ok: false; reason: 'damaged' | 'newer'; message: string };

export function writeEnvelope(envelope: Envelope): string {
  // The design goes through the public file format, the same as a file would.
  return JSON.stringify({
    ...envelope,
    design: JSON.parse(serializeDesign(envelope.design)) as unknown,
  });
}

/** How the one reader knows a saved design's envelope (see the engine's `read/openFormat.ts`). */
export const ENVELOPE_SPEC: FormatSpec = {
  what: 'saved design',
  tag: { key: 'app', value: 'stack-sandbox' },
  versionKey: 'envelopeVersion',
  current: ENVELOPE_VERSION,
  migrations: [],
  unversioned: 'refuse',
};

/** Reads a saved design. Anything odd is "damaged" or "newer": never half a design. */
export function readEnvelope(raw: string): ReadEnvelope {
  const opened = openFormat(ENVELOPE_SPEC, raw);
  if (!opened.ok)
    return opened.code === 'newer-version'
      ? {
          ok: false,
          reason: 'newer',
          message:
            'This design was saved by a newer version of Stack Sandbox. Reload the page to update; it is kept as it is.',
        }
      : { ok: false, reason: 'damaged', message: `The saved design is damaged: ${opened.message}` };
  const e = opened.value as Partial<Record<keyof Envelope, unknown>>;
  if (typeof e.id !== 'string')
    return {
      ok: false,
      reason: 'damaged',
      message: 'The saved design is damaged (it has no id).',
    };
  // The whole text went through the loader's size and depth checks above: the design inside is
  // a parsed value, read by the same parser as any file.
  const design = parseDesign(e.design);
  if (!design.ok) {
    return design.error.code === 'newer-version'
      ? { ok: false, reason: 'newer', message: design.error.message }
      : {
          ok: false,
          reason: 'damaged',
          message: `The saved design is damaged: ${design.error.message}`,
        };
  }
  return {
    ok: true,
    repairs: design.warnings,
    envelope: {
      app: 'stack-sandbox',
      envelopeVersion: ENVELOPE_VERSION,
      id: e.id,
      rev: typeof e.rev === 'number' && Number.isFinite(e.rev) ? e.rev : 0,
      savedAt: typeof e.savedAt === 'number' && Number.isFinite(e.savedAt) ? e.savedAt : 0,
      writer: typeof e.writer === 'string' ? e.writer : '',
      design: design.design,
      ...(e.exercise === undefined ? {} : { exercise: e.exercise }),
    },
  };
}
