import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trickyLabel } from '../../../tests/helpers/labels';
import { isolate } from './isolate';
import { cleanText, cutText, plainText } from './text';

describe('cleanText: the one rule for a line of user text', () => {
  it.each([
    ['a tab pasted from a spreadsheet', 'Rack\t7', 'Rack 7'],
    ['a line break', 'App\nY', 'App Y'],
    ['a C1 control (U+009B, a terminal CSI)', 'A\u009b2JB', 'A 2JB'],
    ['a line separator', 'A\u2028B', 'A B'],
    ['a right-to-left override', 'photo\u202egnp.exe', 'photognp.exe'],
    ['an isolate and a stray pop', '\u2066a\u2069\u2069b', 'ab'],
    ['half an emoji', 'x\ud83d', 'x\ufffd'],
    ['a lone low surrogate', '\ude42y', '\ufffdy'],
    ['U+FFFF and U+FFFE', 'a\uffffb\ufffe', 'a\ufffdb\ufffd'],
    ['right-to-left letters (kept)', 'שרת 1', 'שרת 1'],
    ['a right-to-left mark (kept)', 'a\u200fb', 'a\u200fb'],
    ['a whole emoji and a family (kept)', '🙂 👩‍👩‍👧‍👦', '🙂 👩‍👩‍👧‍👦'],
  ])('%s', (_, input, output) => {
    expect(cleanText(input)).toEqual({ text: output, changed: input !== output });
  });

  it('is idempotent on any text: what it gives back, it leaves alone', () => {
    fc.assert(
      fc.property(fc.oneof(trickyLabel, fc.string({ unit: 'binary', maxLength: 500 })), (text) => {
        const once = cleanText(text).text;
        expect(cleanText(once)).toEqual({ text: once, changed: false });
      }),
      { numRuns: 1000 },
    );
  });

  it('removes direction controls that would pair up a surrogate, and stays idempotent', () => {
    // Removing the override joins the two halves into one emoji: whole, so it is kept.
    expect(cleanText('\ud83d\u202e\ude42').text).toBe('🙂');
  });
});

describe('cutText', () => {
  it('counts code points, so a 200-emoji label fits, and never cuts a surrogate pair', () => {
    expect(cutText('🙂'.repeat(200), 200)).toBe('🙂'.repeat(200));
    // 199 letters leave room for one code point: the emoji (two UTF-16 units) goes whole.
    expect(cutText(`${'a'.repeat(199)}🙂🙂`, 200)).toBe(`${'a'.repeat(199)}🙂`);
    expect(cutText(`${'a'.repeat(200)}🙂`, 200)).toBe('a'.repeat(200));
  });

  it('takes no longer on 10 MB than on a short label', () => {
    // Only the head is segmented: 2 × 200 + 2 code units hold the first 201 code points.
    expect(cutText('x'.repeat(10_000_000), 200)).toBe('x'.repeat(200));
  });
});

describe('plainText and isolate', () => {
  it('keeps line breaks when asked, for a brief', () => {
    expect(plainText('One.\nTwo.\u0007', true)).toBe('One.\nTwo. ');
  });

  it('isolates a name so it cannot turn the sentence around it, even one that tries', () => {
    expect(`Opened “${isolate('\u2069\u202eevil')}”`).toBe('Opened “\u2068evil\u2069”');
  });
});
