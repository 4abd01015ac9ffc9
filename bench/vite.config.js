// The benchmark page: a separate Vite entry (bench/index.html → bench/dist/), so it imports
// TensorFlow.js from node_modules the way an application would and the descent core through
// the page's own loader (web/shared/loader.js), without touching the main page's build.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: { bench: here('index.html') } },
  },
});
