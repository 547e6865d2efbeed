import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { arbitraryRawDesign } from '../../../tests/helpers/arbitraries';
import { trickyLabel } from '../../../tests/helpers/labels';
import { TEMPLATES } from '../templates';
import { parseDesign } from '../parse/parseDesign';
import { utf8Encode } from '../utf8';
import { asBlockId } from '../ids';
import { fromBase64Url, toBase64Url } from './base64url';
import { BUILT_IN_EXERCISES } from '../exercise/builtInExercises';
import { forStudents } from '../exercise/exercise';
import { expectOk, expectRefused } from '../../../tests/helpers/results';
import { crc32 } from './crc32';
import { decodeShareLink, encodeExerciseLink, encodeShareLink } from './shareLink';

let inputs = 0;
afterAll(() => console.log(`share-link property tests tried ${inputs.toLocaleString('en')} links`));

const accepted = fc
  .tuple(arbitraryRawDesign(25), fc.array(trickyLabel, { maxLength: 25 }))
  .map(([raw, labels]) => {
    const r = parseDesign({
      ...raw,
      blocks: raw.blocks.map((b, i) => (labels[i] === undefined ? b : { ...b, label: labels[i] })),
    });
    if (!r.ok) throw new Error('generator');
    return r.design;
  });
const containers = TEMPLATES.find((t) => t.id === 'containers')!.design;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('share links', () => {
  it('round-trip every design exactly (emoji, right-to-left text, repaired lone surrogates)', () => {
    fc.assert(
      fc.property(accepted, fc.constantFrom('edit', 'view'), (design, kind) => {
        inputs++;
        // 25 blocks at most: always short enough to share.
        const link = expectOk(encodeShareLink(design, kind));
        const back = decodeShareLink(link.fragment);
        expect(back.ok && back.kind).toBe(kind);
        expect(back.ok && back.kind !== 'exercise' && back.result.design).toEqual(design);
      }),
      { numRuns: 300 },
    );
  });

  it('turn every strict prefix into "damaged" (never half a design)', () => {
    const link = encodeShareLink(containers, 'edit');
    if (!link.ok) throw new Error('encode');
    for (let n = 0; n < link.fragment.length; n++) {
      inputs++;
      const r = decodeShareLink(link.fragment.slice(0, n));
      expect(r.ok, `prefix of ${n}`).toBe(false);
    }
  });

  it('reject every single-character change, or decode it to the very same design', () => {
    fc.assert(
      fc.property(accepted, fc.nat(), fc.nat(), (design, where, what) => {
        inputs++;
        const link = expectOk(encodeShareLink(design, 'edit'));
        const at = 1 + (where % (link.fragment.length - 1));
        const changed =
          link.fragment.slice(0, at) + ALPHABET[what % 64] + link.fragment.slice(at + 1);
        const r = decodeShareLink(changed);
        if (r.ok) expect(r.kind !== 'exercise' && r.result.design).toEqual(design);
      }),
      { numRuns: 1000 },
    );
  });

  it('say how far a link travels, and refuse one too long to share', () => {
    const short = encodeShareLink(containers, 'edit');
    expect(short).toMatchObject({ ok: true, tier: 'chat' });
    expect(short.chars).toBeLessThan(2000);
    const blocks = Array.from({ length: 3000 }, (_, i) => ({
      ...containers.blocks[0]!,
      id: asBlockId(`hw-${i}`),
      label: `Machine ${i} ${Math.random()}`,
    }));
    const huge = encodeShareLink({ ...containers, blocks }, 'edit');
    expect(expectRefused(huge).message).toMatch(/too long.*file/);
  });

  it('stop a decompression bomb before it unpacks', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const packed = deflateSync(zeros, { level: 9 });
    const bytes = new Uint8Array(8 + packed.length);
    new DataView(bytes.buffer).setUint32(0, 1000);
    new DataView(bytes.buffer).setUint32(4, crc32(zeros.subarray(0, 1000)));
    bytes.set(packed, 8);
    expect(decodeShareLink(`#d1.${toBase64Url(bytes)}`)).toMatchObject({
      ok: false,
      code: 'link-too-large',
    });
  });

  it('explain a link from a newer version, and a link that is not a design', () => {
    const json = utf8Encode(JSON.stringify({ format: 'stack-sandbox', version: 9, blocks: [] }));
    const packed = deflateSync(json);
    const bytes = new Uint8Array(8 + packed.length);
    new DataView(bytes.buffer).setUint32(0, json.length);
    new DataView(bytes.buffer).setUint32(4, crc32(json));
    bytes.set(packed, 8);
    expect(decodeShareLink(`#d1.${toBase64Url(bytes)}`)).toMatchObject({
      ok: false,
      code: 'newer-version',
    });
    // A link format from a newer version is named as such, not called "not a link".
    expect(decodeShareLink('#d2.AAAA')).toMatchObject({ ok: false, code: 'newer-version' });
    expect(decodeShareLink('#hello')).toMatchObject({ ok: false, code: 'not-a-link' });
    expect(decodeShareLink('#d1.%E0%A4%A')).toMatchObject({ ok: false, code: 'link-damaged' });
  });
});

describe('exercise links', () => {
  /** The JSON a link carries, read without the exercise reader (which would drop unknown keys). */
  const carried = (fragment: string) => {
    const bytes = fromBase64Url(fragment.slice('#e1.'.length))!;
    return new TextDecoder().decode(inflateSync(bytes.subarray(8)));
  };

  it.each(BUILT_IN_EXERCISES.map((e) => [e.id, e] as const))(
    '%s: a link is the students’ copy, never the answer key or the notes',
    (_id, exercise) => {
      expect(exercise.teacher?.answer).toBeDefined();
      const link = encodeExerciseLink(exercise);
      if (!link.ok) throw new Error(link.message);
      const text = carried(link.fragment);
      expect(text).not.toContain('"teacher"');
      expect(text).not.toContain(exercise.teacher!.notes!);
      const back = decodeShareLink(link.fragment);
      expect(back.ok && back.kind === 'exercise' && back.exercise).toEqual(forStudents(exercise));
    },
  );
});
