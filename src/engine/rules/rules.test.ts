import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { evaluate } from '../evaluate';
import { asBlockId, asVariantId } from '../ids';
import { buildDesign, DOCKER_HOST, LINUX_HOST, type B } from '../../../tests/helpers/buildDesign';
import { RULES } from '.';
import type { RuleId } from './ruleIds';
import type { Severity } from './types';
import { RULE_TITLES } from './ruleTitles';

type Case = {
  /** A design that breaks the rule (blocks, or a raw design the parser would have repaired). */
  breaks: readonly B[] | Design;
  /** The block the diagnostic names first. */
  subject: string;
  severity: Severity;
  /** The same design with the fix applied: the rule stays silent. */
  fixed: readonly B[];
};

const raw = (
  blocks: { id: string; kind: 'os' | 'hardware'; variant: string; on?: string }[],
): Design => ({
  format: 'stack-sandbox',
  version: 2,
  name: 'raw',
  blocks: blocks.map(({ on, ...b }) => ({
    ...b,
    id: asBlockId(b.id),
    variant: asVariantId(b.variant),
    ...(on === undefined ? {} : { on: asBlockId(on) }),
  })),
});

const GUEST_ON_KVM: readonly B[] = [
  ...LINUX_HOST,
  ['kvm', 'hypervisor', 'kvm', 'host'],
  ['guest', 'os', 'ubuntu', 'kvm'],
];
const GUEST_ON_ESXI: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['esxi', 'hypervisor', 'esxi', 'hw'],
  ['guest', 'os', 'ubuntu', 'esxi'],
];
const MAC: readonly B[] = [
  ['mac', 'hardware', 'mac-apple-silicon'],
  ['macos', 'os', 'macos', 'mac'],
];
const WINDOWS: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['win', 'os', 'windows-server', 'hw'],
];

