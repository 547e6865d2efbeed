import { buildDesign } from '../../../tests/helpers/buildDesign';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { TEMPLATES } from '../templates';
import { buildUpLayers, designUpTo } from './buildUp';
import { convertVmsToContainers } from './toContainers';

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.design;
const errors = (d: Parameters<typeof evaluate>[0]) =>
  evaluate(d)
    .diagnostics.filter((x) => x.severity === 'error')
    .map((x) => x.message);

describe('build-up: a design told layer by layer from the hardware', () => {
  it('steps through figure 1.1: machine, host OS, hypervisor, guest OSes, libraries, apps', () => {
    const design = template('virtual-machines');
    const { steps, depthOf } = buildUpLayers(design);
    expect(steps.map((s) => s.adds)).toEqual([
      'Hardware',
      'Operating system',
      'Hypervisor',
      'Operating system',
      'Bins/Libs',
      'App',
    ]);
    // Two steps in: the machine and its host OS, and nothing stands on a block not yet shown.
    const partial = designUpTo(design, depthOf, 1);
    expect(partial.blocks.map((b) => b.id)).toEqual(['hw', 'host']);
    expect(errors(partial)).toEqual([]);
  });

  it('shows blocks that stand on nothing last, in a step of their own', () => {
    const design = {
      ...template('containers'),
      blocks: [...template('containers').blocks, { id: 'loose', kind: 'app', variant: 'web-app' }],
    } as Parameters<typeof buildUpLayers>[0];
    const { steps } = buildUpLayers(design);
    expect(steps.at(-1)?.adds).toBe('Blocks not installed on anything');
  });
});

describe('convert these VMs into containers', () => {
  it('turns figure 1.1 into a legal container stack that costs less and shares its layers', () => {
    const vms = template('virtual-machines');
    const { design, converted, kept } = convertVmsToContainers(vms);
    expect(converted).toBe(3);
    expect(kept).toEqual([]);
    expect(errors(design)).toEqual([]);
    const before = evaluate(vms);
    const after = evaluate(design);
    expect(after.apps.map((a) => after.blocks.get(a.blockId)?.role)).toEqual([
      'container',
      'container',
      'container',
    ]);
    expect(after.totals.memoryMiB).toBeLessThan(before.totals.memoryMiB / 2);
    expect(after.sharing.memory.savedMiB).toBeGreaterThan(0);
    expect(Math.max(...after.apps.map((a) => a.instanceStartMs))).toBeLessThan(
      Math.min(...before.apps.map((a) => a.instanceStartMs)),
    );
  });

  it('replaces a type 1 hypervisor with a host OS, and keeps a Windows VM as it is', () => {
    const { design, converted, kept } = convertVmsToContainers(template('type-1-server'));
    expect(converted).toBe(0);
    expect(kept).toHaveLength(1);
    expect(design.blocks).toHaveLength(template('type-1-server').blocks.length);
  });

  it('runs the containers of Hyper-V on Windows in Docker Desktop’s Linux VM', () => {
    // Hyper-V slid under Windows Server: the Linux guests' apps need a Linux kernel, which on a
    // Windows host only Docker Desktop's hidden VM provides.
    const vms = buildDesign([
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['hv', 'hypervisor', 'hyper-v', 'win'],
      ['g1', 'os', 'ubuntu', 'hv'],
      ['py1', 'library', 'python', 'g1'],
      ['a1', 'app', 'web-app', 'py1'],
      ['g2', 'os', 'ubuntu', 'hv'],
      ['a2', 'app', 'web-app', 'g2'],
    ]);
    const { design, converted } = convertVmsToContainers(vms);
    expect(converted).toBe(2);
    expect(errors(design)).toEqual([]);
    expect(design.blocks.filter((b) => b.kind === 'engine').map((b) => b.variant)).toEqual([
      'docker-desktop',
    ]);
  });

  it('merges containers that already ran inside VMs onto one engine', () => {
    const { design, converted } = convertVmsToContainers(template('containers-in-vms'));
    expect(converted).toBe(2);
    expect(errors(design)).toEqual([]);
    expect(design.blocks.filter((b) => b.kind === 'engine')).toHaveLength(1);
  });
});
