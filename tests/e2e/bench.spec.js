// Keeps `npm run bench` from rotting: the whole harness end to end (bench page, every system,
// the native runner, the page measurements) with a few milliseconds per cell. It asserts that
// every cell produced a finite measurement, never how fast anything is.
import { test, expect } from './fixtures.js';
import { runBench, SYSTEMS } from '../../bench/run.mjs';

test('the benchmark harness measures every system (smoke run)', async () => {
  test.setTimeout(240000);
  const r = await runBench({ smoke: true, only: ['A', 'C', 'E'], systems: SYSTEMS, page: true, quiet: true });
  const cells = ['A-sgd', 'A-adam', 'C-sgd', 'C-adam', 'E'];
  for (const cell of cells)
    for (const system of SYSTEMS) {
      const rec = r.records.find((x) => x.cell === cell && x.system === system);
      expect(rec, `${cell} ${system}`).toBeTruthy();
      expect(rec.skipped).toBeUndefined();
      const ms = cell === 'E' ? rec.msPerGrid : rec.msPerStep;
      expect(Number.isFinite(ms) && ms > 0, `${cell} ${system}: ${ms}`).toBe(true);
      if (cell !== 'E') expect(rec.samplesPerSecond).toBeCloseTo((rec.batch * 1000) / rec.msPerStep, 6);
    }
  expect(r.tfjsTensorsLeft).toBeLessThan(10);  // every cell disposed what it made
  const named = r.targets.map((t) => `${t.cell} ${t.ratio}`);
  for (const name of ['A-sgd descent / plain-js', 'C-sgd descent / native', 'E descent / native', 'size wasm + glue, kB gzipped', 'start-up ready, ms'])
    expect(named).toContain(name);
  expect(r.module.wasm.gzipBytes).toBeGreaterThan(0);
  expect(r.page.tried.length).toBeGreaterThan(0);
  expect(r.page.tried[0].fps).toBeGreaterThan(0);
  expect(r.startup.firstTrainedFrameMs).toBeGreaterThan(r.startup.readyMs);
});
