import { assertNever } from '../assert';
import type { RuleId } from '../rules/ruleIds';
import { findAnyVariant } from '../catalog';
import { formatMiB, formatMs, formatPct } from '../format';
import { ROLE_LABELS } from '../graph/roles';
import { RULE_TITLES } from '../rules/ruleTitles';
import { isolate } from '../parse/isolate';
import { APP_ROLE_WORDS, type Goal } from './goals';

/** A variant's name, whatever its kind (goals name variants by id). */
export function variantLabel(variant: string): string {
  return findAnyVariant(variant)?.label ?? variant;
}

function ruleTitle(rule: RuleId): string {
  return RULE_TITLES[rule];
}

/** The goal as the checklist states it. */
export function describeGoal(goal: Goal): string {
  switch (goal.type) {
    case 'no-errors':
      return 'No errors';
    case 'no-warnings':
      return 'No errors and no warnings';
    case 'not-empty':
      return 'Something is built';
    case 'no-problem':
      return `Fixed: ${ruleTitle(goal.rule)}`;
    case 'apps':
      return goal.app === undefined
        ? `At least ${goal.min} app${goal.min === 1 ? '' : 's'} running`
        : `At least ${goal.min} × ${goal.app} running`;
    case 'apps-as':
      return `Every app runs ${APP_ROLE_WORDS[goal.role]}`;
    case 'apps-on-libraries':
      return 'Every app has its own Bins/Libs below it';
    case 'role-count':
      if (goal.max === goal.min) return `Exactly ${goal.min} × ${ROLE_LABELS[goal.role]}`;
      if (goal.max !== undefined && goal.min === 0)
        return `At most ${goal.max} × ${ROLE_LABELS[goal.role]}`;
      return goal.max === undefined
        ? `At least ${goal.min} × ${ROLE_LABELS[goal.role]}`
        : `${goal.min} to ${goal.max} × ${ROLE_LABELS[goal.role]}`;
    case 'uses-variant':
      return goal.min === 1
        ? `Uses ${variantLabel(goal.variant)}`
        : `Uses ${goal.min} × ${variantLabel(goal.variant)}`;
    case 'memory-under':
      return `Uses less than ${formatMiB(goal.mib)} of memory in all`;
    case 'sharing-at-least':
      return `Shared libraries save at least ${formatPct(goal.pct)} of library memory`;
    case 'shared-layer':
      return `At least ${goal.apps} apps share one library layer`;
    case 'copy-start-under':
      return `One more ${isolate(goal.app)} starts in under ${formatMs(goal.ms)}`;
    case 'copies-fit':
      return `At least ${goal.min} more ${isolate(goal.app)} fit${goal.min === 1 ? 's' : ''}`;
    case 'separate-kernels':
      return `${isolate(goal.apps[0])} and ${isolate(goal.apps[1])} do not share a kernel`;
    default:
      return assertNever(goal);
  }
}

/** A nudge for a student who is stuck (an exercise may give its own instead). */
export function defaultHint(goal: Goal): string {
  switch (goal.type) {
    case 'no-errors':
      return 'Open Problems: each error says what is wrong and how to fix it. Click one to find its block.';
    case 'no-warnings':
      return 'Open Problems: warnings (yellow) count too. Each says what is risky and how to fix it.';
    case 'not-empty':
      return 'Drag a machine from the palette onto the canvas, then stack on it.';
    case 'no-problem':
      return 'Find this problem in the Problems panel and read its fix.';
    case 'apps':
      return 'Apps come last, on top of their libraries. Each app must sit somewhere it can run.';
    case 'apps-as':
      return goal.role === 'container'
        ? 'A container is an app (with its libraries) on a container engine such as Docker, on an OS.'
        : goal.role === 'vm-app'
          ? 'An app in a VM sits on a guest OS, which sits on a hypervisor.'
          : 'An app on the host OS sits (with its libraries) straight on the OS of the machine.';
    case 'apps-on-libraries':
      return 'Each app needs its Bins/Libs: put a library block (a runtime or a base image) between the app and its OS.';
    case 'role-count':
      return 'The Inspector shows each block’s role: select a block to see what it counts as.';
    case 'uses-variant':
      return 'Search the palette for it by name.';
    case 'memory-under':
      return 'Every VM carries a whole guest OS; containers share one kernel. The Costs panel shows where memory goes.';
    case 'sharing-at-least':
    case 'shared-layer':
      return 'Put apps that need the same libraries on one library block: the layer is then stored and loaded once.';
    case 'copy-start-under':
      return 'A new container starts in a fraction of a second; a new VM boots a whole OS first.';
    case 'copies-fit':
      return 'A copy in a container needs only the app’s memory; a copy in a VM needs a whole VM.';
    case 'separate-kernels':
      return 'Containers on one OS share its kernel. Give each app its own VM (its own guest OS) to separate them.';
    default:
      return assertNever(goal);
  }
}
