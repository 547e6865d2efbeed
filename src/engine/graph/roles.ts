import { assertNever } from '../assert';
import type { BlockKind } from '../kinds';

/** What a block *is* in its stack, derived from where it sits, never stored. */
export type Role =
  | 'machine'
  | 'host-os'
  | 'guest-os'
  | 'bare-metal-hypervisor'
  | 'hosted-hypervisor'
  | 'kvm-hypervisor'
  | 'nested-hypervisor'
  | 'container-engine'
  | 'image-layer'
  | 'system-library'
  | 'container'
  | 'vm-app'
  | 'native-app'
  | 'misplaced'
  | 'not-installed';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  machine: 'physical machine',
  'host-os': 'host OS',
  'guest-os': 'guest OS (a virtual machine)',
  'bare-metal-hypervisor': 'bare-metal hypervisor',
  'hosted-hypervisor': 'hosted hypervisor',
  'kvm-hypervisor': 'hypervisor in the Linux kernel (KVM: type 1 or 2)',
  'nested-hypervisor': 'nested hypervisor (inside a VM)',
  'container-engine': 'container engine',
  'image-layer': 'image layer (in a container)',
  'system-library': 'system library',
  container: 'app in a container',
  'vm-app': 'app in a virtual machine',
  'native-app': 'app on the host OS',
  misplaced: 'misplaced',
  'not-installed': 'not installed',
};

/** One of the roles above (a role an exercise file names is checked against the table). */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value);
}

/** Facts about the stack below a block that decide its role. */
export type RoleInput = {
  kind: BlockKind;
  hostKind: BlockKind | undefined;
  installed: boolean;
  /** The host is (or is inside) a guest OS. */
  insideVm: boolean;
  /** There is a container engine below, within the same kernel. */
  inContainer: boolean;
  /** There is a kernel (an OS) below. */
  onKernel: boolean;
  /**
   * For a hypervisor: its type fits its host — type 1 on a machine, or on the OS that becomes its
   * privileged domain, or as the guest of another hypervisor; type 2 or KVM on an OS.
   */
  typeFitsHost: boolean;
  /** For a hypervisor: its declared type. */
  hypervisorType: '1' | '2' | 'kvm' | undefined;
};

export function deriveRole(r: RoleInput): Role {
  if (r.kind === 'hardware') return 'machine';
  if (!r.installed) return 'not-installed';
  switch (r.kind) {
    case 'os':
      if (r.hostKind === 'hardware') return 'host-os';
      return r.hostKind === 'hypervisor' ? 'guest-os' : 'misplaced';
    case 'hypervisor':
      if (!r.typeFitsHost) return 'misplaced';
      if (r.hostKind === 'hardware') return 'bare-metal-hypervisor';
      // A type 1 hypervisor booted as another hypervisor's guest is a hypervisor inside a VM.
      if (r.insideVm || r.hostKind === 'hypervisor') return 'nested-hypervisor';
      // Hyper-V turned on in Windows, or Xen installed on Debian, slides under that OS: type 1.
      if (r.hypervisorType === '1') return 'bare-metal-hypervisor';
      return r.hypervisorType === 'kvm' ? 'kvm-hypervisor' : 'hosted-hypervisor';
    case 'engine':
      return r.hostKind === 'os' ? 'container-engine' : 'misplaced';
    case 'library':
      // Nothing runs on an app: a library there is misplaced, whatever is below the app.
      if (r.hostKind === 'app' || r.hostKind === 'hypervisor' || r.hostKind === 'hardware')
        return 'misplaced';
      if (r.inContainer) return 'image-layer';
      return r.onKernel ? 'system-library' : 'misplaced';
    case 'app':
      if (r.hostKind === 'app' || r.hostKind === 'hypervisor' || r.hostKind === 'hardware') {
        return 'misplaced';
      }
      if (r.inContainer) return 'container';
      if (!r.onKernel) return 'misplaced';
      return r.insideVm ? 'vm-app' : 'native-app';
    default:
      return assertNever(r.kind, 'block kind');
  }
}

/**
 * Whether a block in role `actual` answers a goal asking for `wanted`. KVM is named type 1 by some
 * and type 2 by others, and the lesson's reference says never to fail a student for either: a
 * KVM hypervisor answers both.
 */
export function roleCountsAs(actual: Role, wanted: Role): boolean {
  if (actual === wanted) return true;
  return (
    actual === 'kvm-hypervisor' &&
    (wanted === 'bare-metal-hypervisor' || wanted === 'hosted-hypervisor')
  );
}
