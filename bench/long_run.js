// Long runs: one trainer, never re-initialised, trained for `steps` mini-batch steps in timed
// chunks; how much slower are the last `window` steps than the first? (bench/native/bench.cpp,
// job kind "longrun", does the same natively.) A run that slows down is doing arithmetic on
// float32 subnormals: optimizer state decaying towards zero, see docs/performance.md.
import { median } from './harness.js';

export const LONG_RUN = { steps: 20000, window: 1000, chunk: 100 };

/**
 * create() makes a runner (run(k) trains k steps, dispose()). One runner trains `steps` steps;
 * its last `window` steps are timed in alternating chunks with the first `window` steps of a
 * fresh runner (the same spec and seed: a replay of the run's start), so load from elsewhere on
 * the machine hits both alike. Returns { chunkMs: [...], firstMsPerStep, lastMsPerStep, ratio }:
 * ms per step of the first and the last window (the median chunk of each) and ratio =
 * first / last = samples/s of the last window divided by the first (1: no slow-down).
 */
export function longRun(create, { steps, window, chunk } = LONG_RUN, now = () => performance.now()) {
  const timed = (runner, k) => {
    const t0 = now();
    runner.run(k);
    return now() - t0;
  };
  const aged = create();
  const chunkMs = [], firstMs = [], lastMs = [];
  try {
    for (let done = 0; done < steps - window; done += chunk) chunkMs.push(timed(aged, chunk));
    const fresh = create();
    try {
      for (let done = 0; done < window; done += chunk) {
        firstMs.push(timed(fresh, chunk));
        lastMs.push(timed(aged, chunk));
      }
    } finally {
      fresh.dispose();
    }
  } finally {
    aged.dispose();
  }
  const firstMsPerStep = median(firstMs) / chunk, lastMsPerStep = median(lastMs) / chunk;
  return { chunkMs: [...chunkMs, ...lastMs], firstMsPerStep, lastMsPerStep, ratio: firstMsPerStep / lastMsPerStep };
}
