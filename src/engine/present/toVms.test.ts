import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { evaluate } from '../evaluate';
import { TEMPLATES } from '../templates';
import { otherWay } from './otherWay';
import { convertContainersToVms } from './toVms';

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.design;
const errors = (d: Design) =>
  evaluate(d)
    .diagnostics.filter((x) => x.severity === 'error')
    .map((x) => x.message);
const kernels = (d: Design) => {
  const r = evaluate(d);
  return new Set(r.apps.map((a) => r.blocks.get(a.blockId)?.kernelId)).size;
};

// Catalog figures used below (src/engine/catalog): Ubuntu Server 1024 MiB, 4096 MiB disk, boots
// in 8800 ms, as a guest given 2048 MiB and 25600 MiB of disk; VirtualBox 150 MiB, 300 MiB disk,
// +100 MiB per VM; Docker Engine 100 MiB, +5 MiB and 600 ms per container; debian:bookworm-slim
// and ubuntu:24.04 15 MiB each, start 0 ms; Python 3.12 10 MiB, 30 ms; Web app 50 MiB, 300 ms.

describe('convert these containers into VMs (figure 1.2 back into 1.1)', () => {
  it('gives each app of figure 1.2 a VM of its own, with its own copy of its layers', () => {
    const { design, converted, kept } = convertContainersToVms(template('containers'));
    expect(converted).toBe(3);
    expect(kept).toEqual([]);
    expect(errors(design)).toEqual([]);
    const on = (id: string) => design.blocks.find((b) => b.id === id)?.on;
    // App Y and App Z shared one debian-slim layer; now each VM holds its own copy.
    expect(design.blocks.filter((b) => b.variant === 'debian-slim')).toHaveLength(2);
    expect(on(on('app-y')!)).not.toBe(on(on('app-z')!));
    expect(design.blocks.filter((b) => b.kind === 'os').map((b) => b.label)).toEqual([
      'VM for App X',
      'VM for App Y',
      'VM for App Z',
      'Host OS',
    ]);
    expect(design.blocks.some((b) => b.kind === 'engine')).toBe(false);
  });

  it('costs what figure 1.1 costs: three VMs paid in full, three kernels, 9.1 s per copy', () => {
    const before = evaluate(template('containers'));
    const after = evaluate(convertContainersToVms(template('containers')).design);
    // Containers: host OS 1024 + Docker 100 + 3 containers × 5 + two distinct layers 15 + 15
    // + 3 apps × 50 = 1319 MiB.
    expect(before.totals.memoryMiB).toBe(1319);
    // VMs: host OS 1024 + VirtualBox 150 + 3 VMs × (2048 allocated + 100 overhead) = 7618 MiB,
    // whatever the guests use inside.
    expect(after.totals.memoryMiB).toBe(7618);
    // Disk: host OS 4096 + VirtualBox 300 + 3 VM disks × 25600 = 81196 MiB.
    expect(after.totals.diskMiB).toBe(81196);
    // Inside each VM: guest OS 1024 + its layer 15 + its app 50 = 1089 MiB of the 2048 given.
    expect(after.vms.map((v) => v.memory.usedMiB)).toEqual([1089, 1089, 1089]);
    // One more copy: a container starts in 600 + 0 + 300 = 900 ms; a VM boots its guest first,
    // 8800 + 0 + 300 = 9100 ms.
    expect(before.apps.map((a) => a.instanceStartMs)).toEqual([900, 900, 900]);
    expect(after.apps.map((a) => a.instanceStartMs)).toEqual([9100, 9100, 9100]);
    // Nothing is shared between two kernels.
    expect(after.sharing.memory.savedMiB).toBe(0);
    expect(kernels(template('containers'))).toBe(1);
    expect(kernels(convertContainersToVms(template('containers')).design)).toBe(3);
  });

  it('keeps Docker Desktop (its containers already run in a hidden VM) and containers in VMs', () => {
    const mac = convertContainersToVms(template('docker-on-mac'));
    expect(mac.converted).toBe(0);
    expect(mac.kept).toEqual(['Docker Desktop: its containers already run in a hidden Linux VM']);
    expect(mac.design.blocks).toHaveLength(template('docker-on-mac').blocks.length);
    const cloud = convertContainersToVms(template('containers-in-vms'));
    expect(cloud.converted).toBe(0);
    expect(cloud.kept).toHaveLength(2);
  });

  it('keeps an engine that carries a library no app uses, rather than dropping it', () => {
    const design = {
      ...template('containers'),
      blocks: [
        ...template('containers').blocks,
        { id: 'spare', kind: 'library', variant: 'alpine-base', on: 'docker' },
      ],
    } as Design;
    const { converted, kept } = convertContainersToVms(design);
    expect(converted).toBe(0);
    expect(kept).toEqual(['Container engine: something other than containers runs on it']);
  });
});

describe('the same apps the other way', () => {
  it('turns VMs into containers and containers into VMs; nothing for a design without either', () => {
    expect(otherWay(template('virtual-machines'))?.as).toBe('containers');
    expect(otherWay(template('containers'))?.as).toBe('vms');
    // Containers inside VMs count as VMs: the lesson's point is the VMs around them.
    expect(otherWay(template('containers-in-vms'))?.as).toBe('containers');
    expect(otherWay(TEMPLATES.find((t) => t.id === 'type-1-server')!.design)).toBeUndefined();
  });

  it('figure 1.1 as containers: 7618 MiB become 1314 MiB, three kernels one', () => {
    const vms = template('virtual-machines');
    const as = otherWay(vms)!.conversion.design;
    // Host OS 1024 + Docker 100 + 3 containers × 5 + one debian-slim base image 15 (the C
    // library the guest OS used to bring) + the Python layer on it once (three identical
    // chains on one engine are one) 10 + 3 apps × 50 = 1314 MiB.
    expect(evaluate(vms).totals.memoryMiB).toBe(7618);
    expect(evaluate(as).totals.memoryMiB).toBe(1314);
    // One more copy: 600 (container) + 0 (base) + 30 (Python) + 300 (app) = 930 ms, against
    // 8800 + 30 + 300 = 9130 ms for a VM.
    expect(evaluate(as).apps.map((a) => a.instanceStartMs)).toEqual([930, 930, 930]);
    expect(evaluate(vms).apps.map((a) => a.instanceStartMs)).toEqual([9130, 9130, 9130]);
    expect(kernels(vms)).toBe(3);
    expect(kernels(as)).toBe(1);
  });
});
