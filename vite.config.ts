import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { classServerInDev } from './server/devPlugin.ts';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  // zustand's equality-function hook (used by React Flow) imports the shim of
  // useSyncExternalStore written for React 16–17; React 19 has the hook itself. The shim-free
  // build of the same selector helper calls React's own: same behaviour, ~300 B less to download.
  'use-sync-external-store/shim/with-selector.js': 'use-sync-external-store/with-selector.js',
  // React Flow's view transitions never tween a colour: see src/app/d3ColorStub.ts (−3.5 kB gzip).
  'd3-color': fileURLToPath(new URL('./src/app/d3ColorStub.ts', import.meta.url)),
};

/**
 * The production build's Content-Security-Policy: only our own scripts, styles and workers run;
 * nothing is fetched from anywhere else. A hostile label could never become a script anyway
 * (labels are text), this is the second wall. Not in dev: the dev server injects inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The live class syncs with the class server at this page's own origin (ws(s)://same-host/live),
  // which 'self' allows (CSP Level 3 matches ws and wss for the page's own host and port):
  // nothing new is allowed for it. The live-class browser tests fail on any CSP violation.
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'stack-sandbox-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    classServerInDev(),
    VitePWA({
      // A new version waits for the student (see src/app/usePwaUpdates.ts), never swaps in mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Stack Sandbox',
        short_name: 'Stack Sandbox',
        description: 'Drag, stack and cost virtual machines and containers.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias },
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // The first screen is one chunk on purpose (see codeSplitting); its budget is the gzip size
    // that `npm run bench:browser` reports, not this raw-size warning.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // React Flow wraps its components in memo()/forwardRef() at module level; declared pure,
      // the ones we never use (MiniMap, NodeResizer, NodeToolbar…) are dropped from the bundle.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef'] },
      output: {
        // Everything the first screen imports statically goes in one chunk (gzip packs one file
        // better than three); whatever is imported lazily (links, pictures, templates, notes,
        // dialogs…) keeps its own chunk and loads when first used.
        codeSplitting: {
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'engine',
          environment: 'node',
          // Property tests try hundreds of inputs: on a loaded machine they fail on what they
          // check, not on a busy CPU.
          testTimeout: 30_000,
          include: [
            'src/engine/**/*.test.ts',
            'tests/engine/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'src/live/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'ui',
          environment: 'jsdom',
          // Generous on a loaded machine: a test fails on what it checks, not on a busy CPU.
          testTimeout: 30_000,
          setupFiles: ['tests/setup.ts'],
          include: [
            'src/{store,persist,ui,canvas,panels,app}/**/*.test.{ts,tsx}',
            'tests/ui/**/*.test.{ts,tsx}',
          ],
        },
      },
    ],
  },
});
