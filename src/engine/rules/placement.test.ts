import { describe, expect, it } from 'vitest';
import type { RuleId } from '../rules/ruleIds';
import { evaluateBlocks, type B } from '../../../tests/helpers/buildDesign';

// Each foundation is a legal stack whose top block has id "low"; a test puts one more block
// ("up") on it and reads which errors name "up" first.
const FOUNDATIONS: Record<string, readonly B[]> = {
  hardware: [['low', 'hardware', 'x86-server']],
  'host OS': [
    ['hw', 'hardware', 'x86-server'],
    ['low', 'os', 'ubuntu', 'hw'],
  ],
  'Windows host': [
    ['hw', 'hardware', 'x86-server'],
    ['low', 'os', 'windows-server', 'hw'],
  ],
  'macOS host': [
    ['hw', 'hardware', 'mac-apple-silicon'],
    ['low', 'os', 'macos', 'hw'],
  ],
  'type 1 hypervisor': [
    ['hw', 'hardware', 'x86-server'],
    ['low', 'hypervisor', 'esxi', 'hw'],
  ],
  'type 2 hypervisor': [
    ['hw', 'hardware', 'x86-server'],
    ['os', 'os', 'ubuntu', 'hw'],
    ['low', 'hypervisor', 'virtualbox', 'os'],
  ],
  'guest OS': [
    ['hw', 'hardware', 'x86-server'],
    ['os', 'os', 'ubuntu', 'hw'],
    ['kvm', 'hypervisor', 'kvm', 'os'],
    ['low', 'os', 'ubuntu', 'kvm'],
  ],
  engine: [
    ['hw', 'hardware', 'x86-server'],
    ['os', 'os', 'ubuntu', 'hw'],
    ['low', 'engine', 'docker', 'os'],
  ],
  library: [
    ['hw', 'hardware', 'x86-server'],
    ['os', 'os', 'ubuntu', 'hw'],
    ['d', 'engine', 'docker', 'os'],
    ['low', 'library', 'debian-slim', 'd'],
  ],
  app: [
    ['hw', 'hardware', 'x86-server'],
    ['os', 'os', 'ubuntu', 'hw'],
    ['d', 'engine', 'docker', 'os'],
    ['l', 'library', 'debian-slim', 'd'],
    ['low', 'app', 'web-app', 'l'],
  ],
};

type Row = [upper: `${string}/${string}`, lower: keyof typeof FOUNDATIONS, errors: RuleId[]];

