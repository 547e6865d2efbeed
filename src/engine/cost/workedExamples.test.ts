import { describe, expect, it } from 'vitest';
import {
  DOCKER_HOST,
  evaluateBlocks,
  findApp,
  LINUX_HOST,
  rulesRaised,
  type B,
} from '../../../tests/helpers/buildDesign';

// Catalog figures used below (MiB, ms): x86-server 65536 memory; ubuntu 1024 mem, 4096 disk,
// 8800 boot, as a guest 2048 / 25600; virtualbox 150 / 300, 3000 ms, 100 per VM, 5 % CPU;
// esxi 1024 / 8192, 60000 ms, 26 per VM, 3 % CPU; docker 100 / 400, 2000 ms, 5 per container,
// 600 ms per container, 1 % CPU; debian-slim 15 / 74.8; ubuntu-base 15 / 77.4; python 10 / 49.5,
// 30 ms; web-app 50 / 20, 300 ms.

describe('the seed’s figure 1.1: three VMs on a type 2 hypervisor', () => {
  const vm = (n: number): B[] => [
    [`guest${n}`, 'os', 'ubuntu', 'vbox'],
    [`libs${n}`, 'library', 'python', `guest${n}`],
    [`app${n}`, 'app', 'web-app', `libs${n}`],
  ];
  const report = evaluateBlocks([
    ...LINUX_HOST,
    ['vbox', 'hypervisor', 'virtualbox', 'host'],
    ...vm(1),
    ...vm(2),
    ...vm(3),
  ]);

  it('is legal', () => expect(report.diagnostics).toEqual([]));

  it('charges the machine each VM’s whole allocation plus the per-VM overhead', () => {
    // memory: host 1024 + VirtualBox 150 + 3 × (2048 allocation + 100 overhead) = 7618
    // disk:   host 4096 + VirtualBox 300 + 3 × 25600 virtual disk             = 81196
    expect(report.hardware[0]?.memory).toEqual({
      capacityMiB: 65536,
      usedMiB: 7618,
      freeMiB: 57918,
      overMiB: 0,
    });
    expect(report.hardware[0]?.disk.usedMiB).toBe(81196);
  });

  it('charges what runs inside each VM to that VM', () => {
    // guest 1024 + python 10 + app 50 = 1084 of 2048; disk 4096 + 49.5 + 20 = 4165.5 of 25600
    expect(report.vms).toHaveLength(3);
    for (const vm of report.vms) {
      expect(vm.memory).toEqual({ capacityMiB: 2048, usedMiB: 1084, freeMiB: 964, overMiB: 0 });
      expect(vm.disk.usedMiB).toBe(4165.5);
    }
  });

  it('shares nothing: each VM is its own kernel', () => {
    // without sharing 3 × 10 = 30 MiB; three kernels, so actually 3 × 10 = 30 too
    expect(report.sharing.memory).toEqual({
      withoutSharingMiB: 30,
      actualMiB: 30,
      savedMiB: 0,
      savedPct: 0,
    });
    expect(report.sharing.disk).toEqual({
      withoutSharingMiB: 148.5,
      actualMiB: 148.5,
      savedMiB: 0,
      savedPct: 0,
    });
    expect(report.sharing.layers).toEqual([]);
  });

  it('costs a whole VM for one more copy', () => {
    const app = findApp(report, 'app1');
    expect(app.path).toEqual(['hw', 'host', 'vbox', 'guest1', 'libs1', 'app1']);
    expect(app.coldStartMs).toBe(20930); // 8800 host + 3000 VirtualBox + 8800 guest + 30 python + 300 app
    expect(app.instanceStartMs).toBe(9130); // a new VM boots: 8800 guest + 30 + 300
    expect(app.ioPath).toEqual(['guest1', 'vbox', 'host', 'hw']);
    expect(app.performancePct).toBe(95.24); // 100 / 1.05
    expect(app.copyKind).toBe('vm');
    expect(app.extraCopies).toBe(26); // floor(57918 free / (2048 + 100)) = floor(26.96)
  });
});