// prettier-ignore
const CASES: Record<RuleId, Case | Case[]> = {
  'dangling-host': {
    breaks: raw([{ id: 'hw', kind: 'hardware', variant: 'x86-server' }, { id: 'os', kind: 'os', variant: 'ubuntu', on: 'gone' }]),
    subject: 'os', severity: 'error', fixed: LINUX_HOST,
  },
  'host-cycle': {
    breaks: raw([{ id: 'a', kind: 'os', variant: 'ubuntu', on: 'b' }, { id: 'b', kind: 'os', variant: 'debian', on: 'a' }]),
    subject: 'a', severity: 'error', fixed: LINUX_HOST,
  },
  'not-installed': { breaks: [['os', 'os', 'ubuntu']], subject: 'os', severity: 'warning', fixed: LINUX_HOST },
  'hardware-is-root': {
    breaks: [...LINUX_HOST, ['hw2', 'hardware', 'laptop', 'host']], subject: 'hw2', severity: 'error',
    fixed: [...LINUX_HOST, ['hw2', 'hardware', 'laptop']],
  },
  'one-boot-per-machine': {
    breaks: [...LINUX_HOST, ['esxi', 'hypervisor', 'esxi', 'hw']], subject: 'hw', severity: 'error', fixed: LINUX_HOST,
  },
  'nothing-runs-on-app': {
    breaks: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['a', 'app', 'web-app', 'l'], ['b', 'app', 'web-app', 'a']],
    subject: 'b', severity: 'error',
    fixed: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['a', 'app', 'web-app', 'l'], ['b', 'app', 'web-app', 'l']],
  },
  'guest-os-needs-hypervisor': {
    breaks: [...LINUX_HOST, ['guest', 'os', 'ubuntu', 'host']], subject: 'guest', severity: 'error', fixed: GUEST_ON_KVM,
  },
  'no-os-in-container': {
    breaks: [...DOCKER_HOST, ['inner', 'os', 'alpine', 'docker']], subject: 'inner', severity: 'error',
    fixed: [...DOCKER_HOST, ['inner', 'library', 'alpine-base', 'docker']],
  },
  'type1-on-bare-metal': {
    breaks: [...LINUX_HOST, ['esxi', 'hypervisor', 'esxi', 'host']], subject: 'esxi', severity: 'error',
    fixed: [['hw', 'hardware', 'x86-server'], ['esxi', 'hypervisor', 'esxi', 'hw']],
  },
  'hyper-v-under-windows': {
    breaks: [...WINDOWS, ['hv', 'hypervisor', 'hyper-v', 'win']], subject: 'hv', severity: 'info',
    fixed: [['hw', 'hardware', 'x86-server'], ['hv', 'hypervisor', 'hyper-v', 'hw']],
  },
  'xen-dom0': {
    breaks: [...LINUX_HOST, ['xen', 'hypervisor', 'xen', 'host']], subject: 'xen', severity: 'info',
    fixed: [['hw', 'hardware', 'x86-server'], ['xen', 'hypervisor', 'xen', 'hw']],
  },
  'type2-needs-host-os': {
    breaks: [['hw', 'hardware', 'x86-server'], ['vb', 'hypervisor', 'virtualbox', 'hw']], subject: 'vb', severity: 'error',
    fixed: [...LINUX_HOST, ['vb', 'hypervisor', 'virtualbox', 'host']],
  },
  'kvm-needs-linux': [
    { breaks: [...WINDOWS, ['kvm', 'hypervisor', 'kvm', 'win']], subject: 'kvm', severity: 'error', fixed: [...LINUX_HOST, ['kvm', 'hypervisor', 'kvm', 'host']] },
    { breaks: [['hw', 'hardware', 'x86-server'], ['kvm', 'hypervisor', 'kvm', 'hw']], subject: 'kvm', severity: 'error', fixed: [...LINUX_HOST, ['kvm', 'hypervisor', 'kvm', 'host']] },
  ],
  'hypervisor-placement': {
    breaks: [['hw', 'hardware', 'x86-server'], ['esxi', 'hypervisor', 'esxi', 'hw'], ['kvm', 'hypervisor', 'kvm', 'esxi']],
    subject: 'kvm', severity: 'error', fixed: [...GUEST_ON_ESXI, ['kvm', 'hypervisor', 'kvm', 'guest']],
  },
  'engine-needs-kernel': {
    breaks: [['hw', 'hardware', 'x86-server'], ['docker', 'engine', 'docker', 'hw']], subject: 'docker', severity: 'error', fixed: DOCKER_HOST,
  },
  'library-needs-kernel': {
    breaks: [['hw', 'hardware', 'x86-server'], ['esxi', 'hypervisor', 'esxi', 'hw'], ['l', 'library', 'python', 'esxi']],
    subject: 'l', severity: 'error', fixed: [...GUEST_ON_ESXI, ['l', 'library', 'python', 'guest']],
  },
  'app-needs-kernel': {
    breaks: [['hw', 'hardware', 'x86-server'], ['app', 'app', 'web-app', 'hw']], subject: 'app', severity: 'error',
    fixed: [...LINUX_HOST, ['app', 'app', 'web-app', 'host']],
  },
  'arch-mismatch': [
    {
      breaks: [['hw', 'hardware', 'x86-server'], ['host', 'os', 'ubuntu', 'hw', { props: { arch: 'arm64' } }]],
      subject: 'host', severity: 'error', fixed: LINUX_HOST,
    },
    {
      breaks: [...LINUX_HOST, ['q', 'hypervisor', 'qemu-emulation', 'host'], ['guest', 'os', 'debian', 'q', { props: { arch: 'arm64' } }]],
      subject: 'guest', severity: 'warning', fixed: [...LINUX_HOST, ['q', 'hypervisor', 'qemu-emulation', 'host'], ['guest', 'os', 'debian', 'q']],
    },
  ],
  'exec-format-error': [
    {
      breaks: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['app', 'app', 'web-app', 'l', { props: { arch: 'arm64' } }]],
      subject: 'app', severity: 'error', fixed: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['app', 'app', 'web-app', 'l']],
    },
    {
      // An amd64-only image on Apple silicon runs through Rosetta in Docker Desktop: a warning.
      breaks: [...MAC, ['dd', 'engine', 'docker-desktop', 'macos'], ['l', 'library', 'debian-slim', 'dd'], ['app', 'app', 'web-app', 'l', { props: { arch: 'x86_64' } }]],
      subject: 'app', severity: 'warning',
      fixed: [...MAC, ['dd', 'engine', 'docker-desktop', 'macos'], ['l', 'library', 'debian-slim', 'dd'], ['app', 'app', 'web-app', 'l']],
    },
  ],
  'needs-virtualization': [
    {
      breaks: [['hw', 'hardware', 'laptop-no-vt'], ['host', 'os', 'ubuntu', 'hw'], ['vb', 'hypervisor', 'virtualbox', 'host']],
      subject: 'vb', severity: 'error', fixed: [['hw', 'hardware', 'laptop'], ['host', 'os', 'ubuntu', 'hw'], ['vb', 'hypervisor', 'virtualbox', 'host']],
    },
    {
      breaks: [['hw', 'hardware', 'laptop-no-vt'], ['win', 'os', 'windows-server', 'hw'], ['dd', 'engine', 'docker-desktop', 'win']],
      subject: 'dd', severity: 'error', fixed: [['hw', 'hardware', 'laptop'], ['win', 'os', 'windows-server', 'hw'], ['dd', 'engine', 'docker-desktop', 'win']],
    },
  ],
  'nested-virtualization-off': {
    breaks: [...GUEST_ON_ESXI, ['kvm', 'hypervisor', 'kvm', 'guest']], subject: 'kvm', severity: 'error',
    fixed: [['hw', 'hardware', 'x86-server'], ['esxi', 'hypervisor', 'esxi', 'hw', { props: { nestedVirtualization: true } }], ['guest', 'os', 'ubuntu', 'esxi'], ['kvm', 'hypervisor', 'kvm', 'guest']],
  },
  'nested-virtualization': {
    breaks: [...GUEST_ON_KVM, ['fc', 'hypervisor', 'firecracker', 'guest']], subject: 'fc', severity: 'warning', fixed: GUEST_ON_KVM,
  },
  'competing-hypervisors': {
    breaks: [...LINUX_HOST, ['vb', 'hypervisor', 'virtualbox', 'host'], ['vw', 'hypervisor', 'vmware-workstation', 'host']],
    subject: 'vb', severity: 'warning', fixed: [...LINUX_HOST, ['vb', 'hypervisor', 'virtualbox', 'host']],
  },
  'engine-kernel-family': {
    breaks: [...MAC, ['docker', 'engine', 'docker', 'macos']], subject: 'docker', severity: 'error',
    fixed: [...MAC, ['docker', 'engine', 'docker-desktop', 'macos']],
  },
  'hidden-linux-vm': {
    breaks: [...MAC, ['dd', 'engine', 'docker-desktop', 'macos']], subject: 'dd', severity: 'info', fixed: DOCKER_HOST,
  },
  'kernel-family-mismatch': {
    breaks: [...WINDOWS, ['app', 'app', 'web-app', 'win']], subject: 'app', severity: 'error',
    fixed: [...WINDOWS, ['app', 'app', 'windows-service', 'win']],
  },
  'containers-in-vm': {
    breaks: [...GUEST_ON_ESXI, ['docker', 'engine', 'docker', 'guest']], subject: 'docker', severity: 'info', fixed: DOCKER_HOST,
  },
  'libc-mismatch': [
    {
      breaks: [...DOCKER_HOST, ['l', 'library', 'alpine-base', 'docker'], ['app', 'app', 'web-app', 'l']],
      subject: 'app', severity: 'error', fixed: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['app', 'app', 'web-app', 'l']],
    },
    {
      // A Python built for glibc (the Debian-based image's) on Alpine; the multi-libc one is fine.
      breaks: [...DOCKER_HOST, ['l', 'library', 'alpine-base', 'docker'], ['py', 'library', 'python', 'l', { props: { needsLibc: 'glibc' } }]],
      subject: 'py', severity: 'error', fixed: [...DOCKER_HOST, ['l', 'library', 'alpine-base', 'docker'], ['py', 'library', 'python', 'l']],
    },
    {
      breaks: [...DOCKER_HOST, ['l', 'library', 'distroless-static', 'docker'], ['app', 'app', 'web-app', 'l']],
      subject: 'app', severity: 'error', fixed: [...DOCKER_HOST, ['l', 'library', 'distroless-static', 'docker'], ['app', 'app', 'static-binary', 'l']],
    },
    {
      // A runtime straight on the engine has no base image to bring its C library.
      breaks: [...DOCKER_HOST, ['py', 'library', 'python', 'docker']],
      subject: 'py', severity: 'error', fixed: [...DOCKER_HOST, ['l', 'library', 'debian-slim', 'docker'], ['py', 'library', 'python', 'l']],
    },
    {
      // gcompat is the bridge: a glibc app on Alpine with the compatibility layer starts.
      breaks: [...DOCKER_HOST, ['l', 'library', 'alpine-base', 'docker'], ['app', 'app', 'web-app', 'l']],
      subject: 'app', severity: 'error',
      fixed: [...DOCKER_HOST, ['l', 'library', 'alpine-base', 'docker'], ['g', 'library', 'gcompat', 'l'], ['app', 'app', 'web-app', 'g']],
    },
  ],
  'app-without-libraries': {
    breaks: [...DOCKER_HOST, ['app', 'app', 'web-app', 'docker']], subject: 'app', severity: 'error',
    fixed: [...DOCKER_HOST, ['app', 'app', 'static-binary', 'docker']],
  },
  'memory-exceeded': {
    breaks: [['hw', 'hardware', 'x86-server', undefined, { props: { memoryMiB: 512 } }], ['host', 'os', 'ubuntu', 'hw']],
    subject: 'hw', severity: 'error', fixed: LINUX_HOST,
  },
  'disk-exceeded': {
    breaks: [['hw', 'hardware', 'x86-server', undefined, { props: { diskMiB: 1000 } }], ['host', 'os', 'ubuntu', 'hw']],
    subject: 'hw', severity: 'error', fixed: LINUX_HOST,
  },
  'vm-memory-exceeded': {
    breaks: [...LINUX_HOST, ['kvm', 'hypervisor', 'kvm', 'host'], ['guest', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 512 } }]],
    subject: 'guest', severity: 'error', fixed: GUEST_ON_KVM,
  },
  'vm-disk-exceeded': {
    breaks: [...LINUX_HOST, ['kvm', 'hypervisor', 'kvm', 'host'], ['guest', 'os', 'ubuntu', 'kvm', { props: { vmDiskMiB: 1000 } }]],
    subject: 'guest', severity: 'error', fixed: GUEST_ON_KVM,
  },
};

