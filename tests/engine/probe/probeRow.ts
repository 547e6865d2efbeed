import {
  asBlockId,
  asVariantId,
  evaluate,
  type AccountReport,
  type Arch,
  type CopyKind,
  type Design,
  type IoLayer,
  type Report,
  type Role,
  type RuleId,
  type Severity,
  type TranslatorId,
} from '@/engine';
import { buildDesign, type B } from '../../helpers/buildDesign';

/** One diagnostic an expert expects: the block it is about, the rule, and how bad it is. */
export type Verdict = readonly [block: string, rule: RuleId, severity: Severity];
export const err = (block: string, rule: RuleId): Verdict => [block, rule, 'error'];
export const warn = (block: string, rule: RuleId): Verdict => [block, rule, 'warning'];
export const info = (block: string, rule: RuleId): Verdict => [block, rule, 'info'];

/** A machine's or a VM's gauges: what is used, and (when it matters) what it was given. */
export type AccountExpect = {
  readonly mem?: number;
  readonly disk?: number;
  readonly memCap?: number;
  readonly diskCap?: number;
};

/** What one app's report must say. Only the fields given are checked. */
export type AppExpect = {
  readonly runs?: boolean;
  readonly cold?: number;
  readonly instance?: number;
  readonly copies?: number;
  readonly copyKind?: CopyKind;
  readonly perf?: number;
  /** The I/O hops' layers, from the app's kernel down. */
  readonly io?: readonly IoLayer[];
  /** The I/O path's block ids, from the app's kernel down. */
  readonly ioPath?: readonly string[];
  /** Who translates it (`null`: nobody). */
  readonly by?: TranslatorId | null;
};

/** One design of the expert probe: the stack, the verdict, the key numbers and the source. */
export type ProbeRow = {
  readonly name: string;
  /** The stack, bottom-up, as `buildDesign` reads it. */
  readonly blocks: readonly B[];
  /** Built as is, without the parser's repairs (a dangling host, a circle). */
  readonly raw?: boolean;
  /**
   * Every diagnostic that must fire, each matched to one of its blocks. Nothing else may fire:
   * no other error, warning or info.
   */
  readonly verdict: readonly Verdict[];
  readonly roles?: Readonly<Record<string, Role>>;
  /** Does the block really run (installed, in a legal place)? */
  readonly runs?: Readonly<Record<string, boolean>>;
  /** The build each block runs as (a multi-arch OS takes the CPU it lands on). */
  readonly builds?: Readonly<Record<string, Arch>>;
  /** Machines and VMs (guest OS, type 1 as a guest, hidden VM) by block id. */
  readonly accounts?: Readonly<Record<string, AccountExpect>>;
  readonly apps?: Readonly<Record<string, AppExpect>>;
  readonly sharing?: { readonly memSaved?: number; readonly diskSaved?: number };
  /** The page the expectation rests on. */
  readonly source: string;
};

function rawDesign(blocks: readonly B[]): Design {
  return {
    format: 'stack-sandbox',
    version: 2,
    name: 'raw',
    blocks: blocks.map(([id, kind, variant, on, extra]) => ({
      id: asBlockId(id),
      kind,
      variant: asVariantId(variant),
      ...(on === undefined ? {} : { on: asBlockId(on) }),
      ...extra,
    })) as Design['blocks'],
  };
}

export function evaluateRow(row: ProbeRow): Report {
  return evaluate(row.raw ? rawDesign(row.blocks) : buildDesign(row.blocks));
}

/** Pairs each diagnostic with an expected verdict; returns what is missing and what is extra. */
function compareVerdicts(report: Report, expected: readonly Verdict[]): string[] {
  const left = [...expected];
  const problems: string[] = [];
  for (const d of report.diagnostics) {
    const fits = (v: Verdict) =>
      v[1] === d.rule && v[2] === d.severity && d.blockIds.includes(asBlockId(v[0]));
    // Prefer the verdict about the block the diagnostic names first.
    let at = left.findIndex((v) => fits(v) && d.blockIds[0] === v[0]);
    if (at < 0) at = left.findIndex(fits);
    if (at >= 0) left.splice(at, 1);
    else problems.push(`unexpected ${d.severity} ${d.rule} on [${d.blockIds.join(', ')}]`);
  }
  for (const v of left) problems.push(`missing ${v[2]} ${v[1]} on ${v[0]}`);
  return problems;
}

