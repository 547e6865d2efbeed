import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// No service worker in the benchmark: its caching would only add noise to the measurements.
const noServiceWorker: Plugin = {
  name: 'bench-no-service-worker',
  resolveId: (id) => (id === 'virtual:pwa-register' ? '\0bench-pwa-stub' : undefined),
  load: (id) =>
    id === '\0bench-pwa-stub' ? 'export const registerSW = () => async () => {};' : undefined,
};

// The browser benchmark's own production build: the app and a bare React Flow page with the same
// nodes, as two entries of one build (see bench/browser.ts). Never deployed.
export default defineConfig({
  root: fileURLToPath(new URL('./bench/pages', import.meta.url)),
  base: './',
  plugins: [react(), noServiceWorker],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('./dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('./bench/pages/app.html', import.meta.url)),
        bare: fileURLToPath(new URL('./bench/pages/bare.html', import.meta.url)),
      },
    },
  },
});
