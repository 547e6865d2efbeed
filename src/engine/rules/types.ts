import type { CostModel } from '../cost/costModel';
import type { Placement } from '../graph/placeDesign';
import type { BlockId } from '../ids';
import type { RuleId } from './ruleIds';

export type Severity = 'error' | 'warning' | 'info';

/** One finding of one rule, as the Problems panel, the grader and tests read it. */
export type Diagnostic = {
  /** Stable kebab-case id of the rule (safe to match on in tests and exercises). */
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The blocks concerned, the one to fix first. */
  readonly blockIds: readonly BlockId[];
  /** What is wrong, in a student's words. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** Where the fact behind the rule comes from. */
  readonly source?: string;
};

/** Families of rules, as DESIGN.md §3 groups them. */
export type RuleFamily =
  | 'structure'
  | 'placement'
  | 'architecture'
  | 'virtualization'
  | 'kernel'
  | 'libraries'
  | 'capacity';

/** What a rule about the stack itself can read: the placed design. */
export type StackContext = { readonly placement: Placement };
/** What a rule about capacity can read: the placed design and its costs. */
export type RuleContext = StackContext & { readonly costs: CostModel };

/** A finding before the rule's id and source are attached. */
export type Finding = {
  readonly blockIds: readonly BlockId[];
  readonly message: string;
  readonly fix: string;
  /** Only when this finding differs from the rule's usual severity. */
  readonly severity?: Severity;
};

type RuleBase = {
  readonly id: RuleId;
  readonly family: RuleFamily;
  /** The usual severity of its findings. */
  readonly severity: Severity;
  /** The rule ids L1–L25 of the reference it implements, for readers of the code. */
  readonly reference: readonly string[];
  readonly source: string;
};

/**
 * Rules come in two stages. Stack rules judge where blocks sit and what they need; their errors
 * decide which blocks really run. Only then are costs counted (a block that cannot run costs
 * nothing), and the capacity rules judge those costs.
 */
export type StackRule = RuleBase & {
  readonly stage?: 'stack';
  check(ctx: StackContext, report: (finding: Finding) => void): void;
};
export type CostRule = RuleBase & {
  readonly stage: 'costs';
  check(ctx: RuleContext, report: (finding: Finding) => void): void;
};
export type Rule = StackRule | CostRule;
