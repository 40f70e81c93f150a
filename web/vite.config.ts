/**
 * Vite build of the web UI: web/ → web/dist. Output is external files only (no inline scripts or
 * styles), so it runs under the server's strict CSP (script-src 'self'; style-src 'self').
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Never inline assets as data: URLs into JS or CSS; the atlas and everything else stay files.
    assetsInlineLimit: 0,
    // The preload polyfill would be bundled JS, not inline, but modern browsers need none.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
