// The build-time switches this app reads from `import.meta.env`.
interface ImportMetaEnv {
  /** '1' in a test build only: exposes the store to browser tests and benchmarks (src/main.tsx). */
  readonly VITE_TEST_HOOKS?: string;
}
