/**
 * The flags every headless Chromium of the repository's tools starts with (tests, bench,
 * screenshots): no sandbox (CI runs as root), and quiet on a closed network (no GPU, no QUIC, no
 * first-run, background, update or sync traffic of its own).
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
