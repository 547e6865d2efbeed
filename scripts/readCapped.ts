import { constants, open, type FileHandle } from 'node:fs/promises';
import { LOAD_LIMITS } from '../src/engine';
import { tooLargeMessage } from '../src/engine/load/loadDesign';

export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads one file the grader was given — the exercise or a hand-in — the same careful way. It must
 * be a regular file: a pipe (FIFO), a device such as /dev/zero, or a folder is refused at once,
 * since reading one never ends. Its size is checked on the file itself (after any link) before a
 * byte is read, and never more than a design's worth of bytes is read, even from a file that
 * grows meanwhile. `followLinks: false` refuses a link outright (a hand-in must be a file of its
 * own, not a way to read the teacher's other files).
 */
export async function readCapped(
  path: string,
  { followLinks, what }: { followLinks: boolean; what: string },
): Promise<CappedRead> {
  // O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting forever.
  const flags =
    constants.O_RDONLY |
    (constants.O_NONBLOCK ?? 0) |
    (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0));
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { ok: false, reason: code === 'ELOOP' ? 'a link, not a file' : 'could not be read' };
  }
  try {
    // Checked on what was opened, so nothing can be swapped in between the check and the read.
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not a file (a folder, a device or a pipe)' };
    const max = LOAD_LIMITS.maxFileBytes;
    if (info.size > max) return { ok: false, reason: tooLargeMessage(info.size, what) };
    const buffer = new Uint8Array(info.size + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    // One byte more than it said it had: it is being written to. Refuse rather than chase it.
    if (total > info.size) return { ok: false, reason: 'changed while it was being read' };
    return { ok: true, bytes: buffer.subarray(0, total) };
  } finally {
    await handle.close();
  }
}
