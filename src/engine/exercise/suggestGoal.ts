import { assertNever } from '../assert';
import { blockName } from '../blockName';
import type { Design } from '../design';
import type { Role } from '../graph/roles';
import type { BlockId } from '../ids';
import type { Report } from '../report';
import { APP_ROLES, type Goal, type GoalType } from './goals';

/** The roles worth counting in a goal, most telling first. */
const COUNTED_ROLES: readonly Role[] = [
  'nested-hypervisor',
  'bare-metal-hypervisor',
  'hosted-hypervisor',
  'kvm-hypervisor',
  'guest-os',
  'container-engine',
  'machine',
];

/**
 * A goal of the given type that the teacher's own design meets, as a starting point when they
 * turn it into an exercise: the numbers are read off the design (its apps, its memory, its
 * savings), with a little room where a limit is involved.
 */
export function suggestGoal(type: GoalType, design: Design, report: Report): Goal {
  const apps = report.apps
    .map((a) => design.blocks.find((b) => b.id === a.blockId))
    .filter((b) => b !== undefined);
  const names = [...new Set(apps.map(blockName))];
  const first = apps[0];
  const firstReport = report.apps[0];
  const roleOf = (id: BlockId) => report.blocks.get(id)?.role;
  switch (type) {
    case 'no-errors':
    case 'no-warnings':
    case 'not-empty':
    case 'apps-on-libraries':
      return { type };
    case 'no-problem':
      return { type, rule: report.diagnostics[0]?.rule ?? 'exec-format-error' };
    case 'apps':
      return { type, min: Math.max(1, apps.length) };
    case 'apps-as': {
      const role = APP_ROLES.find((r) => apps.length > 0 && apps.every((a) => roleOf(a.id) === r));
      return { type, role: role ?? 'container' };
    }
    case 'role-count': {
      const count = (role: Role) =>
        [...report.blocks.values()].filter((f) => f.runs && f.role === role).length;
      const role = COUNTED_ROLES.find((r) => count(r) > 0) ?? 'machine';
      return { type, role, min: Math.max(1, count(role)) };
    }
    case 'uses-variant': {
      const machine = design.blocks.find((b) => b.kind === 'hardware');
      const variant = machine?.variant ?? 'x86-server';
      return { type, variant, min: 1 };
    }
    case 'memory-under':
      // The next whole GiB above what the design uses.
      return { type, mib: (Math.floor(report.totals.memoryMiB / 1024) + 1) * 1024 };
    case 'sharing-at-least':
      return { type, pct: Math.max(0, Math.floor(report.sharing.memory.savedPct)) };
    case 'shared-layer': {
      const most = Math.max(0, ...report.sharing.layers.map((l) => l.appCount));
      return { type, apps: Math.max(2, most) };
    }
    case 'copy-start-under':
      return {
        type,
        app: first ? blockName(first) : 'App',
        // The next whole second above what one more copy takes.
        ms: (Math.floor((firstReport?.instanceStartMs ?? 0) / 1000) + 1) * 1000,
      };
    case 'copies-fit':
      return {
        type,
        app: first ? blockName(first) : 'App',
        min: Math.max(1, Math.min(firstReport?.extraCopies ?? 1, 1000)),
      };
    case 'separate-kernels': {
      // Two differently named apps on different kernels, if the design has them.
      const kernel = (id: BlockId) => report.blocks.get(id)?.kernelId;
      const pair = apps
        .flatMap((a) => apps.map((b) => [a, b] as const))
        .find(([a, b]) => blockName(a) !== blockName(b) && kernel(a.id) !== kernel(b.id));
      const [a, b] = pair ? pair.map(blockName) : names;
      return { type, apps: [a ?? 'App A', b ?? 'App B'] };
    }
    default:
      return assertNever(type);
  }
}
