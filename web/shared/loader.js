// The one place that loads the WebAssembly core. Everything else asks for `loadCore()`.
//
// Views into the WASM heap (Float32Array, Int32Array) are zero-copy but die when the heap
// grows (any allocation may grow it): never keep one across a call into the core — ask again.
import createNNModule from '../wasm/nn.mjs';

let corePromise = null;
let catalogPromise = null;

/** Loads (once) and returns the Embind module. `options` is for tests (e.g. wasmBinary). */
export function loadCore(options = {}) {
  corePromise ??= createNNModule(options);
  return corePromise;
}

/**
 * The core's catalog (every option list, range and default a page may offer), parsed once.
 * Menus, sliders, defaults and hide keys of every page come from it, never from JS lists.
 */
export function loadCatalog(options = {}) {
  catalogPromise ??= loadCore(options).then((core) => (core.catalog ? JSON.parse(core.catalog()) : null));
  return catalogPromise;
}

/** Validates a spec in the core; returns its canonical object or throws Error(message). */
export function normalizeSpec(core, spec) {
  return JSON.parse(core.normalizeSpec(JSON.stringify(spec)));
}
