import { findVariant } from '../catalog';
import type { Block, Design } from '../design';
import { freshBlockId } from '../edit/blockIds';
import { asVariantId, type BlockId } from '../ids';
import { ownValue } from '../read/fields';
import { convertedDesign, type Conversion } from './toContainers';

/** A block's own figure `key`, else its catalog variant's. */
const figure = (b: Block, key: string): unknown =>
  ownValue(b.props ?? {}, key) ?? ownValue(findVariant(b.kind, b.variant)?.figures ?? {}, key);

const nameOf = (b: Block) => b.label ?? findVariant(b.kind, b.variant)?.label ?? b.id;

/**
 * "Convert these containers into VMs": the lesson's figure 1.2 turned back into 1.1. Each
 * container engine on a Linux host becomes a type 2 hypervisor (VirtualBox, as in the figure),
 * and each app it ran gets a VM of its own — a guest OS (Ubuntu Server) with its own copy of
 * every library layer the app used, because two VMs are two kernels and share nothing. A layer
 * two containers shared is copied into both VMs. Engines that already run in a VM (Docker
 * Desktop's hidden one, or containers inside a guest OS), on a kernel that is not Linux, or that
 * carry anything but library layers and apps are kept as they are, with the reason. Pure.
 */
export function convertContainersToVms(design: Design): Conversion {
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const above = new Map<BlockId, Block[]>();
  for (const b of design.blocks) {
    if (b.on === undefined) continue;
    const list = above.get(b.on);
    if (list) list.push(b);
    else above.set(b.on, [b]);
  }
  const taken = new Set<string>(design.blocks.map((b) => b.id));
  const remove = new Set<BlockId>();
  const rehost = new Map<BlockId, BlockId>();
  const added: Block[] = [];
  const kept: string[] = [];
  const hypervisorOn = new Map<BlockId, BlockId>();
  let converted = 0;

  for (const engine of design.blocks) {
    if (engine.kind !== 'engine') continue;
    const host = engine.on === undefined ? undefined : byId.get(engine.on);
    if (!host || host.kind !== 'os') continue;
    // The apps in this engine, each with the library layers under it (from the engine up).
    const apps: { app: Block; layers: Block[] }[] = [];
    let other = false;
    const walk = (b: Block, layers: Block[]) => {
      if (b.kind === 'app') apps.push({ app: b, layers });
      else if (b.kind !== 'library') other = true;
      const next = above.get(b.id) ?? [];
      if (b.kind === 'library' && next.length === 0) other = true;
      if (b.kind === 'library') for (const c of next) walk(c, [...layers, b]);
      else if (next.length > 0) other = true;
    };
    for (const b of above.get(engine.id) ?? []) walk(b, []);
    if (apps.length === 0) continue;
    const guestHost = host.on === undefined ? undefined : byId.get(host.on);
    if (guestHost?.kind === 'hypervisor') {
      kept.push(`${nameOf(engine)}: its containers already run inside a VM`);
      continue;
    }
    if (figure(engine, 'linuxVm') === true) {
      kept.push(`${nameOf(engine)}: its containers already run in a hidden Linux VM`);
      continue;
    }
    if (figure(engine, 'family') !== 'linux' || figure(host, 'family') !== 'linux') {
      kept.push(`${nameOf(engine)}: only a Linux host is turned into VMs here`);
      continue;
    }
    if (other) {
      kept.push(`${nameOf(engine)}: something other than containers runs on it`);
      continue;
    }
    // One hypervisor per host OS, however many engines ran on it.
    let hypervisor = hypervisorOn.get(host.id);
    if (hypervisor === undefined) {
      hypervisor = freshBlockId(design, 'hypervisor', taken);
      hypervisorOn.set(host.id, hypervisor);
      added.push({
        id: hypervisor,
        kind: 'hypervisor',
        variant: asVariantId('virtualbox'),
        on: host.id,
        label: 'Hypervisor',
      });
    }
    remove.add(engine.id);
    for (const { app, layers } of apps) {
      const guest = freshBlockId(design, `vm-${app.id}`, taken);
      added.push({
        id: guest,
        kind: 'os',
        variant: asVariantId('ubuntu'),
        on: hypervisor,
        label: `VM for ${nameOf(app)}`,
      });
      let below: BlockId = guest;
      for (const layer of layers) {
        remove.add(layer.id);
        const copy = freshBlockId(design, `${layer.id}-${app.id}`, taken);
        // A copy is no longer shared: a label saying so would be wrong, so it goes.
        const shared = (layer.label ?? '').toLowerCase().includes('shared');
        const { label, ...rest } = layer;
        added.push({ ...rest, ...(label && !shared ? { label } : {}), id: copy, on: below });
        below = copy;
      }
      rehost.set(app.id, below);
      converted++;
    }
  }

  return { design: convertedDesign(design, 'VMs', added, remove, rehost), converted, kept };
}
