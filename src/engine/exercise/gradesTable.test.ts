import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printableSentence } from './grade';
import { wrap } from './gradesTable';

describe('wrap: a long name over several lines of the table', () => {
  it.each([
    ['short.json', 32, ['short.json']],
    // Breaks after the last dash in the second half of the line…
    [
      'networks-2024-spring-lab-2-final-ana.json',
      16,
      ['networks-2024-', 'spring-lab-2-', 'final-ana.json'],
    ],
    // …and anywhere when there is none (nothing to break after in the second half).
    ['abcdefghijklmnopqrstuvwxyz', 10, ['abcdefghij', 'klmnopqrst', 'uvwxyz']],
    ['', 10, ['']],
  ])('%j at %i', (text, max, lines) => {
    expect(wrap(text, max)).toEqual(lines);
  });

  it('drops nothing, and no line is longer than asked (counted in characters)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (text, max) => {
          const lines = wrap(text, max);
          expect(lines.join('')).toBe(text);
          for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

describe('printableSentence: the engine’s own sentence, for the terminal', () => {
  it('keeps the isolates around names and cleans everything else', () => {
    expect(printableSentence('\u2068App\u001b[2J A\u2069 runs\u202e as\u0007 app.')).toBe(
      '\u2068App [2J A\u2069 runs as  app.',
    );
  });

  it('closes an isolate it cuts off, so no name reorders the rest of the line', () => {
    // 12 characters: "First: " (7), the isolate (1) and "a ve" (4); then the isolate is closed.
    expect(printableSentence('First: \u2068a very long name\u2069.', 12)).toBe(
      'First: \u2068a ve\u2069',
    );
  });

  it('never leaves a control or an open isolate, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (text, max) => {
          const out = printableSentence(text, max);
          // eslint-disable-next-line no-control-regex
          expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066\u2067]/);
          let open = 0;
          for (const c of out)
            open = Math.max(0, open + (c === '\u2068' ? 1 : c === '\u2069' ? -1 : 0));
          expect(open).toBe(0);
        },
      ),
    );
  });
});
