import { controlDomainStartMs, startMsOf } from '../graph/kernelFacts';
import { slidesUnder, type Placed } from '../graph/placed';
import type { Placement } from '../graph/placeDesign';
import type { BlockId } from '../ids';
import type { BlockKind } from '../kinds';
import { ownIoLayers, type IoLayer } from './ioPath';

/**
 * One block as the apps above it see it: what it adds to their start and to their way to the
 * disk, and the block below. An app's path, start parts and I/O hops are read from its steps
 * only, so two apps whose steps are equal have equal lists, without listing them (see `sameSteps`).
 */
export type Step = {
  readonly id: BlockId;
  readonly kind: BlockKind;
  /** Its own boot or start, slowed by any translation below, without a control domain's boot. */
  readonly startMs: number;
  /** The boot of the control domain (Dom0, Hyper-V's root) a hypervisor on bare metal brings. */
  readonly domainMs: number;
  /** An engine's start of one container, slowed like its own start; 0 for any other block. */
  readonly containerStartMs: number;
  /** The hops a request crosses here (see `ownIoLayers`). */
  readonly io: readonly IoLayer[];
  /** A type 1 hypervisor that slid under its host OS, which becomes its control domain. */
  readonly slidesUnder: boolean;
  /** An engine with a kernel of its own in user space (gVisor): its apps' requests cross it first. */
  readonly userSpaceKernel: boolean;
  readonly host: Step | undefined;
};

/** What an app's lists are made of: its own step, and its kernel's and engine's below it. */
export type Trail = {
  readonly app: Step;
  readonly kernel: Step | undefined;
  readonly engine: Step | undefined;
};

/**
 * The step of any block of a placement, built once per block from its host's step: linear in
 * the number of blocks, whatever the depth of the stacks.
 */
export function stepper(placement: Placement): (p: Placed) => Step {
  const steps = new Array<Step | undefined>(placement.all.length);
  const own = (p: Placed, host: Step | undefined): Step => {
    const domainMs = controlDomainStartMs(p);
    return {
      id: p.block.id,
      kind: p.kind,
      startMs: startMsOf(p) - domainMs,
      domainMs,
      containerStartMs: p.kind === 'engine' ? p.figures.containerStartMs * p.slowdown : 0,
      io: ownIoLayers(p),
      slidesUnder: slidesUnder(p),
      userSpaceKernel: p.kind === 'engine' && p.figures.userSpaceKernel,
      host,
    };
  };
  return (p) => {
    // Walk down to the first block with a step (a loop, not recursion: stacks can be deep).
    const missing: Placed[] = [];
    let at: Placed | undefined = p;
    for (; at !== undefined && steps[at.index] === undefined; at = at.host) missing.push(at);
    let step = at === undefined ? undefined : steps[at.index];
    for (let i = missing.length - 1; i >= 0; i--) {
      const block = missing[i]!;
      step = steps[block.index] = own(block, step);
    }
    return step!;
  };
}

/** Block ids from the hardware up to the app, and each one's share of the cold start. */
export function pathOf(trail: Trail): { path: BlockId[]; parts: StartPart[] } {
  const up: Step[] = [];
  for (let at: Step | undefined = trail.app; at !== undefined; at = at.host) up.push(at);
  up.reverse();
  const parts: StartPart[] = [];
  for (const b of up) {
    if (b.startMs > 0)
      parts.push({ blockId: b.id, what: b.kind === 'os' ? 'boot' : 'start', ms: b.startMs });
    if (b.domainMs > 0) parts.push({ blockId: b.id, what: 'control-domain-boot', ms: b.domainMs });
    if (b === trail.engine && b.containerStartMs > 0)
      parts.push({ blockId: b.id, what: 'container-start', ms: b.containerStartMs });
  }
  return { path: up.map((b) => b.id), parts };
}

/** One block's share of an app's cold start: its boot or start, or a container's start. */
export type StartPart = {
  readonly blockId: BlockId;
  readonly what: 'boot' | 'start' | 'control-domain-boot' | 'container-start';
  readonly ms: number;
};

/** Every field of a step but its host, each with how to compare it: the type checker lists them. */
const SAME_OWN: { readonly [K in Exclude<keyof Step, 'host'>]: (a: Step, b: Step) => boolean } = {
  id: (a, b) => a.id === b.id,
  kind: (a, b) => a.kind === b.kind,
  startMs: (a, b) => Object.is(a.startMs, b.startMs),
  domainMs: (a, b) => Object.is(a.domainMs, b.domainMs),
  containerStartMs: (a, b) => Object.is(a.containerStartMs, b.containerStartMs),
  io: (a, b) => a.io.length === b.io.length && a.io.every((layer, i) => layer === b.io[i]),
  slidesUnder: (a, b) => a.slidesUnder === b.slidesUnder,
  userSpaceKernel: (a, b) => a.userSpaceKernel === b.userSpaceKernel,
};
const OWN_FIELDS = Object.values(SAME_OWN);

/** What `sameSteps` has settled so far: for a step of the new report, the old one it was compared with. */
export type StepVerdicts = Map<Step, { readonly with: Step; readonly same: boolean }>;

/**
 * Whether two steps and every step below them are equal. Each pair is settled once and kept in
 * `verdicts`, so comparing every app of a deep stack walks each block once, not once per app.
 */
export function sameSteps(
  a: Step | undefined,
  b: Step | undefined,
  verdicts: StepVerdicts,
): boolean {
  const walked: (readonly [Step, Step])[] = [];
  let same: boolean;
  for (let x = a, y = b; ; x = x.host, y = y.host) {
    if (x === y) {
      same = true;
      break;
    }
    if (x === undefined || y === undefined) {
      same = false;
      break;
    }
    const known = verdicts.get(y);
    if (known?.with === x) {
      same = known.same;
      break;
    }
    walked.push([x, y]);
    if (!OWN_FIELDS.every((equal) => equal(x, y))) {
      same = false;
      break;
    }
    // Equal so far: this pair's verdict is the verdict of the pair below.
  }
  for (const [x, y] of walked) verdicts.set(y, { with: x, same });
  return same;
}
