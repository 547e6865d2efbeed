import type { BlockId } from '../ids';
import type { ParseWarning } from './types';

type Warn = (warning: ParseWarning) => void;

/**
 * Decides each block's host from what the input said: a host that is not a string, or names a
 * block that does not exist, is dropped (the block becomes "not installed"); a chain of hosts that
 * goes round in a circle is cut at its first block in file order. Linear in the number of blocks.
 */
export function repairHosts(
  ids: readonly BlockId[],
  givenOn: readonly unknown[],
  warn: Warn,
): (BlockId | undefined)[] {
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const host: (number | undefined)[] = ids.map((id, i) => {
    const on = givenOn[i];
    if (on === undefined || on === null) return undefined;
    if (typeof on !== 'string') {
      warn({
        code: 'bad-host',
        message: `"${id}" named its host in a way that cannot be read; it is now not installed.`,
        blockId: id,
      });
      return undefined;
    }
    const at = indexOf.get(on);
    if (at === undefined) {
      warn({
        code: 'dangling-host',
        message: `"${id}" ran on "${on.slice(0, 40)}", which is not in the design; it is now not installed.`,
        blockId: id,
      });
    }
    return at;
  });

  // Walk each chain of hosts once. 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(ids.length);
  for (let start = 0; start < ids.length; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = host[at];
    }
    if (at !== undefined && state[at] === 1) {
      // `at` closes a circle; its members are the walk from `at` onwards. Cut the earliest one.
      const members = walk.slice(walk.indexOf(at));
      const cut = members.reduce((a, b) => Math.min(a, b));
      const id = ids[cut];
      host[cut] = undefined;
      if (id !== undefined)
        warn({
          code: 'host-cycle',
          message: `"${id}" was part of a circle of blocks each running on the next; it is now not installed.`,
          blockId: id,
        });
    }
    for (const i of walk) state[i] = 2;
  }
  return host.map((i) => (i === undefined ? undefined : ids[i]));
}
