// Starts compiling the WebAssembly core as it downloads, from the page's <head> (an async
// classic script, so it runs as soon as it arrives and blocks nothing).
//
// Why: web/shared/loader.js would start the compile only when it is evaluated, and module
// scripts run after the whole HTML is parsed, the page's chunks have arrived and compiled, and
// the first layout is done: ≈ 350 ms after navigation on the benchmark machine, though the
// preloaded bytes were there at ≈ 150–250 ms (docs/performance.md, "Start-up, sixth round").
// A classic script file, not inline: course sites send `script-src 'self'` without
// 'unsafe-inline' (tests/e2e/course-server.mjs).
//
// It compiles the module the page's preload names, fetched exactly as the preload asks (CORS,
// same-origin credentials), so the preload's response serves it: one download. It leaves
// `self.descentEarlyCore = {url, module}` for loader.js, which uses it only for its own URL.
// If loader.js came first (this file arrived late), loader.js has set it and nothing is done.
(function () {
  try {
    if (self.descentEarlyCore || typeof WebAssembly.compileStreaming !== 'function') return;
    var link = document.querySelector('link[rel="preload"][type="application/wasm"]');
    if (!link) return;
    var url = link.href;
    var module = WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' }));
    module.catch(function () {});  // loader.js reports a failure, and compiles the bytes whole if it can
    self.descentEarlyCore = { url: url, module: module };
  } catch (e) { /* loader.js compiles instead */ }
})();
