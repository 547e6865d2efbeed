import type { AccountReport } from '../cost/accounts';
import type { Gauge } from '../cost/gauge';
import type { Placed } from '../graph/placed';
import type { BlockId } from '../ids';
import { formatMiB, nameOf } from './describe';
import type { Finding, RuleContext } from './types';

type Over = { placed: Placed; gauge: Gauge; report: AccountReport };

/** Accounts (machines or VMs) whose memory or disk is over capacity. */
export function overCapacity(
  ctx: RuleContext,
  accounts: 'hardware' | 'vms',
  resource: 'memory' | 'disk',
): Over[] {
  const out: Over[] = [];
  for (const report of ctx.costs.accounts[accounts]) {
    const gauge = report[resource];
    const placed = ctx.placement.byId.get(report.blockId);
    if (gauge.overMiB > 0 && placed) out.push({ placed, gauge, report });
  }
  return out;
}

/** The three biggest users in an account, for a message that points at what to shrink. */
export function biggestUsers(ctx: RuleContext, over: Over, resource: 'memory' | 'disk'): string {
  const key = resource === 'memory' ? 'memoryMiB' : 'diskMiB';
  const totals = new Map<BlockId, number>();
  for (const c of over.report.breakdown)
    totals.set(c.blockId, (totals.get(c.blockId) ?? 0) + c[key]);
  return [...totals]
    .filter(([, mib]) => mib > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, mib]) => {
      const p = ctx.placement.byId.get(id);
      return `${p ? nameOf(p) : id} ${formatMiB(mib)}`;
    })
    .join(', ');
}

export function capacityFinding(
  ctx: RuleContext,
  over: Over,
  resource: 'memory' | 'disk',
  text: { message: string; fix: string },
): Finding {
  return {
    blockIds: [over.placed.block.id],
    message: `${text.message} Biggest: ${biggestUsers(ctx, over, resource)}.`,
    fix: text.fix,
  };
}
