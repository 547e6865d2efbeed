// Instrumentation shared by the two benchmark pages (bare React Flow, and the app). It ships
// only in the benchmark build (vite.bench.config.ts), never in the app.

export type DragResult = { frames: number[]; moved: boolean; id: string };

type Perf = {
  ready: boolean;
  /** Called after the last move, before the mouse is released (the app counts evaluations). */
  beforeRelease?: () => void;
  marks: { painted?: number };
  nodeCount: () => number;
  pickNode: () => string | undefined;
  drag: (id: string, moves: number) => Promise<DragResult>;
};

declare global {
  interface Window {
    __perf: Perf;
  }
}

/** Ready = React Flow has measured and shown nodes; then two frames for the paint. */
function watchReady(perf: Perf) {
  const check = () => {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    const shown = nodes.length > 0 && [...nodes].every((n) => n.style.visibility !== 'hidden');
    if (!shown) return requestAnimationFrame(check);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        perf.marks.painted = performance.now();
        perf.ready = true;
      }),
    );
  };
  requestAnimationFrame(check);
}

/** The leaf block nearest the middle of the view: the same one on both pages (same layout). */
function pickNode(): string | undefined {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return undefined;
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  let best: { id: string; d: number } | undefined;
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    if (el.classList.contains('parent')) continue;
    const r = el.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (!best || d < best.d) best = { id: el.dataset.id ?? '', d };
  }
  return best?.id;
}

/**
 * Drags a block with exactly one synthetic mouse move per animation frame (React Flow's d3-drag
 * listens on window and does not check isTrusted), recording frame intervals.
 */
async function drag(id: string, moves: number): Promise<DragResult> {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (!el) return { frames: [], moved: false, id };
  const r = el.getBoundingClientRect();
  const before = el.style.transform;
  const ev = (type: string, x: number, y: number) =>
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      buttons: 1,
    });
  el.dispatchEvent(ev('mousedown', r.x + 5, r.y + 5));
  window.dispatchEvent(ev('mousemove', r.x + 9, r.y + 9));
  const frames: number[] = [];
  let last = performance.now();
  for (let k = 1; k <= moves; k++) {
    await new Promise<void>((resolve) =>
      requestAnimationFrame((t) => {
        frames.push(t - last);
        last = t;
        // Small wandering moves that stay in the neighbourhood, as a student's drag does.
        window.dispatchEvent(
          ev('mousemove', r.x + 9 + (k % 40) * 4, r.y + 9 + Math.floor(k / 40) * 12),
        );
        resolve();
      }),
    );
  }
  const moved = el.style.transform !== before;
  window.__perf.beforeRelease?.();
  window.dispatchEvent(ev('mouseup', 0, 0));
  return { frames, moved, id };
}

export function installHarness() {
  const perf: Perf = {
    ready: false,
    marks: {},
    nodeCount: () => document.querySelectorAll('.react-flow__node').length,
    pickNode,
    drag,
  };
  window.__perf = perf;
  watchReady(perf);
}

/** The number of blocks to generate, from `?n=`. */
export function blockCount(): number {
  return Number(new URLSearchParams(location.search).get('n') ?? 1000);
}
