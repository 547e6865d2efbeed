import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { parseDesign } from '../parse/parseDesign';
import { serializeDesign } from '../parse/serializeDesign';
import { EMPTY_TEMPLATE, TEMPLATES } from '.';

const rules = (id: string, severity: string) => {
  const t = TEMPLATES.find((x) => x.id === id)!;
  return evaluate(t.design)
    .diagnostics.filter((d) => d.severity === severity)
    .map((d) => d.rule)
    .sort();
};

describe('templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid design file', (_, t) => {
    const again = parseDesign(serializeDesign(t.design));
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.design).toEqual(t.design);
  });

  it.each([
    'virtual-machines',
    'containers',
    'type-1-server',
    'containers-in-vms',
    'docker-on-mac',
  ])('%s has no errors and no warnings', (id) => {
    expect(rules(id, 'error')).toEqual([]);
    expect(rules(id, 'warning')).toEqual([]);
  });

  it('the containers figure shows App Y and App Z sharing their libraries', () => {
    const t = TEMPLATES.find((x) => x.id === 'containers')!;
    const r = evaluate(t.design);
    expect(r.sharing.layers).toEqual([
      expect.objectContaining({ blockIds: ['libs-yz'], firstAppIds: ['app-y', 'app-z'] }),
    ]);
  });

  it('the broken stack has exactly four mistakes', () => {
    // The glibc Cache on Alpine fails to start ("not found"): a mistake, not a warning.
    expect(rules('broken-stack', 'error')).toEqual([
      'app-needs-kernel',
      'exec-format-error',
      'libc-mismatch',
      'type2-needs-host-os',
    ]);
    expect(rules('broken-stack', 'warning')).toEqual([]);
  });

  it('offers an empty design too', () => {
    expect(EMPTY_TEMPLATE.design.blocks).toEqual([]);
  });
});
