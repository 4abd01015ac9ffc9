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

export const FULL = { warmupMs: 300, chunkMs: 50, minMs: 1000, reps: 5 };
export const SMOKE = { warmupMs: 0, chunkMs: 1, minMs: 3, reps: 2 };

/**
 * runner: { run(k): performs k units of work (training steps or grid evaluations),
 *           reinit(): back to fresh weights (optional) }
 * now: a millisecond clock (performance.now).
 * Returns { msPerUnit, minMsPerUnit, maxMsPerUnit, reps: [ms per unit…], unitsPerChunk, units }.
 */
export function measure(runner, timing, { reinitEvery = Infinity, now = () => performance.now() } = {}) {
  let sinceInit = 0;
  let units = 0;
  // Runs k units, re-initialising between timed calls; returns the milliseconds spent working.
  const timed = (k) => {
    let ms = 0;
    while (k > 0) {
      if (sinceInit >= reinitEvery) {
        runner.reinit();
        sinceInit = 0;
      }
      const n = Math.min(k, reinitEvery - sinceInit);
      const t0 = now();
      runner.run(n);
      ms += now() - t0;
      sinceInit += n;
      units += n;
      k -= n;
    }
    return ms;
  };

  // Warm-up and calibration: grow the chunk until it takes about chunkMs.
  let k = 1;
  const start = now();
  for (;;) {
    const ms = timed(k);
    const longEnough = ms >= timing.chunkMs / 2;
    if (longEnough && now() - start >= timing.warmupMs) {
      k = Math.max(1, Math.round((k * timing.chunkMs) / ms));
      break;
    }
    if (!longEnough) k = Math.max(k + 1, Math.round(k * Math.min(8, timing.chunkMs / Math.max(ms, 0.01))));
  }

  const reps = [];
  for (let r = 0; r < timing.reps; r++) {
    let ms = 0;
    let n = 0;
    while (ms < timing.minMs) {
      ms += timed(k);
      n += k;
    }
    reps.push(ms / n);
  }
  return {
    msPerUnit: median(reps),
    minMsPerUnit: Math.min(...reps),
    maxMsPerUnit: Math.max(...reps),
    reps,
    unitsPerChunk: k,
    units,
  };
}