describe('the seed’s figure 1.2: containers, App Y and App Z sharing their libraries', () => {
  const withoutZ: B[] = [
    ...DOCKER_HOST,
    ['libsX', 'library', 'ubuntu-base', 'docker'],
    ['x', 'app', 'web-app', 'libsX', { label: 'App X' }],
    ['libs', 'library', 'debian-slim', 'docker'],
    ['y', 'app', 'web-app', 'libs', { label: 'App Y' }],
  ];
  const report = evaluateBlocks([...withoutZ, ['z', 'app', 'web-app', 'libs', { label: 'App Z' }]]);

  it('is legal', () => expect(report.diagnostics).toEqual([]));

  it('charges each container its app plus the engine’s per-container overhead', () => {
    // 1024 host + 100 docker + 15 ubuntu-base + 15 debian-slim (once) + 3 × (50 app + 5 shim) = 1319
    expect(report.hardware[0]?.memory.usedMiB).toBe(1319);
    // 4096 + 400 + 77.4 + 74.8 + 3 × 20 = 4708.2
    expect(report.hardware[0]?.disk.usedMiB).toBe(4708.2);
  });

  it('counts the shared layer once and reports what it saves', () => {
    // memory: without sharing 15 (X) + 15 (Y) + 15 (Z) = 45; actually 15 + 15 = 30; saved 15 = 33.33 %
    expect(report.sharing.memory).toEqual({
      withoutSharingMiB: 45,
      actualMiB: 30,
      savedMiB: 15,
      savedPct: 33.33,
    });
    // disk: 77.4 + 74.8 + 74.8 = 227; actually 152.2; saved 74.8 = 32.95 %
    expect(report.sharing.disk).toEqual({
      withoutSharingMiB: 227,
      actualMiB: 152.2,
      savedMiB: 74.8,
      savedPct: 32.95,
    });
    expect(report.sharing.layers).toEqual([
      {
        blockIds: ['libs'],
        appCount: 2,
        firstAppIds: ['y', 'z'],
        savedMemoryMiB: 15,
        savedDiskMiB: 74.8,
      },
    ]);
  });

  it('shows the savings the moment App Z lands on App Y’s libraries', () => {
    expect(evaluateBlocks(withoutZ).sharing.memory.savedMiB).toBe(0);
    expect(report.sharing.memory.savedMiB).toBe(15);
  });

  it('starts one more container in under a second', () => {
    const y = findApp(report, 'y');
    expect(y.coldStartMs).toBe(11700); // 8800 host + 2000 docker + 0 layer + 300 app + 600 container start
    expect(y.instanceStartMs).toBe(900); // 600 container start + 300 app
    expect(y.ioPath).toEqual(['host', 'hw']);
    expect(y.performancePct).toBe(99.01); // 100 / 1.01
    expect(y.copyKind).toBe('container');
    expect(y.extraCopies).toBe(1167); // floor((65536 − 1319) / (50 + 5)) = floor(1167.58)
  });

  it('also shares two separate but identical layers on the same chain', () => {
    const r = evaluateBlocks([
      ...DOCKER_HOST,
      ['l1', 'library', 'debian-slim', 'docker'],
      ['l2', 'library', 'debian-slim', 'docker'],
      ['y', 'app', 'web-app', 'l1'],
      ['z', 'app', 'web-app', 'l2'],
    ]);
    expect(r.sharing.layers).toEqual([
      {
        blockIds: ['l1', 'l2'],
        appCount: 2,
        firstAppIds: ['y', 'z'],
        savedMemoryMiB: 15,
        savedDiskMiB: 74.8,
      },
    ]);
    expect(r.hardware[0]?.memory.usedMiB).toBe(1024 + 100 + 15 + 2 * 55);
  });

  it('names the first five apps through a layer, in design order, and counts them all', () => {
    // debian-slim under python: seven apps, three on the base (f, d, b) and four on python
    // (g, e, c, a). Design order is a…g, whatever the depth, so the first five are a to e.
    const r = evaluateBlocks([
      ...DOCKER_HOST,
      ['base', 'library', 'debian-slim', 'docker'],
      ['py', 'library', 'python', 'base'],
      ...(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => [
        id,
        'app',
        'web-app',
        i % 2 === 0 ? 'py' : 'base',
      ]) satisfies B[]),
    ]);
    const [base, python] = r.sharing.layers;
    expect(base).toMatchObject({ appCount: 7, firstAppIds: ['a', 'b', 'c', 'd', 'e'] });
    // Python is under a, c, e and g only.
    expect(python).toMatchObject({ appCount: 4, firstAppIds: ['a', 'c', 'e', 'g'] });
  });

  it('shares only a common base prefix (the ChainID rule)', () => {
    // python on debian-slim and python on ubuntu-base are different layers: only nothing is common.
    const r = evaluateBlocks([
      ...DOCKER_HOST,
      ['deb', 'library', 'debian-slim', 'docker'],
      ['py1', 'library', 'python', 'deb'],
      ['ubu', 'library', 'ubuntu-base', 'docker'],
      ['py2', 'library', 'python', 'ubu'],
      ['a', 'app', 'web-app', 'py1'],
      ['b', 'app', 'web-app', 'py2'],
    ]);
    expect(r.sharing.memory.savedMiB).toBe(0);
  });

  it('does not share a layer whose figures were changed', () => {
    const r = evaluateBlocks([
      ...DOCKER_HOST,
      ['l1', 'library', 'debian-slim', 'docker'],
      ['l2', 'library', 'debian-slim', 'docker', { props: { diskMiB: 80 } }],
      ['y', 'app', 'web-app', 'l1'],
      ['z', 'app', 'web-app', 'l2'],
    ]);
    expect(r.sharing.layers).toEqual([]);
  });
});

