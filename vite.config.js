import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { PAGES } from './web/shared/pages.js';
import { imageDataPlugin } from './scripts/vite-image-data.mjs';
import { catalogPlugin } from './scripts/vite-catalog.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('web'),
  // Relative asset URLs: dist/ works when copied under any sub-path of any web server.
  base: './',
  publicDir: here('public'),
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      // V8 compiles every function of a chunk with this comment at once, off the main thread,
      // as the chunk streams in; without it each is compiled on its first call, on the main
      // thread, during the page's start (docs/performance.md, "Start-up, third round").
      // The shared modules (web/shared/, the page style, Vite's preload polyfill) are one chunk:
      // split into a dozen small files, the playground's scripts arrived ~100 ms later on this
      // machine, each file a request of its own (docs/performance.md, "Start-up, fourth round").
      output: {
        postBanner: '//# allFunctionsCalledOnLoad',
        codeSplitting: { groups: [{ name: 'shell', test: /web[\\/]shared[\\/]|web[\\/]style\.css|modulepreload-polyfill/ }] },
      },
      // Every page the header lists (web/shared/pages.js), so a new page needs no edit here.
      input: Object.fromEntries(PAGES.map((p) => [p.id, here(`web/${p.href}`)])),
    },
  },
  // The images page's data sets: digits, and Debian's Fashion-MNIST when installed.
  // The core's catalog, computed at build time (scripts/vite-catalog.mjs).
  plugins: [imageDataPlugin(here('.')), catalogPlugin(here('.'))],
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
