// A measurement, not a test: frame time and training speed of the largest default-range
// network (6 hidden layers × 8 neurons, batch 10, 500 points), with the boundary grid and
// every neuron thumbnail computed by the core each frame. Runs only with MEASURE=1:
//
//   npx vite build && MEASURE=1 E2E_PORT=4300 npx playwright test measure-frames
//
// It prints the numbers (and writes test-results/frame-stats.json); it asserts nothing about time.
import { test, expect } from './fixtures.js';
import { writeFileSync } from 'node:fs';
import { openPage } from './helpers.js';

test.skip(!process.env.MEASURE, 'measurement only: set MEASURE=1');

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

test('frame statistics at 6 × 8, batch 10, 500 points', async ({ page }) => {
  test.setTimeout(180000);
  const results = [];
  for (const speed of [1, 2, 5]) {
    await openPage(page, `/#model.hidden=[8,8,8,8,8,8]&data.points=500&training.batchSize=10&view.speed=${speed}`);
    await page.locator('#play').click();
    await page.waitForTimeout(2000);  // warm-up (JIT, first canvas allocations)
    await page.evaluate(() => { window.descent.stats.samples.length = 0; });
    await page.waitForTimeout(5000);
    const samples = await page.evaluate(() => window.descent.stats.samples.slice());
    await page.locator('#play').click();
    expect(samples.length).toBeGreaterThan(0);
    const intervals = samples.map((s) => s.interval);
    const r = {
      epochsPerFrame: speed,
      frames: samples.length,
      fps: +(1000 / mean(intervals)).toFixed(1),
      frameMsMean: +mean(intervals).toFixed(2),
      frameMsP95: +quantile(intervals, 0.95).toFixed(2),
      trainMsMean: +mean(samples.map((s) => s.trainMs)).toFixed(2),
      renderMsMean: +mean(samples.map((s) => s.renderMs)).toFixed(2),
      epochsPerSecond: +((speed * 1000) / mean(intervals)).toFixed(1),
    };
    results.push(r);
    console.log(JSON.stringify(r));
  }
  writeFileSync('test-results/frame-stats.json', `${JSON.stringify(results, null, 2)}\n`);
});
