import { findVariant } from '../catalog';
import type { Block, Design } from '../design';
import { freshBlockId } from '../edit/blockIds';
import { asVariantId, type BlockId } from '../ids';
import { cleanText } from '../parse/text';

export type Conversion = {
  readonly design: Design;
  /** VMs whose apps now run in containers. */
  readonly converted: number;
  /** VMs left as they were, and why. */
  readonly kept: readonly string[];
};

/**
 * A block that, moved out of its VM, needs a base image below it: an app or a runtime linked
 * against a C library that it does not bring itself (the guest OS brought it in the VM).
 */
function needsBaseImage(b: Block): boolean {
  if (b.kind === 'app') {
    const f = { ...findVariant('app', b.variant)?.figures, ...b.props };
    return f.libc !== undefined && f.libc !== 'none';
  }
  if (b.kind === 'library') {
    const f = { ...findVariant('library', b.variant)?.figures, ...b.props };
    return f.libc === 'none' && f.needsLibc !== undefined && f.needsLibc !== 'none';
  }
  return false;
}

const isLinux = (b: Block) =>
  b.kind === 'os' && (b.props?.family ?? findVariant('os', b.variant)?.figures.family) === 'linux';

/**
 * "Convert these VMs into containers": the same apps, each with its libraries, moved out of
 * their VMs into containers on one container engine — the lesson's figure 1.1 turned into 1.2.
 * Each hypervisor whose guests are all Linux goes away with its guests; a type 1 hypervisor is
 * replaced by a Linux host OS (something must boot on the machine). A Windows guest needs a
 * Windows kernel, so its hypervisor and VMs are kept as they are. Apps that sat straight on a
 * guest OS get a base image layer, as every container has. Pure: returns a new design.
 */
export function convertVmsToContainers(design: Design): Conversion {
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const taken = new Set<string>(design.blocks.map((b) => b.id));
  const remove = new Set<BlockId>();
  const rehost = new Map<BlockId, BlockId>();
  const added: Block[] = [];
  const kept: string[] = [];
  let converted = 0;
  const engineOn = new Map<BlockId, BlockId>();
  const bases = new Map<BlockId, BlockId>();
  const baseOn = (engineId: BlockId): BlockId => {
    let base = bases.get(engineId);
    if (base === undefined) {
      base = freshBlockId(design, 'base-image', taken);
      bases.set(engineId, base);
      added.push({ id: base, kind: 'library', variant: asVariantId('debian-slim'), on: engineId });
    }
    return base;
  };

  for (const hv of design.blocks) {
    if (hv.kind !== 'hypervisor') continue;
    const host = hv.on === undefined ? undefined : byId.get(hv.on);
    if (!host || (host.kind !== 'hardware' && host.kind !== 'os')) continue;
    // A hypervisor inside a VM is left to the VM's own conversion.
    if (host.kind === 'os' && host.on !== undefined && byId.get(host.on)?.kind === 'hypervisor')
      continue;
    const guests = design.blocks.filter((b) => b.on === hv.id && b.kind === 'os');
    if (guests.length === 0) continue;
    if (!guests.every(isLinux)) {
      kept.push(
        `${hv.label ?? findVariant('hypervisor', hv.variant)?.label ?? hv.id}: a Windows or macOS guest needs a kernel of its own`,
      );
      continue;
    }
    if (design.blocks.some((b) => b.on === hv.id && b.kind !== 'os')) {
      kept.push(`${hv.label ?? hv.id}: something other than a guest OS runs on it`);
      continue;
    }
    // The OS the engine runs on: the host OS below a type 2 hypervisor, or a new one.
    let osId: BlockId;
    if (host.kind === 'os') osId = host.id;
    else {
      osId = freshBlockId(design, 'host-os', taken);
      added.push({
        id: osId,
        kind: 'os',
        variant: asVariantId('ubuntu'),
        on: host.id,
        label: 'Host OS',
      });
    }
    let engineId = engineOn.get(osId);
    if (engineId === undefined) {
      engineId = freshBlockId(design, 'docker', taken);
      engineOn.set(osId, engineId);
      // Linux containers on a Windows or macOS host (Hyper-V turned on in Windows) need Docker
      // Desktop's hidden Linux VM; on Linux, plain Docker Engine.
      const onLinux = host.kind !== 'os' || isLinux(host);
      added.push({
        id: engineId,
        kind: 'engine',
        variant: asVariantId(onLinux ? 'docker' : 'docker-desktop'),
        on: osId,
        label: 'Container engine',
      });
    }
    remove.add(hv.id);
    for (const guest of guests) {
      remove.add(guest.id);
      converted++;
      for (const child of design.blocks.filter((b) => b.on === guest.id)) {
        if (child.kind === 'engine') {
          // Containers already inside the VM: they join the one engine.
          remove.add(child.id);
          for (const c of design.blocks.filter((b) => b.on === child.id))
            rehost.set(c.id, engineId);
        } else if (needsBaseImage(child)) {
          // In the VM the guest OS brought the C library; in a container a base image does.
          // One base per engine: every converted app then shares it, as images built FROM the
          // same base do.
          rehost.set(child.id, baseOn(engineId));
        } else rehost.set(child.id, engineId);
      }
    }
  }

  return { design: convertedDesign(design, 'containers', added, remove, rehost), converted, kept };
}

/**
 * A design turned the other way (here and in ./toVms.ts): the blocks it no longer needs removed,
 * those that changed host moved, the new ones first (so hosts come before what they carry), and
 * its name said so, cut by the same text rule as every name.
 */
export function convertedDesign(
  design: Design,
  as: string,
  added: readonly Block[],
  remove: ReadonlySet<BlockId>,
  rehost: ReadonlyMap<BlockId, BlockId>,
): Design {
  const blocks: Block[] = design.blocks
    .filter((b) => !remove.has(b.id))
    .map((b) => {
      const on = rehost.get(b.id);
      return on === undefined ? b : { ...b, on };
    });
  return {
    ...design,
    name: cleanText(`${design.name} — as ${as}`).text,
    blocks: [...added, ...blocks],
  };
}
