import { DESIGN_FORMAT, DESIGN_VERSION, type Block } from '../design';
import { internalError, readJsonText } from '../load/readJson';
import { DESIGN_LIMITS } from './limits';
import { assignIds, readBlock, type DraftBlock } from './readBlock';
import { isRecord, ownValue } from './readProps';
import { repairHosts } from './repairHosts';
import { cleanText } from './text';
import type { ParseError, ParseErrorCode, ParseResult, ParseWarning } from './types';

const UNTITLED = 'Untitled design';

function fail(code: ParseErrorCode, message: string): ParseResult {
  return { ok: false, error: { code, message } satisfies ParseError };
}

/**
 * A format version as written: a whole number, or (hand-written, or by an old tool) the same
 * number as text, `"1"`. `undefined` when absent; `NaN` when it cannot be a version at all.
 */
export function readVersion(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : Number.NaN;
}

function parseObject(input: object): ParseResult {
  const format = ownValue(input, 'format');
  if (format !== DESIGN_FORMAT) {
    return fail(
      'not-a-design',
      'This is not a Stack Sandbox design (its "format" is not "stack-sandbox").',
    );
  }
  const warnings: ParseWarning[] = [];
  const warn = (w: ParseWarning) => void warnings.push(w);

  // A version written as text ("1", by hand or an old tool) is that version: nothing to repair.
  const version = readVersion(ownValue(input, 'version'));
  if (version === undefined) {
    warn({
      code: 'missing-version',
      message: 'The file did not say its version; it was read as version 1.',
    });
  } else if (Number.isNaN(version)) {
    return fail(
      'bad-version',
      'This design has an unreadable version number, so it was not opened.',
    );
  } else if (version > DESIGN_VERSION) {
    return fail(
      'newer-version',
      `This design was made with a newer Stack Sandbox (format version ${version}; this one reads version ${DESIGN_VERSION}). Reload the page to update, then open it again. Nothing was changed.`,
    );
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
      `This design has ${rawBlocks.length.toLocaleString('en')} blocks; the most Stack Sandbox opens is ${DESIGN_LIMITS.maxBlocks.toLocaleString('en')}.`,
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
    const on = hosts[i];
    const { kind, variant, ...rest } = draft.block;
    return { id: ids[i], kind, variant, ...(on === undefined ? {} : { on }), ...rest } as Block;
  });
  return {
    ok: true,
    design: { format: DESIGN_FORMAT, version: DESIGN_VERSION, name, blocks },
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
  try {
    let value = input;
    if (typeof value === 'string') {
      const read = readJsonText(value);
      if (!read.ok) return read;
      value = read.value;
    }
    if (!isRecord(value)) {
      return fail('not-a-design', 'This is not a Stack Sandbox design (it is not a JSON object).');
    }
    return parseObject(value);
  } catch {
    // A bug of ours (or a getter that throws, which no JSON can hold): never a normal refusal.
    return internalError('design');
  }
}
