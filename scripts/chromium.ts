/**
 * How every browser run here launches Debian's Chromium (tests, benchmarks, screenshots): its
 * path (CHROMIUM_PATH overrides /usr/bin/chromium) and the flags this machine class needs —
 * nothing is ever downloaded, and Chromium must not try the closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
