import type { Design, ParseWarning } from '@/engine';
import { isolate } from '@/engine/parse/isolate';
import { fileNameFor } from './documents';
import type { Notice } from './saveStatus';

// What the student is told when something rare happens to their saved work. The words load on
// demand (see `tell` in ./saveStatus.ts): most visits never need them.

type Told = Omit<Notice, 'id'>;

/** What the loader repaired, in a sentence or three. */
export function describeRepairs(repairs: readonly ParseWarning[]): string {
  const more = repairs.length > 3 ? ` (and ${repairs.length - 3} more)` : '';
  return `${repairs
    .slice(0, 3)
    .map((w) => w.message)
    .join(' ')}${more}`;
}

export const storageBlocked = (): Told => ({
  tone: 'warning',
  message:
    'This browser does not let Stack Sandbox save (private mode, or storage is blocked). Your work is not kept when you close the tab — save it as a file.',
});

export const unreadable = (id: string, why: string, raw: string): Told => ({
  tone: 'error',
  message: `Your last design could not be opened: ${why} It is kept untouched in My designs.`,
  download: { fileName: `unreadable-design-${id}.json`, text: raw },
});

/** A partly damaged save opened as a repaired copy; the original, untouched, can be taken away. */
export const repairedCopy = (
  design: Design,
  repairs: readonly ParseWarning[],
  raw: string,
): Told => ({
  tone: 'warning',
  message: `Part of “${isolate(design.name)}” was damaged; it was repaired to open: ${describeRepairs(repairs)} The original is kept untouched in My designs, and your changes are saved as a new design.`,
  download: { fileName: `original-${fileNameFor(design)}`, text: raw },
});
