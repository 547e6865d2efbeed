import { appNeedsKernel } from './appNeedsKernel';
import { appWithoutLibraries } from './appWithoutLibraries';
import { archMismatch } from './archMismatch';
import { competingHypervisors } from './competingHypervisors';
import { containersInVm } from './containersInVm';
import { danglingHost } from './danglingHost';
import { diskExceeded } from './diskExceeded';
import { engineKernelFamily } from './engineKernelFamily';
import { engineNeedsKernel } from './engineNeedsKernel';
import { execFormatError } from './execFormatError';
import { guestOsNeedsHypervisor } from './guestOsNeedsHypervisor';
import { hardwareIsRoot } from './hardwareIsRoot';
import { hiddenLinuxVm } from './hiddenLinuxVm';
import { hostCycle } from './hostCycle';
import { hypervisorPlacement } from './hypervisorPlacement';
import { hyperVUnderWindows } from './hyperVUnderWindows';
import { kernelFamilyMismatch } from './kernelFamilyMismatch';
import { kvmNeedsLinux } from './kvmNeedsLinux';
import { libcMismatch } from './libcMismatch';
import { libraryNeedsKernel } from './libraryNeedsKernel';
import { memoryExceeded } from './memoryExceeded';
import { needsVirtualizationRule } from './needsVirtualizationRule';
import { nestedVirtualization } from './nestedVirtualization';
import { nestedVirtualizationOff } from './nestedVirtualizationOff';
import { noOsInContainer } from './noOsInContainer';
import { notInstalled } from './notInstalled';
import { nothingRunsOnApp } from './nothingRunsOnApp';
import { oneBootPerMachine } from './oneBootPerMachine';
import { RULE_IDS, type RuleId } from './ruleIds';
import { type2NeedsHostOs } from './type2NeedsHostOs';
import { type1OnBareMetal } from './type1OnBareMetal';
import type { Diagnostic, Finding, Rule, RuleContext, StackContext } from './types';
import { vmDiskExceeded } from './vmDiskExceeded';
import { vmMemoryExceeded } from './vmMemoryExceeded';
import { xenDom0 } from './xenDom0';

const ALL: readonly Rule[] = [
  danglingHost,
  hostCycle,
  notInstalled,
  hardwareIsRoot,
  oneBootPerMachine,
  nothingRunsOnApp,
  guestOsNeedsHypervisor,
  noOsInContainer,
  type1OnBareMetal,
  hyperVUnderWindows,
  xenDom0,
  type2NeedsHostOs,
  kvmNeedsLinux,
  hypervisorPlacement,
  engineNeedsKernel,
  libraryNeedsKernel,
  appNeedsKernel,
  archMismatch,
  execFormatError,
  needsVirtualizationRule,
  nestedVirtualizationOff,
  nestedVirtualization,
  competingHypervisors,
  engineKernelFamily,
  hiddenLinuxVm,
  kernelFamilyMismatch,
  containersInVm,
  libcMismatch,
  appWithoutLibraries,
  memoryExceeded,
  diskExceeded,
  vmMemoryExceeded,
  vmDiskExceeded,
];

const BY_ID = new Map<RuleId, Rule>(ALL.map((r) => [r.id, r]));

/** Every rule, in the order of `RULE_IDS` (the order diagnostics are listed in). */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Rule ${id} is listed but not implemented`);
  return rule;
});

function collect(rule: Rule, out: Diagnostic[]) {
  return (f: Finding) =>
    void out.push({
      rule: rule.id,
      severity: f.severity ?? rule.severity,
      blockIds: f.blockIds,
      message: f.message,
      fix: f.fix,
      source: rule.source,
    });
}

/** Runs the rules about the stack itself (every rule but capacity), in `RULE_IDS` order. */
export function runStackRules(ctx: StackContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) if (rule.stage !== 'costs') rule.check(ctx, collect(rule, out));
  return out;
}

/** Runs the rules about capacity, once the costs of what runs are known. */
export function runCostRules(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) if (rule.stage === 'costs') rule.check(ctx, collect(rule, out));
  return out;
}