const toDesign = (d: readonly B[] | Design): Design => ('format' in d ? d : buildDesign(d));
const rows = Object.entries(CASES).flatMap(([rule, c]) =>
  (Array.isArray(c) ? c : [c]).map(
    (one, i) => [`${rule}${i > 0 ? ` (${i + 1})` : ''}`, rule as RuleId, one] as const,
  ),
);

describe('each rule', () => {
  it('has at least 18 rules, each with a title, a family and a source URL', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(18);
    for (const rule of RULES) {
      expect(RULE_TITLES[rule.id].length).toBeGreaterThan(10);
      expect(new URL(rule.source).protocol).toBe('https:');
    }
  });

  describe.each(rows)('%s', (_, rule, c) => {
    it(`fires on a stack that breaks it, naming ${c.subject} first, with a message, a fix and a source`, () => {
      const found = evaluate(toDesign(c.breaks)).diagnostics.filter((d) => d.rule === rule);
      expect(found).toHaveLength(1);
      const d = found[0]!;
      expect(d.blockIds[0]).toBe(c.subject);
      expect(d.severity).toBe(c.severity);
      expect(d.message.length).toBeGreaterThan(30);
      expect(d.fix.length).toBeGreaterThan(10);
      expect(d.source).toMatch(/^https:\/\//);
    });

    it('is silent once the fix is applied', () => {
      expect(evaluate(buildDesign(c.fixed)).diagnostics.map((d) => d.rule)).not.toContain(rule);
    });
  });
});
