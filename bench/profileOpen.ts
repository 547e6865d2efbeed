// Development helper: a CPU profile of opening a big design, summed by function (self time).
//   npx tsx bench/profileOpen.ts [shape] [n]   (expects `npx vite preview --port 4181` running)
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateDesign } from '../tests/fixtures/generateDesign';
import { WORST_CASES } from '../tests/fixtures/worstCases';

const [shape = 'realistic', n = '2000'] = process.argv.slice(2);
const SHAPES: Record<string, (n: number) => unknown> = {
  realistic: generateDesign,
  ...WORST_CASES,
};
const path = `/tmp/profile-${shape}-${n}.json`;
writeFileSync(path, JSON.stringify(SHAPES[shape]!(Number(n))));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto('http://localhost:4181/');
await page.getByRole('button', { name: 'File ▾' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'File ▾' }).click();
await page.getByRole('menuitem', { name: /^Open a file/ }).click();
await (await chooser).setFiles(path);
await page.locator('.react-flow__node').first().waitFor({ timeout: 600_000 });
await page.waitForTimeout(1500);
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as { id: number; children?: number[] }[])
  for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame;
    if (!f.url) continue;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
});
console.log('--- inclusive');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 400))
  console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
const focus = process.env.FOCUS;
if (focus) {
  // Below every frame named FOCUS: which functions (one level under the selector) take the time.
  const under = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      chain.push(`${f.functionName || '(anon)'}:${f.lineNumber}`);
    }
    const k = chain.findIndex((c) => c.startsWith(focus + ':'));
    if (k < 0) return;
    const key = chain
      .slice(Math.max(0, k - 3), k)
      .reverse()
      .join(' > ');
    under.set(key, (under.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`--- under ${focus}`);
  for (const [k, v] of [...under].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
}
console.log('--- self');
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
await browser.close();
