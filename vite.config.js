import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

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
      input: {
        main: here('web/index.html'),
        lab: here('web/lab.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
