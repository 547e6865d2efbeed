import { formatMs, type AppReport, type StartPart } from '@/engine';

const WHAT: Readonly<Record<StartPart['what'], string>> = {
  boot: 'boots',
  start: 'starts',
  'control-domain-boot': 'boots its control domain',
  'container-start': 'starts the container',
};

/**
 * The parts a start time adds up to, from the hardware up: "Host OS boots 8.8 s + Docker Engine
 * starts 2 s + …". Parts of no time (a library layer, the machine) are left out.
 */
export function StartParts({
  parts,
  name,
  label,
}: {
  parts: readonly StartPart[];
  name: (id: string) => string;
  label: string;
}) {
  const shown = parts.filter((p) => p.ms > 0);
  if (shown.length < 2) return null;
  return (
    <ol className="start-parts" aria-label={label}>
      {shown.map((p, i) => (
        <li key={`${p.blockId}:${p.what}:${i}`}>
          {name(p.blockId)} {WHAT[p.what]} {formatMs(p.ms)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The parts of starting one more copy: the end of the cold start, from the container's start
 * (or the VM's boot, or the app on an OS) up — the parts below keep running.
 */
export function copyParts(app: AppReport): readonly StartPart[] {
  let sum = 0;
  for (let i = app.startParts.length - 1; i >= 0; i--) {
    sum += app.startParts[i]!.ms;
    if (Math.abs(sum - app.instanceStartMs) < 0.5) return app.startParts.slice(i);
    if (sum > app.instanceStartMs) break;
  }
  return [];
}
