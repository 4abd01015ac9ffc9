// The lab's handle on the core: one `Lab` (a race of the core's Optimizer<double> on one
// surface) with a racer for every entry of RACERS. Arrays are views into the WASM heap:
// they are fetched again for every draw and never kept across a call into the core.
import { RACERS, coreKind, coreParams } from './racers.js';

export class LabSession {
  constructor(core) {
    this.core = core;
    this.lab = new core.Lab(1);
    this.index = {};
    for (const r of RACERS) this.index[r.id] = this.lab.addRacer(r.kind, core.defaultOptimizerParams());
  }

  dispose() { this.lab.delete(); }

  /**
   * Applies a whole lab state (see url-state.js) and runs to state.t. Throws Error(message)
   * from the core on an invalid value; the caller restores its previous state then.
   */
  apply(state) {
    this.lab.setSurface(state.surface, state.a, state.b, state.angle);
    for (const r of RACERS) this.setRacer(r.id, state.racers[r.id], false);
    this.lab.setNoise(state.noise);
    this.lab.setSeed(state.seed);
    if (state.start) this.lab.setStart(state.start[0], state.start[1]);
    this.lab.step(state.t);
  }

  setSurface(state) {
    this.lab.setSurface(state.surface, state.a, state.b, state.angle);
    if (state.start) this.lab.setStart(state.start[0], state.start[1]);
  }

  /** New settings for one racer; the whole path is recomputed up to the current iteration. */
  setRacer(id, settings, replay = true) {
    const i = this.index[id];
    const racer = RACERS.find((r) => r.id === id);
    const kind = coreKind(racer, settings);
    if (this.lab.kind(i) !== kind) {
      const t = this.lab.iteration();
      this.lab.setKind(i, kind);  // restarts the race
      this.lab.setParams(i, this.paramsWith(i, racer, settings));
      if (replay) this.lab.step(t);
      return;
    }
    this.lab.setParams(i, this.paramsWith(i, racer, settings));
    if (replay) this.lab.replay();
  }

  /** Racer i's whole OptimizerParams with the settings' values (the core takes complete objects). */
  paramsWith(i, racer, settings) {
    const given = Object.entries(coreParams(racer, settings)).filter(([, v]) => v !== undefined);
    return { ...this.lab.params(i), ...Object.fromEntries(given) };
  }

  setStart(x, y) {
    const t = this.lab.iteration();
    this.lab.setStart(x, y);
    this.lab.step(t);
  }
  setNoise(sigma) { this.lab.setNoise(sigma); this.lab.replay(); }
  setSeed(seed) { const t = this.lab.iteration(); this.lab.setSeed(seed); this.lab.step(t); }
  reset() { this.lab.reset(); }
  step(n) { this.lab.step(n); }
  get iteration() { return this.lab.iteration(); }
  get maxIterations() { return this.lab.maxIterations(); }
  surface() { return this.lab.surface(); }
  start() { return this.lab.start(); }

  head(id) { return this.lab.head(this.index[id]); }
  path(id) { return this.lab.path(this.index[id]); }
  losses(id) { return this.lab.losses(this.index[id]); }
  stepLengths(id) { return this.lab.stepLengths(this.index[id]); }
  eigenErrors(id) { return this.lab.eigenErrors(this.index[id]); }
  contour(n, levelsPerSide) { return this.lab.contour(n, levelsPerSide); }
  quadratic() { return this.lab.quadratic(); }
  rateMap(nAlpha, nBeta, alphaMax) { return this.lab.rateMap(nAlpha, nBeta, alphaMax); }
  momentumRate(alpha, beta) { return this.lab.momentumRate(alpha, beta); }
}
