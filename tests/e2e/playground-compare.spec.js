// Comparing runs on the playground: pinned runs on the chart and in the table, the chart's
// axes, legend, log scale and accuracy view, the points and full-batch controls, and run
// records saved, verified by the native runner and opened again.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build-native/descent-cli`;
const SMALL = '/#data.generator=circle&data.points=200&model.hidden=[4,2]&optimizer.learningRate=0.1';

const frame = (page) => page.evaluate(() => {
  const f = window.descent.lossChart.frame;
  return { xTicks: f.xTicks, yTicks: f.yTicks, xTitle: f.xTitle, yTitle: f.yTitle, curves: f.curves, log: f.log, view: f.view };
});

async function steps(page, n) {
  for (let i = 0; i < n; i++) await page.locator('#step').click();
}

/** Pixels of the chart canvas within 40 (per channel) of the colour #rrggbb. */
const pixelsOf = (page, hex) => page.locator('#lossChart').evaluate((c, h) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && Math.abs(d[i] - r) < 40 && Math.abs(d[i + 1] - g) < 40 && Math.abs(d[i + 2] - b) < 40) n++;
  return n;
}, hex);

test('pinning two runs overlays two curves in their colours and lists two rows; a pin can be removed', async ({ page }) => {
  await openPage(page, SMALL);
  await steps(page, 8);
  await page.locator('#pinRun').click();
  await page.locator('#learningRate').selectOption('0.01');
  await page.locator('#reset').click();
  await steps(page, 8);
  await page.locator('#pinRun').click();
  await page.locator('#learningRate').selectOption('1');
  await page.locator('#reset').click();
  await steps(page, 8);

  const rows = page.locator('#pinTable tbody tr');
  await expect(rows).toHaveCount(2);
  const colours = await page.evaluate(() => window.descent.compare.pins.list.map((p) => p.colour));
  expect(new Set(colours).size).toBe(2);
  for (const c of colours) expect(await pixelsOf(page, c), `curve pixels of ${c}`).toBeGreaterThan(40);
  expect((await frame(page)).curves).toBe(6);  // training and test of the current run and of two pins
  // Each row: its settings against the current ones and its final numbers.
  await expect(rows.nth(0).locator('.pin-diff')).toContainText('learningRate: 0.1 → 1');
  await expect(rows.nth(1).locator('.pin-diff')).toContainText('learningRate: 0.01 → 1');
  await expect(rows.nth(0).locator('td').nth(3)).toHaveText('8');
  await expect(rows.nth(0).locator('img.pin-thumb')).toBeVisible();
  const legend = page.locator('#chartLegend');
  await expect(legend.locator('.key-pin')).toHaveCount(2);
  await expect(legend).toContainText('training');
  await expect(legend).toContainText('test');
  await page.screenshot({ path: 'test-results/playground-pins.png', fullPage: true });

  await rows.nth(0).locator('.pin-remove').click();
  await expect(rows).toHaveCount(1);
  expect(await pixelsOf(page, colours[0])).toBeLessThan(5);
  await expect(legend.locator('.key-pin')).toHaveCount(1);
});

test('six pins at most, each in its own colour: the pin button is off until one is removed', async ({ page }) => {
  await openPage(page, SMALL);
  await steps(page, 2);
  for (let i = 0; i < 6; i++) await page.locator('#pinRun').click();
  await expect(page.locator('#pinTable tbody tr')).toHaveCount(6);
  await expect(page.locator('#pinRun')).toBeDisabled();
  const colours = await page.evaluate(() => window.descent.compare.pins.list.map((p) => p.colour));
  expect(new Set(colours).size).toBe(6);
  await page.locator('#pinTable tbody tr').nth(2).locator('.pin-remove').click();
  await expect(page.locator('#pinRun')).toBeEnabled();
});

test('the chart has axes with ticks and titles, a log scale and an accuracy view, in both languages', async ({ page }) => {
  await openPage(page, `${SMALL}&lang=en`);
  await steps(page, 12);
  let f = await frame(page);
  expect(f.xTitle).toBe('epoch');
  expect(f.yTitle).toBe('loss');
  expect(f.xTicks.length).toBeGreaterThanOrEqual(2);
  expect(f.yTicks.length).toBeGreaterThanOrEqual(3);
  expect(f.yTicks[0]).toBe('0');
  const numbers = f.yTicks.map(Number);
  expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);

  await page.locator('#scaleLog').click();
  f = await frame(page);
  expect(f.log).toBe(true);
  expect(f.yTitle).toBe('loss (log)');
  expect(f.yTicks).not.toContain('0');

  await page.locator('#chartAccuracy').click();
  f = await frame(page);
  expect(f.view).toBe('accuracy');
  expect(f.yTitle).toBe('accuracy');
  expect(f.yTicks.at(-1)).toBe('100%');
  await expect(page.locator('#scaleLog')).toBeDisabled();

  await page.locator('#language').click();  // to 中文
  f = await frame(page);
  expect(f.xTitle).toBe('轮');
  expect(f.yTitle).toBe('准确率');
  await expect(page.locator('#chartLegend')).toContainText('训练');
  await expect(page.locator('#chartAccuracy')).toHaveText('准确率');
});

