import type { OsFamily } from './figures';

/** Kernel families as their makers write them, for every sentence a student reads. */
export const FAMILY_NAMES: Readonly<Record<OsFamily, string>> = {
  linux: 'Linux',
  windows: 'Windows',
  macos: 'macOS',
};
