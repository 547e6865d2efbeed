import { assertNever } from '../assert';
import { blockName } from '../blockName';
import { isolate } from '../parse/isolate';
import type { Block, Design } from '../design';
import { formatMiB, formatMs, formatPct } from '../format';
import { ROLE_LABELS } from '../graph/roles';
import type { BlockId } from '../ids';
import type { Report } from '../report';
import { variantLabel } from './describeGoal';
import { APP_ROLE_WORDS, type Goal } from './goals';

/** Whether a goal is met, and in either case what the engine sees, in a student's words. */
export type GoalResult = {
  readonly met: boolean;
  /** What the design has now: "2 of 3 apps", "App X: 1.2 s". */
  readonly now: string;
  /** When unmet: why, naming the blocks concerned. */
  readonly why?: string;
};

/** The roles of apps that really run (installed, in a legal place). */
const RUNNING = new Set(['container', 'vm-app', 'native-app']);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function apps(design: Design, report: Report): Block[] {
  return design.blocks.filter(
    (b) => b.kind === 'app' && RUNNING.has(report.blocks.get(b.id)?.role ?? ''),
  );
}

/** Apps are named as students name them: by label, else by variant, ignoring case and spaces. */
function named(design: Design, name: string): Block[] {
  const wanted = name.trim().toLowerCase();
  return design.blocks.filter((b) => b.kind === 'app' && blockName(b).toLowerCase() === wanted);
}

const missing = (name: string): GoalResult => ({
  met: false,
  now: `no app called ${name}`,
  why: `There is no app called “${isolate(name)}” yet: add one, or rename an app in the Inspector.`,
});

/** One app's report, by block id. */
function appReport(report: Report, id: BlockId) {
  return report.apps.find((a) => a.blockId === id);
}

