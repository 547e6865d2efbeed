import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_FOR_ROLE, TERM_FOR_RULE } from './glossary';
import { ROLE_LABELS } from './graph/roles';
import { RULE_IDS } from './rules/ruleIds';

describe('the glossary', () => {
  const ids = new Set(GLOSSARY.map((t) => t.id));

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
      expect(ids.has(needed as never)).toBe(true);
    for (const term of GLOSSARY) {
      expect(term.text.length).toBeGreaterThan(60);
      expect(term.sources.length).toBeGreaterThan(0);
      for (const url of term.sources) expect(url).toMatch(/^https?:\/\//);
    }
  });

  it('is reachable from every role a block can have and every rule', () => {
    for (const role of Object.keys(ROLE_LABELS))
      expect(ids.has(TERM_FOR_ROLE[role as never])).toBe(true);
    for (const rule of RULE_IDS) expect(ids.has(TERM_FOR_RULE[rule])).toBe(true);
  });
});
