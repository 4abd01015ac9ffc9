// The in-browser half of `npm run bench`: loads the project's real WASM core through the
// page's own loader (web/shared/loader.js) and TensorFlow.js, and measures one cell at a time when
// bench/run.mjs asks (window.bench.run).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';  // what @tensorflow/tfjs does
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths, getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { loadCore } from '../web/shared/loader.js';
import { Measurement, FULL } from './harness.js';
import { REINIT_EVERY } from './configs.js';
import { longRun } from './long_run.js';
import { problemFor } from './systems/problem.js';
import { descentSystem } from './systems/descent.js';
import { tfjsSystem } from './systems/tfjs.js';
import { plainSystem } from './systems/plain.js';

const log = (s) => { document.getElementById('log').textContent += `${s}\n`; };

async function init() {
  const core = await loadCore();
  setWasmPaths('/vendor/tfjs-backend-wasm/');  // served from node_modules by bench/server.mjs
  // The threaded build gains nothing on this 2-core machine (issue 5) and its pthread worker
  // does not survive bundling; the single-threaded SIMD build is what tfjs-wasm runs here.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const systems = {
    descent: descentSystem(core),
    'tfjs-cpu': tfjsSystem(tf, 'cpu'),
    'tfjs-wasm': tfjsSystem(tf, 'wasm'),
    'plain-js': plainSystem,
  };
  const problems = new Map();
  const problem = (spec) => {
    const key = JSON.stringify(spec);
    if (!problems.has(key)) problems.set(key, problemFor(core, spec));
    return problems.get(key);
  };
  let current = null;
  let tfUsed = false;
  const warmed = new Set();
  const open = new Map();

  window.bench = {
    systems: Object.keys(systems),
    crossOriginIsolated: globalThis.crossOriginIsolated,
    /** Can the core build this spec? (C and D need the N-dimensional "clusters" data.) */
    supports(spec) {
      try { core.normalizeSpec(JSON.stringify(spec)); return true; } catch { return false; }
    },
    /** Starts a cell on one system: builds it, warms it up and calibrates the chunk. */
    async open(work, systemName, timing = FULL) {
      const system = systems[systemName];
      if (!system) throw new Error(`unknown system ${systemName}`);
      if (system.prepare && current !== systemName) await system.prepare();
      current = systemName;
      tfUsed ||= systemName.startsWith('tfjs');
      const p = problem(work.spec);
      const runner = system.create(work, p);
      const m = new Measurement(runner, timing, { reinitEvery: work.kind === 'train' ? REINIT_EVERY : Infinity });
      // A system's first cell warms up longer: V8 compiles WebAssembly with Liftoff first and
      // tiers hot functions up to TurboFan in the background, which takes seconds on a busy machine.
      m.warmUp(!warmed.has(systemName) && timing.warmupMs > 0 ? timing.warmupMs + 2000 : timing.warmupMs);
      warmed.add(systemName);
      open.set(`${work.id}|${systemName}`, { m, runner, trainSamples: p.n });
    },
    /** One repetition of an open cell: ms per unit. */
    async rep(id, systemName) {
      const system = systems[systemName];
      if (system.prepare && current !== systemName) await system.prepare();  // tfjs: its backend
      current = systemName;
      const ms = open.get(`${id}|${systemName}`).m.rep();
      log(`${id} ${systemName}: ${ms.toPrecision(4)} ms`);
      return ms;
    },
    /** Ends a cell: frees what it built; returns what ran. */
    close(id, systemName) {
      const { m, runner, trainSamples } = open.get(`${id}|${systemName}`);
      open.delete(`${id}|${systemName}`);
      runner.dispose();
      return {
        unitsPerChunk: m.k, units: m.units, trainSamples,
        ...(systemName === 'tfjs-wasm' ? { threads: getThreadsCount() } : {}),
      };
    },
    /**
     * A long run on descent (see long_run.js), after a warm-up on a throwaway trainer (so no
     * window is timed in V8's baseline tier).
     */
    longRun(work, timing = FULL) {
      const system = systems.descent;
      const warm = system.create({ ...work, kind: 'train' }, problem(work.spec));
      new Measurement(warm, timing, { reinitEvery: REINIT_EVERY }).warmUp(timing.warmupMs > 0 ? timing.warmupMs + 2000 : 0);
      warm.dispose();
      return longRun(() => system.create({ ...work, kind: 'train' }, problem(work.spec)), work.longRun);
    },
    tfNumTensors: () => (tfUsed ? tf.memory().numTensors : null),
  };
  document.body.dataset.state = 'ready';
}

init().catch((e) => {
  log(`failed: ${e.stack || e}`);
  document.body.dataset.state = 'failed';
  window.benchError = String(e);
});
