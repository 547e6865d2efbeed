import { roundMiB } from './cost/gauge';
import { computeCosts } from './cost/costModel';
import type { Design } from './design';
import { placeDesign } from './graph/placeDesign';
import type { BlockId } from './ids';
import type { BlockFacts, Report } from './report';
import { RULES, runCostRules, runStackRules } from './rules';
import type { RuleId } from './rules/ruleIds';
import type { Diagnostic, RuleFamily, Severity } from './rules/types';

/** Families whose errors say a block may not sit where it sits: its link to its host is wrong. */
const LINK_FAMILIES: ReadonlySet<RuleFamily> = new Set([
  'placement',
  'architecture',
  'virtualization',
  'kernel',
]);
const LINK_RULES: ReadonlySet<RuleId> = new Set(
  RULES.filter((r) => LINK_FAMILIES.has(r.family)).map((r) => r.id),
);
/**
 * Rules whose errors mean the block they name first cannot run at all: it cannot sit there, boot
 * on that CPU, start its VMs, find its kernel or its C library. It and everything on it then cost
 * nothing and never start (an app on bare hardware claims no "more copies").
 */
const STOPPING_RULES: ReadonlySet<RuleId> = new Set(
  RULES.filter((r) => LINK_FAMILIES.has(r.family) || r.family === 'libraries').map((r) => r.id),
);

function blockedBy(diagnostics: readonly Diagnostic[]): Set<BlockId> {
  const blocked = new Set<BlockId>();
  for (const d of diagnostics) {
    const first = d.blockIds[0];
    if (d.severity === 'error' && first !== undefined && STOPPING_RULES.has(d.rule))
      blocked.add(first);
  }
  return blocked;
}

type Counts = { errors: number; warnings: number; infos: number };

function bump(c: Counts, severity: Severity): void {
  if (severity === 'error') c.errors++;
  else if (severity === 'warning') c.warnings++;
  else c.infos++;
}

function countBySeverity(diagnostics: readonly Diagnostic[]): Map<BlockId, Counts> {
  const counts = new Map<BlockId, Counts>();
  for (const d of diagnostics) {
    for (const id of new Set(d.blockIds)) {
      let c = counts.get(id);
      if (!c) counts.set(id, (c = { errors: 0, warnings: 0, infos: 0 }));
      bump(c, d.severity);
    }
  }
  return counts;
}

/**
 * Checks and costs a design: which stacks are illegal and why, memory and disk per machine and
 * per VM, shared-library savings, and per app its start times, I/O path, performance and room for
 * more copies. Pure and deterministic; linear in the number of blocks; never throws on a design
 * that `parseDesign` accepted.
 *
 * @example
 * const report = evaluate(design);
 * report.sharing.memory.savedMiB; // what identical layers save
 */
export function evaluate(design: Design): Report {
  const { placement, settleRuns } = placeDesign(design);
  const stackDiagnostics = runStackRules({ placement });
  settleRuns(blockedBy(stackDiagnostics));
  const costs = computeCosts(placement);
  // Capacity rules come last in RULE_IDS, so this keeps every diagnostic in rule order.
  const diagnostics = [...stackDiagnostics, ...runCostRules({ placement, costs })];

  const counts = countBySeverity(diagnostics);
  const badLinks = new Set<BlockId>();
  for (const d of diagnostics) {
    const first = d.blockIds[0];
    if (d.severity === 'error' && first !== undefined && LINK_RULES.has(d.rule))
      badLinks.add(first);
  }
  const none: Counts = { errors: 0, warnings: 0, infos: 0 };
  const blocks = new Map<BlockId, BlockFacts>();
  for (const p of placement.all) {
    const c = counts.get(p.block.id) ?? none;
    blocks.set(p.block.id, {
      role: p.role,
      runs: p.runs,
      cpu: p.host?.cpu ?? p.cpu,
      build: p.build,
      translatedBy: p.translation?.by,
      kernelId: p.kernel?.block.id,
      machineId: p.machine?.block.id,
      accountId: p.account?.block.id,
      errors: c.errors,
      warnings: c.warnings,
      infos: c.infos,
      linkOk: !badLinks.has(p.block.id),
    });
  }

  let memoryMiB = 0;
  let diskMiB = 0;
  let capacityMemoryMiB = 0;
  let capacityDiskMiB = 0;
  for (const hw of costs.accounts.hardware) {
    memoryMiB += hw.memory.usedMiB;
    diskMiB += hw.disk.usedMiB;
    capacityMemoryMiB += hw.memory.capacityMiB;
    capacityDiskMiB += hw.disk.capacityMiB;
  }
  const all: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) bump(all, d.severity);

  return {
    diagnostics,
    hardware: costs.accounts.hardware,
    vms: costs.accounts.vms,
    sharing: costs.sharing,
    apps: costs.apps,
    totals: {
      memoryMiB: roundMiB(memoryMiB),
      diskMiB: roundMiB(diskMiB),
      capacityMemoryMiB: roundMiB(capacityMemoryMiB),
      capacityDiskMiB: roundMiB(capacityDiskMiB),
      blocks: design.blocks.length,
      apps: costs.apps.length,
      ...all,
    },
    blocks,
  };
}
