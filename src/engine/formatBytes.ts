// Kept apart from ./format.ts: only opening files needs it, not the first screen.
import { formatCount } from './format';
const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/**
 * A file's size in the units memory is shown in: "812 bytes", "4.2 KiB", "5.1 MiB". Rounded up,
 * so a file over a limit never reads as the limit itself ("5 MiB; the limit is 5 MiB").
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  let n = bytes / 1024;
  let unit = 0;
  while (n >= 1024 && unit < BYTE_UNITS.length - 1) {
    n /= 1024;
    unit++;
  }
  return `${formatCount(Math.ceil(n * 10) / 10)} ${BYTE_UNITS[unit]}`;
}