function compareAccount(id: string, found: AccountReport | undefined, e: AccountExpect): string[] {
  if (found === undefined) return [`no account (machine or VM) for ${id}`];
  const out: string[] = [];
  const check = (what: string, actual: number, wanted: number | undefined) => {
    if (wanted !== undefined && actual !== wanted)
      out.push(`${id} ${what}: expected ${wanted}, engine says ${actual}`);
  };
  check('memory used', found.memory.usedMiB, e.mem);
  check('disk used', found.disk.usedMiB, e.disk);
  check('memory capacity', found.memory.capacityMiB, e.memCap);
  check('disk capacity', found.disk.capacityMiB, e.diskCap);
  return out;
}

function compareApp(report: Report, id: string, e: AppExpect): string[] {
  const app = report.apps.find((a) => a.blockId === id);
  if (app === undefined) return [`no app ${id}`];
  const out: string[] = [];
  const check = (what: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && JSON.stringify(actual) !== JSON.stringify(wanted))
      out.push(
        `${id} ${what}: expected ${JSON.stringify(wanted)}, engine says ${JSON.stringify(actual)}`,
      );
  };
  check('runs', app.runs, e.runs);
  check('coldStartMs', app.coldStartMs, e.cold);
  check('instanceStartMs', app.instanceStartMs, e.instance);
  check('extraCopies', app.extraCopies, e.copies);
  check('copyKind', app.copyKind, e.copyKind);
  check('performancePct', app.performancePct, e.perf);
  check(
    'ioHops',
    app.ioHops.map((h) => h.layer),
    e.io,
  );
  check('ioPath', app.ioPath, e.ioPath);
  check('translatedBy', app.translatedBy ?? null, e.by);
  return out;
}

/** Everything in the report that differs from what the expert expects, one line each. */
export function disagreements(row: ProbeRow): string[] {
  const report = evaluateRow(row);
  const out = compareVerdicts(report, row.verdict);
  const facts = (id: string) => report.blocks.get(asBlockId(id));
  for (const [id, role] of Object.entries(row.roles ?? {}))
    if (facts(id)?.role !== role)
      out.push(`${id} role: expected ${role}, engine says ${facts(id)?.role}`);
  for (const [id, runs] of Object.entries(row.runs ?? {}))
    if (facts(id)?.runs !== runs)
      out.push(`${id} runs: expected ${runs}, engine says ${facts(id)?.runs}`);
  for (const [id, arch] of Object.entries(row.builds ?? {}))
    if (facts(id)?.build !== arch)
      out.push(`${id} build: expected ${arch}, engine says ${facts(id)?.build}`);
  const accounts = [...report.hardware, ...report.vms];
  for (const [id, e] of Object.entries(row.accounts ?? {}))
    out.push(
      ...compareAccount(
        id,
        accounts.find((a) => a.blockId === id),
        e,
      ),
    );
  for (const [id, e] of Object.entries(row.apps ?? {})) out.push(...compareApp(report, id, e));
  const s = row.sharing;
  if (s?.memSaved !== undefined && report.sharing.memory.savedMiB !== s.memSaved)
    out.push(
      `sharing memory saved: expected ${s.memSaved}, engine says ${report.sharing.memory.savedMiB}`,
    );
  if (s?.diskSaved !== undefined && report.sharing.disk.savedMiB !== s.diskSaved)
    out.push(
      `sharing disk saved: expected ${s.diskSaved}, engine says ${report.sharing.disk.savedMiB}`,
    );
  return out;
}
