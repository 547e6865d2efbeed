// How numbers are written for students, in the app, in pictures and in the grader's table.
/** Memory or disk as a student reads it: "512 MiB", "1.5 GiB", "74.8 MiB". */
export function formatMiB(mib: number): string {
  if (Math.abs(mib) >= 1024 * 1024) return `${trim(mib / (1024 * 1024))} TiB`;
  if (Math.abs(mib) >= 1024) return `${trim(mib / 1024)} GiB`;
  return `${trim(mib)} MiB`;
}

/** A duration: "125 ms", "8.8 s", "1 min 5 s". */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trim(ms / 1000)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

export function formatPct(pct: number): string {
  return `${trim(pct)} %`;
}

// One formatter for every number: `toLocaleString('en')` builds a new one on each call, which a
// Costs panel listing hundreds of shared layers paid for thousands of times per edit.
const EN = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return EN.format(n);
}

function trim(n: number): string {
  const digits = Math.abs(n) >= 100 ? 0 : 1;
  return EN.format(Number(n.toFixed(digits)));
}

/** A count with its noun, in the singular for one: "1 app", "3 apps", "2 copies" (`many`). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
