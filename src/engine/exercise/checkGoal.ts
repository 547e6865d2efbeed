import { assertNever } from '../assert';
import { blockName } from '../blockName';
import { isolate } from '../parse/isolate';
import type { Block, Design } from '../design';
import { countOf, formatMiB, formatMs, formatPct } from '../format';
import { ROLE_LABELS, roleCountsAs } from '../graph/roles';
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

/** "the one app", "all 3 apps": every one of them, in words that read right for one. */
const allOf = (n: number, word: string) =>
  n === 1 ? `the one ${word}` : `all ${countOf(n, word)}`;

/** The apps that really run (installed, on a stack where every block is in a legal place). */
function apps(design: Design, report: Report): Block[] {
  return design.blocks.filter((b) => b.kind === 'app' && report.blocks.get(b.id)?.runs === true);
}

/** Apps are named as students name them: by label, else by variant, ignoring case and spaces. */
function isNamed(block: Block, name: string): boolean {
  return blockName(block).trim().toLowerCase() === name.trim().toLowerCase();
}
function named(design: Design, name: string): Block[] {
  return design.blocks.filter((b) => b.kind === 'app' && isNamed(b, name));
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

/**
 * Goals that ask for nothing wrong, or for little used: an empty canvas has no errors and uses no
 * memory, yet it answers nothing. A student must never see "✔ No errors" before building.
 */
const NOT_MET_BY_NOTHING: ReadonlySet<Goal['type']> = new Set([
  'no-errors',
  'no-warnings',
  'no-problem',
  'memory-under',
]);

/** Checks one goal against a design and its report (the one `evaluate` made for it). */
export function checkGoal(goal: Goal, design: Design, report: Report): GoalResult {
  if (design.blocks.length === 0 && NOT_MET_BY_NOTHING.has(goal.type))
    return {
      met: false,
      now: 'nothing built yet',
      why: 'The canvas is empty: build the stack first.',
    };
  switch (goal.type) {
    case 'no-errors': {
      const errors = report.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length === 0) return { met: true, now: 'no errors' };
      return {
        met: false,
        now: countOf(errors.length, 'error'),
        why: `${countOf(errors.length, 'error')} left. First: ${errors[0]!.message}`,
      };
    }
    case 'no-warnings': {
      const found = report.diagnostics.filter((d) => d.severity !== 'info');
      if (found.length === 0) return { met: true, now: 'no errors or warnings' };
      const errors = found.filter((d) => d.severity === 'error').length;
      const warnings = found.length - errors;
      const first = found[0]!;
      return {
        met: false,
        now: [
          errors > 0 ? countOf(errors, 'error') : '',
          warnings > 0 ? countOf(warnings, 'warning') : '',
        ]
          .filter(Boolean)
          .join(', '),
        why: `${first.severity === 'error' ? 'An error' : 'A warning'} is left: ${first.message}`,
      };
    }
    case 'not-empty': {
      const n = design.blocks.length;
      return n > 0
        ? { met: true, now: countOf(n, 'block') }
        : { met: false, now: 'empty', why: 'The canvas is empty: build the stack first.' };
    }
    case 'no-problem': {
      const found = report.diagnostics.filter((d) => d.rule === goal.rule);
      if (found.length === 0) return { met: true, now: 'gone' };
      return { met: false, now: `still there (${found.length})`, why: found[0]!.message };
    }
    case 'apps': {
      const wanted = goal.app;
      const ofName = (list: readonly Block[]) =>
        wanted === undefined ? list : list.filter((b) => isNamed(b, wanted));
      const running = ofName(apps(design, report)).length;
      const all = ofName(design.blocks.filter((b) => b.kind === 'app')).length;
      const what = wanted === undefined ? 'app' : `${wanted} app`;
      return running >= goal.min
        ? { met: true, now: countOf(running, what) }
        : {
            met: false,
            now: `${running} of ${goal.min}`,
            why:
              all > running
                ? `${countOf(all - running, what)} cannot run where ${all - running === 1 ? 'it is' : 'they are'}: see Problems.`
                : wanted === undefined
                  ? `Add ${countOf(goal.min - running, 'more app')}.`
                  : `Add ${goal.min - running} more ${wanted} (an app named “${wanted}”).`,
          };
    }
    case 'apps-as': {
      const all = design.blocks.filter((b) => b.kind === 'app');
      const wrong = all.filter((b) => {
        const facts = report.blocks.get(b.id);
        return facts?.role !== goal.role || !facts.runs;
      });
      if (all.length === 0) return { met: false, now: 'no apps yet', why: 'Add an app first.' };
      if (wrong.length === 0) return { met: true, now: allOf(all.length, 'app') };
      const first = wrong[0]!;
      const facts = report.blocks.get(first.id);
      return {
        met: false,
        now: `${all.length - wrong.length} of ${all.length}`,
        why:
          facts?.role === goal.role
            ? `${isolate(blockName(first))} does not run yet: something below it is misplaced (see Problems).`
            : `${isolate(blockName(first))} runs as ${facts ? ROLE_LABELS[facts.role] : 'nothing yet'}, not ${APP_ROLE_WORDS[goal.role]}.`,
      };
    }
    case 'apps-on-libraries': {
      const running = apps(design, report);
      if (running.length === 0) return { met: false, now: 'no apps yet', why: 'Add an app first.' };
      const byId = new Map(design.blocks.map((b) => [b.id, b]));
      const bare = running.filter(
        (b) => (b.on === undefined ? undefined : byId.get(b.on))?.kind !== 'library',
      );
      if (bare.length === 0) return { met: true, now: allOf(running.length, 'app') };
      return {
        met: false,
        now: `${running.length - bare.length} of ${running.length}`,
        why: `${isolate(blockName(bare[0]!))} sits with no Bins/Libs of its own below it: put its libraries (for example a runtime) between it and the OS.`,
      };
    }
    case 'role-count': {
      let count = 0;
      for (const facts of report.blocks.values())
        if (facts.runs && roleCountsAs(facts.role, goal.role)) count++;
      const label = ROLE_LABELS[goal.role];
      const fewer = count < goal.min;
      const more = goal.max !== undefined && count > goal.max;
      if (!fewer && !more) return { met: true, now: `${count}` };
      return {
        met: false,
        now: fewer ? `${count} of ${goal.min}` : `${count}, at most ${goal.max}`,
        why: fewer
          ? `The design has ${count} × ${label} that run${count === 1 ? 's' : ''}; the goal needs ${goal.min}.`
          : `The design has ${count} × ${label}; the goal allows at most ${goal.max}.`,
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
    case 'shared-layer': {
      let most = 0;
      for (const layer of report.sharing.layers) most = Math.max(most, layer.appCount);
      return most >= goal.apps
        ? { met: true, now: `${most} apps share a layer` }
        : {
            met: false,
            now: most === 0 ? 'nothing shared' : `at most ${most} share a layer`,
            why: 'No library layer is shared by enough apps yet: apps share a layer when they stand on the same library block (or on identical ones, on the same layers, in one kernel).',
          };
    }
    case 'copy-start-under':
    case 'copies-fit': {
      const candidates = named(design, goal.app);
      if (candidates.length === 0) return missing(goal.app);
      const reports = candidates.map((b) => appReport(report, b.id));
      if (reports.some((r) => r === undefined || !r.runs))
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
      const kernels = (list: Block[]) =>
        list.map((x) => {
          const facts = report.blocks.get(x.id);
          return facts?.runs ? facts.kernelId : undefined;
        });
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