test('a control sets the number of points, and the batch-size slider ends at the full batch', async ({ page }) => {
  await openPage(page, SMALL);
  const points = page.locator('#pointCount');
  await points.fill('60');
  await points.dispatchEvent('change');
  await expect(page.locator('#pointCountValue')).toHaveText('60');
  await expect.poll(() => page.evaluate(() => window.descent.session.trainPoints().length / 2)).toBe(30);
  expect(page.url()).toContain('data.points=60');

  const batch = page.locator('#batchSize');
  const max = await batch.getAttribute('max');
  await batch.fill(max);
  await batch.dispatchEvent('change');
  await expect(page.locator('#batchSizeValue')).toHaveText('full batch');
  expect(page.url()).toContain('training.batchSize=100000');
  // One update per epoch: a mini-batch step takes every training point.
  await page.locator('#batchStep').click();
  await expect(page.locator('#stepStatus')).toContainText('mini-batch of 30 points');
  // Back to a number from the link's full batch.
  await batch.fill('10');
  await batch.dispatchEvent('change');
  await expect(page.locator('#batchSizeValue')).toHaveText('10');
});

test('a saved run record verifies with the native runner and opens again as a pinned run with its model', async ({ page }, testInfo) => {
  expect(existsSync(cli), `${cli} missing: run scripts/build-native.sh`).toBe(true);
  await openPage(page, `${SMALL}&optimizer.kind=adam&optimizer.learningRate=0.01&model.dropout=[0.1,0]`);
  await steps(page, 4);
  await page.locator('#batchStep').click();  // half an epoch walked by hand …
  await page.locator('#batchStep').click();
  await page.locator('#saveRun').click();    // … cannot be a record yet
  await expect(page.locator('#message')).toContainText('in the middle of an epoch');
  await steps(page, 3);                      // finishes epoch 5, then 6 and 7
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#saveRun').click()]);
  expect(download.suggestedFilename()).toBe('descent-run-epoch7.json');
  const file = testInfo.outputPath('run.json');
  await download.saveAs(file);
  const out = execFileSync(cli, ['verify', file], { encoding: 'utf8' });
  expect(out).toMatch(/^verified: 7 epochs, within the browser tolerance/);
  const params = await page.evaluate(() => Array.from(window.descent.session.handle.params()));

  // A changed run cannot be recorded, and says why.
  await page.locator('#learningRate').selectOption('0.1');
  await page.locator('#saveRun').click();
  await expect(page.locator('#message')).toContainText('Cannot save the run: its settings changed during the run (at epoch 7)');

  // A bad file changes nothing.
  await page.locator('#reset').click();
  await steps(page, 2);
  const bad = testInfo.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'descent-run', spec: {}, history: [{ epoch: 2 }], model: {}, platform: 'wasm' }));
  await page.locator('#openRunFile').setInputFiles(bad);
  await expect(page.locator('#message')).toContainText('run record.history[0].epoch: must be 1, got 2');
  await expect(page.locator('#epoch')).toHaveText('000,002');
  await expect(page.locator('#pinTable tbody tr')).toHaveCount(0);

  // The saved record: its history is a pinned curve, its model the running one.
  await page.locator('#openRunFile').setInputFiles(file);
  await expect(page.locator('#message')).toContainText('Run record opened: 7 epochs');
  await expect(page.locator('#epoch')).toHaveText('000,007');
  await expect(page.locator('#pinTable tbody tr')).toHaveCount(1);
  await expect(page.locator('#pinTable tbody tr td').nth(3)).toHaveText('7');
  expect(await page.evaluate(() => Array.from(window.descent.session.handle.params()))).toEqual(params);
  expect(await page.evaluate(() => window.descent.session.history.length)).toBe(7);
  expect(page.url()).toContain('optimizer.learningRate=0.01');
  // It goes on as the same training: three more epochs record and verify again.
  await steps(page, 3);
  const [again] = await Promise.all([page.waitForEvent('download'), page.locator('#saveRun').click()]);
  const file2 = testInfo.outputPath('run2.json');
  await again.saveAs(file2);
  expect(execFileSync(cli, ['verify', file2], { encoding: 'utf8' })).toMatch(/^verified: 10 epochs/);
});