describe('a type 1 hypervisor server', () => {
  const report = evaluateBlocks([
    ['hw', 'hardware', 'x86-server'],
    ['esxi', 'hypervisor', 'esxi', 'hw'],
    ['g1', 'os', 'ubuntu', 'esxi'],
    ['a1', 'app', 'web-app', 'g1'],
    ['g2', 'os', 'ubuntu', 'esxi'],
    ['a2', 'app', 'web-app', 'g2'],
  ]);

  it('has no host OS below the VMs and a shorter I/O path', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.hardware[0]?.memory.usedMiB).toBe(5172); // 1024 ESXi + 2 × (2048 + 26)
    const a1 = findApp(report, 'a1');
    expect(a1.ioPath).toEqual(['g1', 'esxi', 'hw']);
    expect(a1.performancePct).toBe(97.09); // 100 / 1.03
    expect(a1.coldStartMs).toBe(69100); // 60000 ESXi + 8800 guest + 300 app
    expect(a1.instanceStartMs).toBe(9100); // 8800 guest + 300 app
    expect(a1.extraCopies).toBe(29); // floor((65536 − 5172) / 2074) = floor(29.1)
  });
});

describe('containers inside a VM (the cloud pattern)', () => {
  const report = evaluateBlocks([
    ['hw', 'hardware', 'x86-server'],
    ['esxi', 'hypervisor', 'esxi', 'hw'],
    ['vm', 'os', 'ubuntu', 'esxi', { props: { vmMemoryMiB: 4096 } }],
    ['docker', 'engine', 'docker', 'vm'],
    ['libs', 'library', 'debian-slim', 'docker'],
    ['a', 'app', 'web-app', 'libs'],
    ['b', 'app', 'web-app', 'libs'],
  ]);

  it('is explained, not rejected', () => {
    expect(rulesRaised(report)).toEqual(['containers-in-vm']);
    expect(report.diagnostics[0]?.severity).toBe('info');
  });

  it('charges the containers to the VM and the VM to the machine', () => {
    // VM: 1024 guest + 100 docker + 15 layer + 2 × (50 + 5) = 1249 of 4096
    expect(report.vms[0]?.memory).toEqual({
      capacityMiB: 4096,
      usedMiB: 1249,
      freeMiB: 2847,
      overMiB: 0,
    });
    // machine: 1024 ESXi + 4096 allocation + 26 overhead = 5146
    expect(report.hardware[0]?.memory.usedMiB).toBe(5146);
    expect(report.sharing.memory.savedMiB).toBe(15);
  });

  it('fits more containers in the VM’s free memory, not the machine’s', () => {
    const a = findApp(report, 'a');
    expect(a.extraCopies).toBe(51); // floor(2847 / 55) = floor(51.76)
    expect(a.ioPath).toEqual(['vm', 'esxi', 'hw']);
    expect(a.performancePct).toBe(96.13); // 100 / (1.03 × 1.01)
    expect(a.coldStartMs).toBe(71700); // 60000 + 8800 + 2000 + 0 + 300 + 600
  });
});

describe('Docker on a Mac', () => {
  const report = evaluateBlocks([
    ['mac', 'hardware', 'mac-apple-silicon'],
    ['macos', 'os', 'macos', 'mac'],
    ['dd', 'engine', 'docker-desktop', 'macos'],
    ['libs', 'library', 'debian-slim', 'dd'],
    // A multi-arch image: on Apple silicon it takes its arm64 build and runs natively.
    ['app', 'app', 'web-app', 'libs'],
  ]);

  it('explains the hidden Linux VM instead of rejecting Linux containers on macOS', () => {
    expect(rulesRaised(report)).toEqual(['hidden-linux-vm']);
  });

  it('pays for the hidden VM as a VM: the Mac pays its whole allocation', () => {
    // Mac: 4096 macOS + 8192 hidden VM allocation (half of the 16 GiB Mac) = 12288
    expect(report.hardware[0]?.memory.usedMiB).toBe(12288);
    // disk: 35840 macOS + 65536 hidden VM disk = 101376
    expect(report.hardware[0]?.disk.usedMiB).toBe(101376);
  });

  it('fits the containers in the hidden VM, with a gauge of its own', () => {
    // VM: 512 Docker Desktop's Linux and dockerd + 15 layer + 50 app + 5 shim = 582 of 8192
    expect(report.vms).toHaveLength(1);
    expect(report.vms[0]).toMatchObject({
      blockId: 'dd',
      kind: 'hidden-vm',
      memory: { capacityMiB: 8192, usedMiB: 582, freeMiB: 7610, overMiB: 0 },
    });
    // one more container costs 50 app + 5 shim = 55, paid in the VM: floor(7610 / 55) = 138
    expect(findApp(report, 'app').extraCopies).toBe(138);
  });

  it('routes I/O through the VM’s kernel and its hypervisor, and starts like a container', () => {
    const app = findApp(report, 'app');
    expect(app.ioPath).toEqual(['dd', 'macos', 'mac']);
    expect(app.ioHops.map((h) => h.layer)).toEqual([
      'vm-kernel',
      'hidden-hypervisor',
      'host-kernel',
      'hardware',
    ]);
    expect(app.instanceStartMs).toBe(1800); // 1500 container start + 0 layer + 300 app
    expect(app.coldStartMs).toBe(51800); // 30000 macOS + 20000 Docker Desktop + 0 + 300 + 1500
    expect(app.performancePct).toBe(97.09); // 100 / 1.03 (the hidden VM's 3 %)
    expect(app.translatedBy).toBeUndefined();
  });
});

