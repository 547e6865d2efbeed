import { createSandbox } from '@/store/sandboxStore';
import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../tests/helpers/fakeStorage';
import { rememberTheme, THEME_KEY } from './preferences';
import { safeStorage } from './safeStorage';

/** A visit: a fresh page (sandbox) on the browser's storage, remembering the theme. */
function visit(backing: Storage | undefined) {
  const sandbox = createSandbox();
  const stop = rememberTheme(
    sandbox,
    safeStorage(() => backing),
  );
  return { s: () => sandbox.store.getState(), stop };
}

describe('the projector theme is remembered', () => {
  it('stays on after a reload, and off once turned off', () => {
    const backing = new FakeStorage();
    const first = visit(backing);
    expect(first.s().theme).toBe('standard');
    first.s().setTheme('projector');
    first.stop();
    const second = visit(backing);
    expect(second.s().theme).toBe('projector');
    second.s().setTheme('standard');
    second.stop();
    expect(visit(backing).s().theme).toBe('standard');
  });

  it.each([
    ['an unknown theme', 'disco'],
    ['an empty value', ''],
    ['a JSON value', '"projector"'],
  ])('ignores %s in storage', (_what, value) => {
    const backing = new FakeStorage();
    backing.setItem(THEME_KEY, value);
    expect(visit(backing).s().theme).toBe('standard');
  });

  it('a full or missing storage keeps the theme for this visit, without throwing', () => {
    const full = visit(new FakeStorage(0));
    expect(() => full.s().setTheme('projector')).not.toThrow();
    expect(full.s().theme).toBe('projector');
    const none = visit(undefined);
    expect(() => none.s().setTheme('projector')).not.toThrow();
    expect(none.s().theme).toBe('projector');
  });
});
