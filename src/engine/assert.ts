/** Exhaustiveness guard for closed unions: adding a member breaks the build at every switch. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${String(value)}`);
}
