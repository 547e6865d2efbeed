import type { GoalType } from '@/engine';
import type { B } from '../../helpers/buildDesign';

/**
 * One candidate answer to a built-in exercise: the design, and — for a wrong one — the goals that
 * must be unmet for the reason `why` gives (by type; others may be unmet too). `why` says, as a
 * teacher would, why it is right or wrong.
 */
export type Answer = {
  readonly why: string;
  readonly blocks: readonly B[];
  /** Goals this answer must leave unmet; empty for a right answer. */
  readonly unmet: readonly GoalType[];
};

export type ExerciseAnswers = {
  readonly right: readonly Answer[];
  readonly wrong: readonly Answer[];
};

export const right = (why: string, blocks: readonly B[]): Answer => ({ why, blocks, unmet: [] });
export const wrong = (why: string, unmet: readonly GoalType[], blocks: readonly B[]): Answer => ({
  why,
  blocks,
  unmet,
});

/** `n` apps of one variant on `on`, each labelled `label` (copies of one app). */
export const copies = (n: number, on: string, label: string, variant = 'web-app'): B[] =>
  Array.from({ length: n }, (_, i): B => [`${label}-${on}-${i}`, 'app', variant, on, { label }]);

/** A VM on `hypervisor`: a guest OS, a library on it, an app on that. */
export const vm = (
  id: string,
  hypervisor: string,
  opts: { os?: string; lib?: string; app?: string; label?: string } = {},
): B[] => [
  [`${id}-os`, 'os', opts.os ?? 'ubuntu', hypervisor],
  [`${id}-lib`, 'library', opts.lib ?? 'python', `${id}-os`],
  [
    `${id}-app`,
    'app',
    opts.app ?? 'web-app',
    `${id}-lib`,
    opts.label === undefined ? undefined : { label: opts.label },
  ],
];

/** Three VMs with their own libraries, as in the lesson's figure 1.1. */
export const threeVms = (hypervisor: string): B[] => [
  ...vm('a', hypervisor),
  ...vm('b', hypervisor),
  ...vm('c', hypervisor),
];
