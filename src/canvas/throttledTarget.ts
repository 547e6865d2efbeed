import type { DragStore, DropTarget } from '@/store/dragStore';

/** The drop feedback changes at most this often: crossing tiny blocks must not thrash layout. */
const INTERVAL_MS = 80;

/**
 * Sets the drag store's drop target no more than every 80 ms, always ending on the latest one.
 * Far zoomed out a pointer crosses a new block every few pixels; showing each hint would re-lay
 * out the canvas on almost every move for feedback nobody can read that fast.
 */
export function throttledTarget(drag: DragStore) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: DropTarget | undefined;
  const apply = () => {
    timer = undefined;
    last = performance.now();
    if (drag.getState().target !== latest) drag.setState({ target: latest });
  };
  return {
    set(target: DropTarget | undefined) {
      latest = target;
      if (timer !== undefined) return;
      const wait = INTERVAL_MS - (performance.now() - last);
      if (wait <= 0) apply();
      else timer = setTimeout(apply, wait);
    },
    clear() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      latest = undefined;
      drag.setState({ target: undefined });
    },
  };
}
