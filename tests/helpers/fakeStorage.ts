/**
 * A Storage with a byte quota, throwing exactly what browsers throw when it is full. Tests get
 * storage faults on demand instead of relying on jsdom's behaviour.
 */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  constructor(public quotaBytes = Infinity) {}
  get length() {
    return this.data.size;
  }
  private used() {
    let n = 0;
    for (const [k, v] of this.data) n += (k.length + v.length) * 2;
    return n;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    const before = this.data.get(key);
    this.data.set(key, String(value));
    if (this.used() > this.quotaBytes) {
      if (before === undefined) this.data.delete(key);
      else this.data.set(key, before);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
  }
}

/** Tells every other "tab" that a key changed, as browsers do with `storage` events. */
export function announceStorage(key: string, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}