/** Checks one goal against a design and its report (the one `evaluate` made for it). */
export function checkGoal(goal: Goal, design: Design, report: Report): GoalResult {
  switch (goal.type) {
    case 'no-errors': {
      const errors = report.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length === 0) return { met: true, now: 'no errors' };
      return {
        met: false,
        now: plural(errors.length, 'error'),
        why: `${plural(errors.length, 'error')} left. First: ${errors[0]!.message}`,
      };
    }
    case 'no-problem': {
      const found = report.diagnostics.filter((d) => d.rule === goal.rule);
      if (found.length === 0) return { met: true, now: 'gone' };
      return { met: false, now: `still there (${found.length})`, why: found[0]!.message };
    }
    case 'apps': {
      const running = apps(design, report).length;
      const all = design.blocks.filter((b) => b.kind === 'app').length;
      return running >= goal.min
        ? { met: true, now: plural(running, 'app') }
        : {
            met: false,
            now: `${running} of ${goal.min}`,
            why:
              all > running
                ? `${plural(all - running, 'app')} cannot run where ${all - running === 1 ? 'it is' : 'they are'}: see Problems.`
                : `Add ${plural(goal.min - running, 'more app')}.`,
          };
    }
    case 'apps-as': {
      const all = design.blocks.filter((b) => b.kind === 'app');
      const wrong = all.filter((b) => report.blocks.get(b.id)?.role !== goal.role);
      if (all.length === 0) return { met: false, now: 'no apps yet', why: 'Add an app first.' };
      if (wrong.length === 0) return { met: true, now: `all ${plural(all.length, 'app')}` };
      const first = wrong[0]!;
      const role = report.blocks.get(first.id)?.role;
      return {
        met: false,
        now: `${all.length - wrong.length} of ${all.length}`,
        why: `${isolate(blockName(first))} runs as ${role ? ROLE_LABELS[role] : 'nothing yet'}, not ${APP_ROLE_WORDS[goal.role]}.`,
      };
    }
    case 'role-count': {
      let count = 0;
      for (const facts of report.blocks.values()) if (facts.role === goal.role) count++;
      return count >= goal.min
        ? { met: true, now: `${count}` }
        : {
            met: false,
            now: `${count} of ${goal.min}`,
            why: `The design has ${count} ${ROLE_LABELS[goal.role]}${count === 1 ? '' : '(s)'}; the goal needs ${goal.min}.`,
          };
    }
    case 'uses-variant': {
      const count = design.blocks.filter((b) => b.variant === goal.variant).length;
      const label = variantLabel(goal.variant);
      return count >= goal.min
        ? { met: true, now: `${count}` }
        : { met: false, now: `${count} of ${goal.min}`, why: `Use ${label} (from the palette).` };
    }
    case 'memory-under': {
      const used = report.totals.memoryMiB;
      return used < goal.mib
        ? { met: true, now: formatMiB(used) }
        : {
            met: false,
            now: formatMiB(used),
            why: `The design uses ${formatMiB(used)} of memory, ${formatMiB(used - goal.mib)} too much. See the Costs panel for what takes the most.`,
          };
    }
    case 'sharing-at-least': {
      const { savedPct, savedMiB } = report.sharing.memory;
      return savedPct >= goal.pct
        ? { met: true, now: `saves ${formatPct(savedPct)}` }
        : {
            met: false,
            now: `saves ${formatPct(savedPct)}`,
            why:
              savedMiB === 0
                ? 'No library layer is shared yet: apps share a layer when they stand on the same library block.'
                : `Sharing saves ${formatPct(savedPct)} of the library memory; the goal is ${formatPct(goal.pct)}.`,
          };
    }
    case 'copy-start-under':
    case 'copies-fit': {
      const candidates = named(design, goal.app);
      if (candidates.length === 0) return missing(goal.app);
      const reports = candidates.map((b) => appReport(report, b.id));
      if (reports.some((r) => r === undefined))
        return {
          met: false,
          now: 'not running',
          why: `${isolate(goal.app)} is not installed where it can run yet.`,
        };
      if (goal.type === 'copy-start-under') {
        const slowest = Math.max(...reports.map((r) => r!.instanceStartMs));
        return slowest < goal.ms
          ? { met: true, now: formatMs(slowest) }
          : {
              met: false,
              now: formatMs(slowest),
              why: `One more ${isolate(goal.app)} takes ${formatMs(slowest)} to start (${reports[0]!.copyKind === 'vm' ? 'a whole VM boots' : 'see its start time in Costs'}); the goal is under ${formatMs(goal.ms)}.`,
            };
      }
      const fewest = Math.min(...reports.map((r) => r!.extraCopies));
      return fewest >= goal.min
        ? { met: true, now: `${fewest} more fit` }
        : {
            met: false,
            now: `${fewest} more fit`,
            why: `Each more ${isolate(goal.app)} needs ${formatMiB(reports[0]!.copyCostMiB)}; there is room for ${fewest}.`,
          };
    }
    case 'separate-kernels': {
      const [a, b] = goal.apps;
      const as = named(design, a);
      const bs = named(design, b);
      if (as.length === 0) return missing(a);
      if (bs.length === 0) return missing(b);
      const kernels = (list: Block[]) => list.map((x) => report.blocks.get(x.id)?.kernelId);
      const ka = kernels(as);
      const kb = kernels(bs);
      if ([...ka, ...kb].some((k) => k === undefined))
        return {
          met: false,
          now: 'not running',
          why: `${isolate(a)} and ${isolate(b)} must both run first.`,
        };
      const shared = ka.find((k) => kb.includes(k));
      return shared === undefined
        ? { met: true, now: 'separate kernels' }
        : {
            met: false,
            now: 'one kernel',
            why: `${isolate(a)} and ${isolate(b)} both use the kernel of ${isolate(nameOf(design, shared))}: a container shares its host's kernel; a VM has its own.`,
          };
    }
    default:
      return assertNever(goal);
  }
}

function nameOf(design: Design, id: BlockId | undefined): string {
  const block = design.blocks.find((b) => b.id === id);
  return block ? blockName(block) : 'the same OS';
}
