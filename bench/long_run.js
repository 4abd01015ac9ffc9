// Long runs: one trainer, never re-initialised, trained for `steps` mini-batch steps in timed
// chunks; how much slower are the last `window` steps than the first? (bench/native/bench.cpp,
// job kind "longrun", does the same natively.) A run that slows down is doing arithmetic on
// float32 subnormals: optimizer state decaying towards zero, see docs/performance.md.
import { median } from './harness.js';

export const LONG_RUN = { steps: 20000, window: 1000, chunk: 100 };

/**
 * runner.run(k) trains k steps. Returns { chunkMs: [...], firstMsPerStep, lastMsPerStep, ratio }:
 * ms per step over the first and the last window (the median chunk of each, so a burst of load
 * from elsewhere does not decide it) and ratio = first / last = samples/s of the last window
 * divided by the first (1: no slow-down).
 */
export function longRun(runner, { steps, window, chunk } = LONG_RUN, now = () => performance.now()) {
  const chunkMs = [];
  for (let done = 0; done < steps; done += chunk) {
    const t0 = now();
    runner.run(chunk);
    chunkMs.push(now() - t0);
  }
  const perWindow = Math.round(window / chunk);
  const firstMsPerStep = median(chunkMs.slice(0, perWindow)) / chunk;
  const lastMsPerStep = median(chunkMs.slice(-perWindow)) / chunk;
  return { chunkMs, firstMsPerStep, lastMsPerStep, ratio: firstMsPerStep / lastMsPerStep };
}
