/**
 * Defines `key` on `target` as a value computed the first time it is read, then kept. Per-app
 * lists (a path, its I/O hops) are each as long as the stack is deep: built eagerly for every app
 * of a deep, hostile design they would cost time and memory quadratic in its size, while a view
 * reads only the few it shows. Enumerable, so the object prints, serialises and compares like one
 * with a plain field (`shareReport` compares them through their trails, without listing them).
 */
export function lazyField<T extends object, K extends PropertyKey, V>(
  target: T,
  key: K,
  compute: () => V,
): T & { readonly [P in K]: V } {
  defineLazy(target, key, compute);
  return target;
}

/** Defines the field (see `lazyField`): from then on the type checker knows `target` has it. */
function defineLazy<T extends object, K extends PropertyKey, V>(
  target: T,
  key: K,
  compute: () => V,
): asserts target is T & { readonly [P in K]: V } {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}
