import type { RuleId } from './ruleIds';

/**
 * One line per rule, for a list of rules (the goal picker, a glossary): "A type 2 hypervisor
 * needs a host OS". Kept apart from the rules so the app loads them only where they are shown.
 */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'dangling-host': 'A block runs on a block that does not exist',
  'host-cycle': 'Blocks run on each other in a circle',
  'not-installed': 'A block is not installed on anything',
  'hardware-is-root': 'Hardware is always the bottom of a stack',
  'one-boot-per-machine': 'A machine boots one OS or one bare-metal hypervisor',
  'nothing-runs-on-app': 'Nothing runs on an app',
  'guest-os-needs-hypervisor': 'A guest OS needs a hypervisor',
  'no-os-in-container': 'No operating system inside a container',
  'type1-on-bare-metal': 'A type 1 hypervisor sits on the hardware',
  'hyper-v-under-windows': 'Hyper-V on Windows slides underneath Windows',
  'xen-dom0': 'Xen on Linux slides underneath it: Linux becomes Dom0',
  'type2-needs-host-os': 'A type 2 hypervisor needs a host OS',
  'kvm-needs-linux': 'KVM needs a Linux kernel below it',
  'hypervisor-placement': 'A hypervisor sits on a machine or an OS',
  'engine-needs-kernel': 'A container engine needs an OS below it',
  'library-needs-kernel': 'Libraries need an OS or a container engine below them',
  'app-needs-kernel': 'An app needs an operating system below it',
  'arch-mismatch': 'An OS must be built for the machine’s CPU',
  'exec-format-error': 'Programs must be built for the CPU they run on',
  'needs-virtualization': 'Hypervisors need the CPU’s virtualization extensions',
  'nested-virtualization-off': 'A hypervisor in a VM needs nested virtualization switched on',
  'nested-virtualization': 'Nested virtualization works, at a cost',
  'competing-hypervisors': 'Two hypervisors on one OS compete for the CPU',
  'engine-kernel-family': 'A container engine needs the kernel its containers are made for',
  'hidden-linux-vm': 'Docker Desktop runs containers in a hidden Linux VM',
  'kernel-family-mismatch': 'Programs need the kernel family they were built for',
  'containers-in-vm': 'Containers inside a VM: the cloud pattern',
  'libc-mismatch': 'A program needs the C library it was linked against',
  'app-without-libraries': 'Only a static binary runs without libraries',
  'memory-exceeded': 'A machine runs out of memory',
  'disk-exceeded': 'A machine runs out of disk',
  'vm-memory-exceeded': 'A VM runs out of its memory allocation',
  'vm-disk-exceeded': 'A VM runs out of its disk allocation',
};
