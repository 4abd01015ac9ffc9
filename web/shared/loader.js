// The one place that loads the WebAssembly core. Everything else asks for `loadCore()`.
//
// Views into the WASM heap (Float32Array, Int32Array) are zero-copy but die when the heap
// grows (any allocation may grow it): never keep one across a call into the core — ask again.
import createNNModule from '../wasm/nn.mjs';
import wasmUrl from '../wasm/nn.wasm?url';

let corePromise = null;
let catalogPromise = null;

/**
 * The module's download and streaming compile: the one the page's <head> started while it was
 * parsed (public/early-compile.js), or else started when this file is evaluated, before the
 * page's own modules run and build anything. Either way it overlaps with the page's start
 * instead of beginning when the page first asks for the core. A server that does not send
 * application/wasm gets the bytes compiled whole. Null where there is nothing to fetch with (Node).
 */
function compileEarly() {
  if (typeof WebAssembly?.compileStreaming !== 'function' || typeof fetch !== 'function') return null;
  const get = () => fetch(wasmUrl, { credentials: 'same-origin' });  // as the glue does: matches the preload
  const whole = () => get().then((r) => {
    if (!r.ok) throw new Error(`failed to load the WebAssembly core at ${wasmUrl} (HTTP ${r.status})`);
    return r.arrayBuffer();
  }).then((bytes) => WebAssembly.compile(bytes));
  const url = typeof globalThis.location?.href === 'string' ? new URL(wasmUrl, globalThis.location.href).href : null;
  // The page's <head> may have started the same compile already (public/early-compile.js).
  const early = globalThis.descentEarlyCore;
  if (early?.module && early.url === url) return early.module.catch(whole);
  const module = WebAssembly.compileStreaming(get()).catch(whole);
  // A late early-compile.js then finds this one and does not fetch the module a second time.
  if (url && !early) globalThis.descentEarlyCore = { url, module };
  return module;
}
const compiled = compileEarly();
compiled?.catch(() => {});  // a failure is reported by loadCore()

/** The glue instantiating the early-compiled module; rejects if compiling it failed. */
function instantiateCompiled(options) {
  let fail;
  const failed = new Promise((resolve, reject) => { fail = reject; });
  const core = createNNModule({
    ...options,
    instantiateWasm(imports, receive) {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module))).catch(fail);
      return {};  // asynchronous: the glue runs on when receive() is called
    },
  });
  return Promise.race([core, failed]);
}

/** Loads (once) and returns the Embind module. `options` is for tests (e.g. wasmBinary). */
export function loadCore(options = {}) {
  corePromise ??= compiled && !options.wasmBinary ? instantiateCompiled(options) : createNNModule(options);
  return corePromise;
}

// The catalog's text as the core gave it at build time (scripts/vite-catalog.mjs), or null
// where the build did not define it (the dev server, other builds): then the core is asked.
const BUILT_CATALOG = typeof __DESCENT_CATALOG__ === 'string' ? __DESCENT_CATALOG__ : null;  // eslint-disable-line no-undef

/**
 * The core's catalog (every option list, range and default a page may offer), parsed once.
 * Menus, sliders, defaults and hide keys of every page come from it, never from JS lists.
 * In a built page it is the core's catalog computed when the page was built, from the module
 * built with it, so start-up does not wait for the core to build it again (100–400 ms).
 */
export function loadCatalog(options = {}) {
  catalogPromise ??= BUILT_CATALOG !== null && !options.wasmBinary
    ? Promise.resolve(JSON.parse(BUILT_CATALOG))
    : loadCore(options).then((core) => (core.catalog ? JSON.parse(core.catalog()) : null));
  return catalogPromise;
}

/** Validates a spec in the core; returns its canonical object or throws Error(message). */
export function normalizeSpec(core, spec) {
  return JSON.parse(core.normalizeSpec(JSON.stringify(spec)));
}
