// Vite plugin: the core's catalog (every menu, range and default a page offers) computed once
// at build time, by the build's own module (web/wasm/nn.wasm run in Node, as the unit tests
// load it), and put into the pages as the constant __DESCENT_CATALOG__ (its JSON text).
// web/shared/loader.js then parses that instead of asking the core at start-up: the core's
// first catalog() call builds the range table, the lab's surfaces (one of them searched on a
// 401 × 401 grid) and 15 KB of JSON on code WebAssembly has not compiled yet, 100–400 ms on
// the main thread of every page before anything can be drawn (docs/performance.md, "Start-up,
// third round"). The text is the core's own output for the module shipped beside it, so the
// pages still take every option from the core. `vite` (the dev server) does not define it: the
// module may be rebuilt while the server runs, so the page asks the core as before.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function catalogPlugin(repoRoot) {
  return {
    name: 'descent-catalog',
    async config(_, { command }) {
      if (command !== 'build') return {};
      const glue = resolve(repoRoot, 'web/wasm/nn.mjs'), wasm = resolve(repoRoot, 'web/wasm/nn.wasm');
      if (!existsSync(glue) || !existsSync(wasm)) throw new Error('web/wasm/nn.mjs and nn.wasm are missing: run bash scripts/build-wasm.sh first');
      const { default: createNNModule } = await import(pathToFileURL(glue).href);
      const core = await createNNModule({ wasmBinary: readFileSync(wasm) });
      const text = core.catalog();
      JSON.parse(text);  // a broken catalog fails the build, not the page
      return { define: { __DESCENT_CATALOG__: JSON.stringify(text) } };
    },
  };
}
