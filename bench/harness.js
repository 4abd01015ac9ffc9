// The timing method every system shares (bench/native/bench.cpp implements the same steps in
// C++). One cell = one system on one config:
//   1. warm-up: run growing chunks for at least `warmupMs` (JIT tiers, caches, allocator),
//      which also calibrates how many steps make a chunk of about `chunkMs`;
//   2. `reps` repetitions, each of timed chunks until at least `minMs` of timed work;
//   3. the result is the median repetition; min and max give the spread.
// Only the work is timed: re-initialising (every `reinitEvery` steps, to stay in the
// early-training regime, see docs/performance.md) happens between timed calls.

/** Median of a non-empty array of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const FULL = { warmupMs: 1000, chunkMs: 50, minMs: 1000, reps: 5 };
export const SMOKE = { warmupMs: 0, chunkMs: 1, minMs: 3, reps: 2 };

/**
 * A measurement in progress on one runner: { run(k): performs k units of work (training
 * steps or grid evaluations), reinit(): back to fresh weights (optional) }.
 * warmUp() once, then rep() as often as wanted (bench/run.mjs interleaves the repetitions of
 * all systems of a cell, so a burst of load from elsewhere hits all of them alike).
 */
export class Measurement {
  constructor(runner, timing, { reinitEvery = Infinity, now = () => performance.now() } = {}) {
    Object.assign(this, { runner, timing, reinitEvery, now, sinceInit: 0, units: 0, k: 1 });
  }

  // Runs k units, re-initialising between timed calls; returns the milliseconds spent working.
  timed(k) {
    let ms = 0;
    while (k > 0) {
      if (this.sinceInit >= this.reinitEvery) {
        this.runner.reinit();
        this.sinceInit = 0;
      }
      const n = Math.min(k, this.reinitEvery - this.sinceInit);
      const t0 = this.now();
      this.runner.run(n);
      ms += this.now() - t0;
      this.sinceInit += n;
      this.units += n;
      k -= n;
    }
    return ms;
  }

  /** Warm-up and calibration: grows the chunk until it takes about chunkMs. */
  warmUp(warmupMs = this.timing.warmupMs) {
    const { chunkMs } = this.timing;
    let k = 1;
    const start = this.now();
    for (;;) {
      const ms = this.timed(k);
      const longEnough = ms >= chunkMs / 2;
      if (longEnough && this.now() - start >= warmupMs) {
        this.k = Math.max(1, Math.round((k * chunkMs) / ms));
        return;
      }
      if (!longEnough) k = Math.max(k + 1, Math.round(k * Math.min(8, chunkMs / Math.max(ms, 0.01))));
    }
  }

  /** One repetition: chunks until at least minMs of timed work; returns ms per unit. */
  rep() {
    let ms = 0, n = 0;
    while (ms < this.timing.minMs) {
      ms += this.timed(this.k);
      n += this.k;
    }
    return ms / n;
  }
}

/** Summary of repetitions (ms per unit each). */
export function summarize(reps, extra = {}) {
  return { msPerUnit: median(reps), minMsPerUnit: Math.min(...reps), maxMsPerUnit: Math.max(...reps), reps, ...extra };
}

/**
 * All of a cell on one runner: warm-up, then `reps` repetitions (see Measurement).
 * Returns { msPerUnit, minMsPerUnit, maxMsPerUnit, reps: [ms per unit…], unitsPerChunk, units }.
 */
export function measure(runner, timing, options = {}) {
  const m = new Measurement(runner, timing, options);
  m.warmUp();
  const reps = [];
  for (let r = 0; r < timing.reps; r++) reps.push(m.rep());
  return summarize(reps, { unitsPerChunk: m.k, units: m.units });
}
