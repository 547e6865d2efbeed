import type { Arch } from '../figures';
import * as SOURCES from '../catalog/sources';

/**
 * Who translates a block's instructions in software, when the CPU below speaks another language:
 * - `qemu-system`: QEMU without acceleration runs a whole guest by translating every instruction;
 * - `qemu-user`: QEMU user-mode emulation runs one program of another CPU (binfmt_misc);
 * - `rosetta`: Apple's Rosetta 2 translates x86_64 programs for Apple silicon, ahead of time,
 *   much faster than QEMU; Docker Desktop uses it for amd64 images on Apple silicon by default.
 */
export type TranslatorId = 'qemu-system' | 'qemu-user' | 'rosetta';

export type Translation = {
  readonly by: TranslatorId;
  /** Extra CPU time, percent (900 = ten times slower). */
  readonly overheadPct: number;
  readonly source: string;
};

/** "Expect a run-time approx. 10x slower" under QEMU user-mode emulation. */
export const QEMU_USER_PCT = 900;

/**
 * Rosetta 2 runs x86_64 code at roughly 70–95 % of native speed on Apple silicon (AnandTech's
 * SPEC runs on the M1); about 80 % is taken here, i.e. 25 % more CPU time. An estimate.
 */
export const ROSETTA_PCT = 25;

export const TRANSLATOR_NAMES: Readonly<Record<TranslatorId, string>> = {
  'qemu-system': 'QEMU emulation (every instruction translated)',
  'qemu-user': 'QEMU user-mode emulation',
  rosetta: 'Rosetta 2',
};

/** A whole guest run by an emulating hypervisor (QEMU's TCG), whatever its architecture. */
export function systemEmulation(cpuOverheadPct: number): Translation {
  return { by: 'qemu-system', overheadPct: cpuOverheadPct, source: SOURCES.qemuSlow };
}

/**
 * One program built for `build` on a `cpu` of another architecture, translated by a container
 * engine that emulates, or by macOS itself: Rosetta on Apple silicon (a Mac host, x86_64 code on
 * arm64), QEMU user-mode everywhere else.
 */
export function userTranslation(build: Arch, cpu: Arch, onMac: boolean): Translation {
  if (onMac && cpu === 'arm64' && build === 'x86_64')
    return { by: 'rosetta', overheadPct: ROSETTA_PCT, source: SOURCES.rosetta };
  return { by: 'qemu-user', overheadPct: QEMU_USER_PCT, source: SOURCES.qemuSlow };
}
