import {
  findVariant,
  KIND_LABELS,
  ROLE_LABELS,
  type Block,
  type BlockFacts,
  type Role,
} from '@/engine';

/** The role as the small band on a block shows it. */
export const ROLE_TILE: Readonly<Record<Role, string>> = {
  machine: 'Machine',
  'host-os': 'Host OS',
  'guest-os': 'Guest OS · VM',
  'bare-metal-hypervisor': 'Hypervisor · bare metal',
  'hosted-hypervisor': 'Hypervisor · hosted',
  'kvm-hypervisor': 'Hypervisor · KVM (type 1 or 2)',
  'nested-hypervisor': 'Hypervisor · nested',
  'container-engine': 'Container engine',
  'image-layer': 'Bins/Libs · image layer',
  'system-library': 'Bins/Libs · system',
  container: 'App · container',
  'vm-app': 'App · in a VM',
  'native-app': 'App · native',
  misplaced: 'Misplaced',
  'not-installed': 'Not installed',
};

/** "2 errors, 1 warning" or "no problems". */
export function problemText(facts: BlockFacts | undefined): string {
  if (!facts) return 'no problems';
  const parts: string[] = [];
  if (facts.errors) parts.push(`${facts.errors} error${facts.errors === 1 ? '' : 's'}`);
  if (facts.warnings) parts.push(`${facts.warnings} warning${facts.warnings === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'no problems';
}

/**
 * A block's accessible name: its label, its kind (and variant), its role in the stack and its
 * problems — what a sighted student reads off the tile, in one sentence.
 */
export function blockAccessibleName(block: Block, facts: BlockFacts | undefined): string {
  const variant = findVariant(block.kind, block.variant)?.label ?? block.variant;
  const label = block.label?.trim();
  const kind = KIND_LABELS[block.kind];
  const title = label ? `${label}, ${kind}: ${variant}` : `${variant}, ${kind}`;
  const role = facts ? ROLE_LABELS[facts.role] : 'not installed';
  return `${title}, ${role}, ${problemText(facts)}`;
}
