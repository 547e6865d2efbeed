import { DESIGN_FORMAT, DESIGN_VERSION, type Block } from '../design';
import { formatCount } from '../format';
import type { BlockId } from '../ids';
import type { BlockKind } from '../kinds';
import { internalError } from '../load/readJson';
import { line, ownValue } from '../read/fields';
import { openFormat, type FormatSpec, type OpenCode, type RawObject } from '../read/openFormat';
import { DESIGN_MIGRATIONS } from './designMigrations';
import { DESIGN_LIMITS } from './limits';
import { assignIds, readBlock, type BlockBody, type DraftBlock } from './readBlock';
import { repairHosts } from './repairHosts';
import { cleanText } from './text';
import type { ParseError, ParseErrorCode, ParseResult, ParseWarning } from './types';

const UNTITLED = 'Untitled design';

function fail(code: ParseErrorCode, message: string): ParseResult {
  return { ok: false, error: { code, message } satisfies ParseError };
}

/** How the one reader knows a design file (see `read/openFormat.ts`). */
export const DESIGN_SPEC: FormatSpec = {
  what: 'design',
  tag: { key: 'format', value: DESIGN_FORMAT },
  versionKey: 'version',
  current: DESIGN_VERSION,
  migrations: DESIGN_MIGRATIONS,
  unversioned: 'version-1',
};

/** The refusals of the one reader, as a design's error codes. */
const OPEN_CODES: Readonly<Record<OpenCode, ParseErrorCode>> = {
  'not-json': 'not-json',
  'too-large': 'too-large',
  'not-this-format': 'not-a-design',
  'bad-version': 'bad-version',
  'newer-version': 'newer-version',
  'internal-error': 'internal-error',
};

/** A block body with its settled id and host, in the key order files use. */
function withIdAndHost<K extends BlockKind>(
  body: BlockBody<K>,
  id: BlockId,
  on: BlockId | undefined,
): Block<K> {
  // Kind and variant first, then the host: spreading the body after keeps those keys in place.
  const head = { id, kind: body.kind, variant: body.variant };
  return { ...head, ...(on === undefined ? {} : { on }), ...body };
}

/** Reads the fields of a design already brought to the current version. */
function parseObject(input: RawObject, unversioned: boolean): ParseResult {
  const warnings: ParseWarning[] = [];
  const warn = (w: ParseWarning) => void warnings.push(w);
  if (unversioned) {
    warn({
      code: 'missing-version',
      message: 'The file did not say its version; it was read as version 1.',
    });
  }

  const rawName = ownValue(input, 'name');
  let name = UNTITLED;
  if (typeof rawName === 'string') {
    name = cleanText(rawName).text;
    if (name !== rawName)
      warn({ code: 'bad-name', message: 'The design name was shortened or cleaned.' });
  } else if (rawName !== undefined) {
    warn({
      code: 'bad-name',
      message: 'The design name was not text; it is now "Untitled design".',
    });
  }

  const rawBlocks = ownValue(input, 'blocks');
  if (!Array.isArray(rawBlocks)) {
    return fail('bad-blocks', 'This design has no list of blocks, so there is nothing to open.');
  }
  if (rawBlocks.length > DESIGN_LIMITS.maxBlocks) {
    return fail(
      'too-many-blocks',
      `This design has ${formatCount(rawBlocks.length)} blocks; the most Stack Sandbox opens is ${formatCount(DESIGN_LIMITS.maxBlocks)} (more would make the page freeze).`,
    );
  }

  const drafts: DraftBlock[] = [];
  rawBlocks.forEach((raw: unknown, i) => {
    const draft = readBlock(raw, i, warn);
    if (draft) drafts.push(draft);
  });
  const ids = assignIds(drafts, warn);
  const hosts = repairHosts(
    ids,
    drafts.map((d) => d.givenOn),
    warn,
  );
  const blocks = drafts.map((draft, i) => {
    const id = ids[i];
    // One id per draft, always: if not, it is a fault of ours, and reported as one (below).
    if (id === undefined) throw new Error('assignIds gave a draft no id');
    return withIdAndHost(draft.block, id, hosts[i]);
  });
  // Who handed it in, and for which exercise: plain one-line text, or absent.
  const author = line(ownValue(input, 'author'), DESIGN_LIMITS.maxLabel);
  const exercise = line(ownValue(input, 'exercise'), DESIGN_LIMITS.maxId);
  return {
    ok: true,
    design: {
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      name,
      ...(author ? { author } : {}),
      ...(exercise ? { exercise } : {}),
      blocks,
    },
    warnings,
  };
}

/**
 * The one door for untrusted designs (files, links, autosave, paste). Accepts a parsed JSON value
 * or JSON text, and returns the design with what was repaired, or a clear error. Never throws; a fault of its own
 * is `internal-error`, which the property tests assert never happens.
 *
 * One bad block is repaired or dropped with a warning and the rest loads; only a wrong envelope
 * (not a design, a newer version, too big) refuses the whole input.
 *
 * @example
 * const result = parseDesign(JSON.parse(text));
 * if (result.ok) show(result.design); else tell(result.error.message);
 */
export function parseDesign(input: unknown): ParseResult {
  const opened = openFormat(DESIGN_SPEC, input);
  if (!opened.ok) return fail(OPEN_CODES[opened.code], opened.message);
  try {
    return parseObject(opened.value, opened.unversioned);
  } catch {
    // A bug of ours (or a getter that throws, which no JSON can hold): never a normal refusal.
    return internalError('design');
  }
}
