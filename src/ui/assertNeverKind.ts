export function assertNeverKind(kind: never): never {
  throw new Error(`Unknown block kind: ${String(kind)}`);
}
