import { isolate } from '../parse/isolate';
import type { Placed } from '../graph/placed';
import type { BlockKind } from '../kinds';

const KIND_NOUNS: Readonly<Record<BlockKind, string>> = {
  hardware: 'a machine',
  os: 'an operating system',
  hypervisor: 'a hypervisor',
  engine: 'a container engine',
  library: 'a library layer',
  app: 'an app',
};

/** How a block is named in a message: its own label with the variant, or just the variant. */
export function nameOf(p: Placed): string {
  const label = p.block.label?.trim();
  // A student's label is isolated, so right-to-left text in it cannot reorder the sentence.
  return label ? `“${isolate(label)}” (${p.variant.label})` : p.variant.label;
}

/** "a container engine", "an operating system"… for sentences. */
export function aKind(p: Placed): string {
  return KIND_NOUNS[p.kind];
}

/** A number of MiB as a student reads it: GiB above 1024, no trailing noise. */
export function formatMiB(mib: number): string {
  if (Math.abs(mib) >= 1024) return `${(mib / 1024).toFixed(1).replace(/\.0$/, '')} GiB`;
  return `${Number(mib.toFixed(1))} MiB`;
}
