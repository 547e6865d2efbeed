import {
  evaluate,
  parseDesign,
  type BlockKind,
  type Design,
  type Diagnostic,
  type FiguresByKind,
  type Report,
  type RuleId,
} from '@/engine';

/** A block as tests write it: `[id, kind, variant, on?, extra?]`. */
export type B = readonly [
  id: string,
  kind: BlockKind,
  variant: string,
  on?: string | undefined,
  extra?: { label?: string; props?: Partial<FiguresByKind[BlockKind]> } | undefined,
];

/** Builds a design through the one door (so tests see what users see); fails on any warning. */
export function buildDesign(blocks: readonly B[], name = 'test'): Design {
  const raw = {
    format: 'stack-sandbox',
    version: 2,
    name,
    blocks: blocks.map(([id, kind, variant, on, extra]) => ({
      id,
      kind,
      variant,
      ...(on === undefined ? {} : { on }),
      ...extra,
    })),
  };
  const result = parseDesign(raw);
  if (!result.ok) throw new Error(`test design refused: ${result.error.message}`);
  if (result.warnings.length > 0) {
    throw new Error(`test design repaired: ${result.warnings.map((w) => w.message).join('; ')}`);
  }
  return result.design;
}

export function evaluateBlocks(blocks: readonly B[]): Report {
  return evaluate(buildDesign(blocks));
}

/** The rule ids a report raised, sorted, optionally only those concerning one block. */
export function rulesRaised(report: Report, blockId?: string): RuleId[] {
  return [
    ...new Set(
      report.diagnostics
        .filter((d: Diagnostic) => blockId === undefined || d.blockIds.some((id) => id === blockId))
        .map((d) => d.rule),
    ),
  ].sort();
}

export function findApp(report: Report, id: string) {
  const app = report.apps.find((a) => a.blockId === id);
  if (!app) throw new Error(`no app ${id}`);
  return app;
}

/** Common foundations, bottom-up, so a test only writes the part it is about. */
export const LINUX_HOST: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];
export const DOCKER_HOST: readonly B[] = [...LINUX_HOST, ['docker', 'engine', 'docker', 'host']];