// prettier-ignore
const ROWS: Row[] = [
  // An OS boots on a machine (host OS) or on a hypervisor (guest OS) — nowhere else.
  ['os/ubuntu', 'hardware', []],
  ['os/ubuntu', 'type 1 hypervisor', []],
  ['os/ubuntu', 'type 2 hypervisor', []],
  ['os/ubuntu', 'host OS', ['guest-os-needs-hypervisor']],
  ['os/ubuntu', 'guest OS', ['guest-os-needs-hypervisor']],
  ['os/ubuntu', 'engine', ['no-os-in-container']],
  ['os/ubuntu', 'library', ['no-os-in-container']],
  ['os/ubuntu', 'app', ['nothing-runs-on-app']],
  // Type 1 on the machine; type 2 on an OS; KVM on Linux (either type is an accepted answer).
  ['hypervisor/esxi', 'hardware', []],
  ['hypervisor/esxi', 'host OS', ['type1-on-bare-metal']],
  // A type 1 hypervisor boots as another hypervisor's guest (a nested lab) once the outer one
  // passes on the virtualization extensions, which ESXi and VirtualBox do not by default.
  ['hypervisor/esxi', 'type 1 hypervisor', ['nested-virtualization-off']],
  ['hypervisor/esxi', 'type 2 hypervisor', ['nested-virtualization-off']],
  ['hypervisor/kvm', 'type 2 hypervisor', ['hypervisor-placement']],
  ['hypervisor/xen', 'host OS', []],
  ['hypervisor/xen', 'Windows host', ['type1-on-bare-metal']],
  ['hypervisor/esxi', 'engine', ['hypervisor-placement']],
  ['hypervisor/hyper-v', 'Windows host', []],
  ['hypervisor/hyper-v', 'host OS', ['type1-on-bare-metal']],
  ['hypervisor/virtualbox', 'host OS', []],
  ['hypervisor/virtualbox', 'Windows host', []],
  ['hypervisor/virtualbox', 'guest OS', []],
  ['hypervisor/virtualbox', 'hardware', ['type2-needs-host-os']],
  ['hypervisor/virtualbox', 'library', ['hypervisor-placement']],
  ['hypervisor/kvm', 'host OS', []],
  ['hypervisor/kvm', 'guest OS', []],
  ['hypervisor/kvm', 'hardware', ['kvm-needs-linux']],
  ['hypervisor/kvm', 'Windows host', ['kvm-needs-linux']],
  ['hypervisor/firecracker', 'host OS', []],
  ['hypervisor/firecracker', 'macOS host', ['kvm-needs-linux']],
  // A container engine needs a kernel of the family its containers are made for.
  ['engine/docker', 'host OS', []],
  ['engine/docker', 'guest OS', []],
  ['engine/docker', 'hardware', ['engine-needs-kernel']],
  ['engine/docker', 'type 1 hypervisor', ['engine-needs-kernel']],
  ['engine/docker', 'engine', ['engine-needs-kernel']],
  ['engine/docker', 'library', ['engine-needs-kernel']],
  ['engine/docker', 'Windows host', ['engine-kernel-family']],
  ['engine/docker', 'macOS host', ['engine-kernel-family']],
  ['engine/docker-desktop', 'macOS host', []],
  ['engine/docker-desktop', 'Windows host', []],
  ['engine/podman-machine', 'macOS host', []],
  ['engine/podman', 'macOS host', ['engine-kernel-family']],
  // Bins/Libs sit on an engine (image layers), on other layers, or on an OS (system libraries).
  ['library/debian-slim', 'engine', []],
  ['library/debian-slim', 'library', []],
  ['library/debian-slim', 'host OS', []],
  ['library/debian-slim', 'hardware', ['library-needs-kernel']],
  ['library/debian-slim', 'type 2 hypervisor', ['library-needs-kernel']],
  ['library/debian-slim', 'Windows host', ['kernel-family-mismatch']],
  ['library/debian-slim', 'app', ['nothing-runs-on-app']],
  ['library/python', 'engine', ['libc-mismatch']],
  ['library/python', 'library', []],
  // An app runs on its libraries, on an OS, or (static) straight on an engine.
  ['app/web-app', 'library', []],
  ['app/web-app', 'host OS', []],
  ['app/web-app', 'guest OS', []],
  ['app/static-binary', 'engine', []],
  ['app/web-app', 'engine', ['app-without-libraries']],
  ['app/web-app', 'hardware', ['app-needs-kernel']],
  ['app/web-app', 'type 1 hypervisor', ['app-needs-kernel']],
  ['app/web-app', 'app', ['nothing-runs-on-app']],
  ['app/web-app', 'Windows host', ['kernel-family-mismatch']],
  ['app/windows-service', 'Windows host', []],
  // Hardware is always the bottom.
  ['hardware/x86-server', 'host OS', ['hardware-is-root']],
];

describe('placement: what may sit on what', () => {
  it.each(Object.entries(FOUNDATIONS))('the %s foundation is legal on its own', (_, blocks) => {
    expect(evaluateBlocks(blocks).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(ROWS)('%s on %s → errors %j', (upper, lower, expected) => {
    const [kind, variant] = upper.split('/') as [B[1], string];
    const report = evaluateBlocks([...FOUNDATIONS[lower]!, ['up', kind, variant, 'low']]);
    const errors = report.diagnostics
      .filter((d) => d.severity === 'error' && d.blockIds[0] === 'up')
      .map((d) => d.rule)
      .sort();
    expect(errors).toEqual(expected);
  });
});
