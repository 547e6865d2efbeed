import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen for a dialog the whole room should read: the browser's own full screen where it has
 * one (the Fullscreen API), otherwise the dialog over the whole window (an iPad's Safari, a
 * sandboxed frame). Escape leaves full screen first; the dialog stays open until the next one.
 */
export function useFullScreen() {
  const [full, setFull] = useState(false);

  const leave = useCallback(() => {
    setFull(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const enter = useCallback((element: Element | null) => {
    setFull(true);
    if (!element || !document.fullscreenEnabled) return;
    // Refused (no user gesture, a policy): the dialog over the whole window is as good.
    element.requestFullscreen().catch(() => undefined);
  }, []);

  // The browser left full screen by itself (its own Escape, F11): the dialog follows.
  useEffect(() => {
    const follow = () => {
      if (!document.fullscreenElement) setFull(false);
    };
    document.addEventListener('fullscreenchange', follow);
    return () => {
      document.removeEventListener('fullscreenchange', follow);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // Before the dialog's own Escape (which closes it).
  useEffect(() => {
    if (!full) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      leave();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [full, leave]);

  return { full, enter, leave };
}
