import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_FOR_ROLE, TERM_FOR_RULE } from './glossary';
import { RULE_IDS } from './rules/ruleIds';

describe('the glossary', () => {
  // Text, so the words the lesson needs can be asked for as written.
  const ids = new Set<string>(GLOSSARY.map((t) => t.id));

  it('has every word the lesson needs, each with a source to read more', () => {
    for (const needed of [
      'hypervisor',
      'type-1',
      'type-2',
      'kernel',
      'guest-os',
      'container-engine',
      'image-layer',
      'copy-on-write',
      'nested-virtualization',
    ])
      expect(ids.has(needed)).toBe(true);
    for (const term of GLOSSARY) {
      expect(term.text.length).toBeGreaterThan(60);
      expect(term.sources.length).toBeGreaterThan(0);
      for (const url of term.sources) expect(url).toMatch(/^https?:\/\//);
    }
  });

  it('is reachable from every role a block can have and every rule', () => {
    // TERM_FOR_ROLE names a term for every role (its type is a Record over them all).
    for (const term of Object.values(TERM_FOR_ROLE)) expect(ids.has(term)).toBe(true);
    for (const rule of RULE_IDS) expect(ids.has(TERM_FOR_RULE[rule])).toBe(true);
  });
});
