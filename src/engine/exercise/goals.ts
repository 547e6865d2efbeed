import type { Role } from '../graph/roles';
import type { RuleId } from '../rules/ruleIds';

/** The roles an app can run in, for "every app runs in …". */
export type AppRole = 'container' | 'vm-app' | 'native-app';
export const APP_ROLES: readonly AppRole[] = ['container', 'vm-app', 'native-app'];

/**
 * What an exercise asks for, checked by the engine on the student's design — never a comparison
 * with one model answer, so every design that meets the goals passes.
 */
export type Goal =
  /** No errors anywhere. */
  | { readonly type: 'no-errors' }
  /** No errors and no warnings anywhere (a glibc app "that may not start" is not good enough). */
  | { readonly type: 'no-warnings' }
  /** The canvas is not empty: an empty design meets "no errors" but has built nothing. */
  | { readonly type: 'not-empty' }
  /** A named rule does not fire (the mistake a broken stack is built around). */
  | { readonly type: 'no-problem'; readonly rule: RuleId }
  /** At least `min` apps that really run; with `app`, apps of that name (copies of one app). */
  | { readonly type: 'apps'; readonly min: number; readonly app?: string }
  /** Every app runs in this way (and there is at least one). */
  | { readonly type: 'apps-as'; readonly role: AppRole }
  /** Every app stands on Bins/Libs of its own (and there is at least one app). */
  | { readonly type: 'apps-on-libraries' }
  /**
   * At least `min` (and, with `max`, at most `max`) running blocks in a role: three guest OSes,
   * one bare-metal hypervisor, exactly one machine… KVM counts as type 1 and as type 2.
   */
  | {
      readonly type: 'role-count';
      readonly role: Role;
      readonly min: number;
      readonly max?: number;
    }
  /** At least `min` blocks of a catalog variant (a given machine, engine…). */
  | { readonly type: 'uses-variant'; readonly variant: string; readonly min: number }
  /** The memory used on every machine together stays under `mib`. */
  | { readonly type: 'memory-under'; readonly mib: number }
  /** Sharing library layers saves at least `pct` percent of the apps' library memory. */
  | { readonly type: 'sharing-at-least'; readonly pct: number }
  /** At least one library layer is shared by `apps` apps or more (App Y and App Z share). */
  | { readonly type: 'shared-layer'; readonly apps: number }
  /** One more copy of the app called `app` starts in under `ms`. */
  | { readonly type: 'copy-start-under'; readonly app: string; readonly ms: number }
  /** At least `min` more copies of the app called `app` fit. */
  | { readonly type: 'copies-fit'; readonly app: string; readonly min: number }
  /** The two apps named do not share a kernel (isolation). */
  | { readonly type: 'separate-kernels'; readonly apps: readonly [string, string] };

export type GoalType = Goal['type'];

/** A goal as an exercise holds it: with, optionally, the author's own hint. */
export type ExerciseGoal = Goal & { readonly hint?: string };

/** Every goal type, in the order an author picks from. */
export const GOAL_TYPES: readonly GoalType[] = [
  'no-errors',
  'no-warnings',
  'not-empty',
  'no-problem',
  'apps',
  'apps-as',
  'apps-on-libraries',
  'role-count',
  'uses-variant',
  'memory-under',
  'sharing-at-least',
  'shared-layer',
  'copy-start-under',
  'copies-fit',
  'separate-kernels',
];

/** What the checklist shows for an app role. */
export const APP_ROLE_WORDS: Readonly<Record<AppRole, string>> = {
  container: 'in a container',
  'vm-app': 'in a virtual machine',
  'native-app': 'directly on a host OS',
};
