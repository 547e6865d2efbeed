import fc from 'fast-check';

/**
 * Labels that break careless codecs: emoji (surrogate pairs), right-to-left text and its
 * override mark, zero-width joiners, lone surrogates, quotes, and HTML-looking text.
 */
export const trickyLabel = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'App 🙂 Y',
    'שרת ‮ RTL',
    'مرحبا',
    'a\u200db',
    '\ud800',
    'x\udfffy',
    '"quoted" \\ back',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
  ),
);