describe('an arm64 image on an x86 machine', () => {
  const blocks: B[] = [
    ...DOCKER_HOST,
    ['libs', 'library', 'debian-slim', 'docker'],
    ['app', 'app', 'web-app', 'libs', { props: { arch: 'arm64' } }],
  ];

  it('fails with "exec format error" on plain Docker', () => {
    const report = evaluateBlocks(blocks);
    expect(rulesRaised(report)).toEqual(['exec-format-error']);
    expect(report.diagnostics[0]?.message).toMatch(/exec format error/);
  });

  it('runs, ten times slower, where the engine emulates', () => {
    const report = evaluateBlocks([
      ['hw', 'hardware', 'x86-server'],
      ['win', 'os', 'windows-server', 'hw'],
      ['dd', 'engine', 'docker-desktop', 'win'],
      ['libs', 'library', 'debian-slim', 'dd'],
      ['app', 'app', 'web-app', 'libs', { props: { arch: 'arm64' } }],
    ]);
    expect(report.diagnostics.find((d) => d.rule === 'exec-format-error')?.severity).toBe(
      'warning',
    );
    expect(findApp(report, 'app').performancePct).toBe(9.71); // 100 / (1.03 × 10)
  });
});

describe('a glibc app on Alpine', () => {
  it('warns in a container on the alpine base image', () => {
    const report = evaluateBlocks([
      ...DOCKER_HOST,
      ['libs', 'library', 'alpine-base', 'docker'],
      ['app', 'app', 'web-app', 'libs'],
    ]);
    expect(rulesRaised(report)).toEqual(['libc-mismatch']);
    expect(report.diagnostics[0]?.message).toMatch(/glibc.*musl/);
  });

  it('warns natively on an Alpine host', () => {
    const report = evaluateBlocks([
      ['hw', 'hardware', 'x86-server'],
      ['alp', 'os', 'alpine', 'hw'],
      ['app', 'app', 'web-app', 'alp'],
    ]);
    expect(rulesRaised(report)).toEqual(['libc-mismatch']);
  });

  it('is fine once the app is built for musl', () => {
    const report = evaluateBlocks([
      ...DOCKER_HOST,
      ['libs', 'library', 'alpine-base', 'docker'],
      ['app', 'app', 'web-app', 'libs', { props: { libc: 'musl' } }],
    ]);
    expect(report.diagnostics).toEqual([]);
  });
});

describe('nested virtualization', () => {
  it('costs every level: 100 / (1.03 × 1.03 × 1.10)', () => {
    const report = evaluateBlocks([
      ...LINUX_HOST,
      ['kvm1', 'hypervisor', 'kvm', 'host'],
      ['g1', 'os', 'ubuntu', 'kvm1', { props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } }],
      ['kvm2', 'hypervisor', 'kvm', 'g1'],
      ['g2', 'os', 'ubuntu', 'kvm2'],
      ['app', 'app', 'web-app', 'g2'],
    ]);
    expect(rulesRaised(report)).toEqual(['nested-virtualization']);
    expect(findApp(report, 'app').performancePct).toBe(85.69);
    expect(findApp(report, 'app').ioPath).toEqual(['g2', 'kvm2', 'g1', 'kvm1', 'host', 'hw']);
    // One more inner VM must fit in the outer VM: 8192 − (1024 + 20 + 2048 + 131) = 4969 free
    expect(findApp(report, 'app').extraCopies).toBe(2); // floor(4969 / 2179)
  });
});
