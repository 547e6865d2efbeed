import { expect } from 'vitest';

/**
 * Asserts that a result is ok and narrows it, so a test never skips its checks in silence
 * (`if (!r.ok) return;` passes when the code under test refuses everything).
 */
export function expectOk<R extends { readonly ok: boolean }>(result: R): Extract<R, { ok: true }> {
  expect(result, 'expected an ok result').toMatchObject({ ok: true });
  return result as Extract<R, { ok: true }>;
}

/** Asserts that a result is a refusal and narrows it. */
export function expectRefused<R extends { readonly ok: boolean }>(
  result: R,
): Extract<R, { ok: false }> {
  expect(result, 'expected a refusal').toMatchObject({ ok: false });
  return result as Extract<R, { ok: false }>;
}
