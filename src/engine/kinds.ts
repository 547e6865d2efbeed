/** The six kinds of block a student can stack. A closed union: every switch over it is exhaustive. */
export type BlockKind = 'hardware' | 'os' | 'hypervisor' | 'engine' | 'library' | 'app';

/** Every kind, bottom of the stack first. */
export const BLOCK_KINDS: readonly BlockKind[] = [
  'hardware',
  'os',
  'hypervisor',
  'engine',
  'library',
  'app',
];

/** How each kind is named to a student. */
export const KIND_LABELS: Readonly<Record<BlockKind, string>> = {
  hardware: 'Hardware',
  os: 'Operating system',
  hypervisor: 'Hypervisor',
  engine: 'Container engine',
  library: 'Bins/Libs',
  app: 'App',
};

export function isBlockKind(value: unknown): value is BlockKind {
  return BLOCK_KINDS.some((kind) => kind === value);
}
