// `npm run bench` (engine part): time `evaluate` on designs of 100, 1,000 and 10,000 blocks.
// Prints medians; asserts nothing (these machines are shared and noisy). The engine should be
// linear: the 10,000-block time ought to be about 10× the 1,000-block time.
import { Bench } from 'tinybench';
import { evaluate, parseDesign, serializeDesign } from '../src/engine';
import { generateDesign } from '../tests/fixtures/generateDesign';
import { WORST_CASES } from '../tests/fixtures/worstCases';

const SIZES = [100, 1_000, 10_000];
type Row = {
  blocks: number;
  evaluateMs: number;
  floorMs: number;
  parseMs: number;
  samples: number;
};
const rows: Row[] = [];

for (const n of SIZES) {
  const design = generateDesign(n);
  const text = serializeDesign(design);
  const bench = new Bench({ time: n >= 10_000 ? 3000 : 1500, warmupTime: 300 });
  bench
    // The floor: one Map-building pass over the same blocks, measured in the same process.
    .add('floor', () => {
      const m = new Map<string, unknown>();
      for (const b of design.blocks) m.set(b.id, b.on === undefined ? undefined : m.get(b.on));
      return m;
    })
    .add('evaluate', () => evaluate(design))
    .add('parse', () => parseDesign(text));
  await bench.run();
  const p50 = (name: string) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`no result for ${name}`);
    return result.latency.p50;
  };
  const task = bench.getTask('evaluate')?.result;
  rows.push({
    blocks: n,
    evaluateMs: p50('evaluate'),
    floorMs: p50('floor'),
    parseMs: p50('parse'),
    samples: task && 'latency' in task ? task.latency.samplesCount : 0,
  });
}

console.log('\nEngine benchmark (Node, median of many runs per size)\n');
console.table(
  rows.map((r) => ({
    blocks: r.blocks.toLocaleString('en'),
    'evaluate (ms)': r.evaluateMs.toFixed(3),
    'evaluate per block (µs)': ((1000 * r.evaluateMs) / r.blocks).toFixed(3),
    'parseDesign (ms)': r.parseMs.toFixed(3),
    'Map-pass floor (ms)': r.floorMs.toFixed(4),
    'evaluate / floor': (r.evaluateMs / r.floorMs).toFixed(1),
    'evaluate runs': r.samples,
  })),
);
const ratio = (a: Row | undefined, b: Row | undefined, key: 'evaluateMs' | 'floorMs') =>
  a && b ? (b[key] / a[key]).toFixed(1) : '?';
const [small, mid, large] = rows;
console.log(
  `Scaling of evaluate: 1,000/100 blocks = ${ratio(small, mid, 'evaluateMs')}×, 10,000/1,000 = ${ratio(mid, large, 'evaluateMs')}× (linear = 10×).`,
);
console.log(
  `Same run, a bare Map pass over the blocks: 1,000/100 = ${ratio(small, mid, 'floorMs')}×, 10,000/1,000 = ${ratio(mid, large, 'floorMs')}×.`,
);
console.log(
  'Above 1,000 blocks the working set outgrows the CPU caches and the young GC generation, so even the floor grows faster than 10×; "evaluate / floor" staying flat is the sign that the engine itself is linear.\n',
);

// Worst-case shapes: each is a design the loader accepts that would make a careless engine
// quadratic (an app on every layer of a deep chain, VMs nested thousands deep, one huge circle).
// Each is timed at 2,000 and 20,000 blocks; linear means about 10× between them.
const SHAPE_SIZES = [2_000, 20_000] as const;
const shapeRows: Record<string, string>[] = [];
for (const [name, make] of Object.entries(WORST_CASES)) {
  const times: number[] = [];
  for (const n of SHAPE_SIZES) {
    const design = make(n);
    const bench = new Bench({ time: 1500, warmupTime: 200 });
    bench.add('evaluate', () => evaluate(design));
    await bench.run();
    const result = bench.getTask('evaluate')?.result;
    if (!result || !('latency' in result)) throw new Error(`no result for ${name}`);
    times.push(result.latency.p50);
  }
  const [small, large] = times as [number, number];
  shapeRows.push({
    shape: name,
    '2,000 blocks (ms)': small.toFixed(2),
    '20,000 blocks (ms)': large.toFixed(2),
    '20,000 / 2,000': (large / small).toFixed(1),
  });
}
console.log('Worst-case shapes (median evaluate time; linear = about 10×)\n');
console.table(shapeRows);
