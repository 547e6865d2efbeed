import type { Sandbox } from '@/store/sandboxStore';
import type { Theme } from '@/store/types';
import type { SafeStorage } from './safeStorage';

export const THEME_KEY = 'stack-sandbox:theme';
const THEMES: readonly Theme[] = ['standard', 'projector'];

/**
 * The projector theme stays on after a reload: a teacher who set up the room's screen before the
 * lesson must not find the small type back when the page is opened again. Only a known theme is
 * taken from storage; a storage that fails keeps the theme for this visit only (nothing to tell:
 * it is a preference, not the student's work). Returns the way to stop remembering.
 */
export function rememberTheme(sandbox: Sandbox, storage: SafeStorage): () => void {
  const saved = THEMES.find((t) => t === storage.get(THEME_KEY));
  if (saved) sandbox.store.getState().setTheme(saved);
  return sandbox.store.subscribe((s, before) => {
    if (s.theme !== before.theme) storage.set(THEME_KEY, s.theme);
  });
}
