// "Export as PyTorch" from the pages: the playground's script, run by Debian's Python with
// PyTorch, continues the page's own training with the same losses; what the core cannot
// express is shown in its own words; pages without a network say so.
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.js';
import { openPage, epoch } from './helpers.js';

const PYTHON = '/usr/bin/python3';  // Debian's, with python3-torch (pyenv's python3 is first on PATH)
const TOLERANCE = 1e-4;

async function download(page, epochs, testInfo) {
  await page.locator('#exportButton').click();
  await expect(page.locator('#exportDialog')).toBeVisible();
  await page.locator('#exportEpochs').fill(String(epochs));
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#exportDownload').click()]);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.locator('#exportResult')).toHaveAttribute('data-kind', 'success');
  await page.locator('#exportClose').click();
  return { path, name: file.suggestedFilename() };
}

const close = (a, b) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));

test('the playground’s PyTorch script continues the page’s training with the same losses', async ({ page }, testInfo) => {
  await openPage(page, '/#data.generator=xor&model.hidden=[6,4]&optimizer.kind=adam&optimizer.learningRate=0.02&training.batchSize=10&regularization.kind=l2&regularization.rate=0.001');
  for (let i = 0; i < 3; i++) await page.locator('#step').click();  // the script starts from these weights
  await expect.poll(() => epoch(page)).toBe(3);
  const { path, name } = await download(page, 2, testInfo);
  expect(name).toBe('descent-playground.py');

  const lines = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: 120000 }).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines.map((l) => l.epoch)).toEqual([4, 5]);

  // The page's own next two epochs.
  for (let i = 0; i < 2; i++) await page.locator('#step').click();
  const history = await page.evaluate(() => window.descent.session.history.slice(-2));
  expect(history.map((h) => h.epoch)).toEqual([4, 5]);
  for (let i = 0; i < 2; i++) {
    for (const key of ['trainLoss', 'testLoss']) {
      const [py, core] = [lines[i][key], history[i][key]];
      expect(close(py, core), `epoch ${history[i].epoch} ${key}: PyTorch ${py}, page ${core}`).toBe(true);
    }
  }
});

test('an epoch left half done is refused with the core’s reason, and nothing is lost', async ({ page }) => {
  await openPage(page, '/#training.batchSize=10');
  await page.keyboard.press('b');  // one mini-batch, step by step
  await page.locator('#exportButton').click();
  await page.locator('#exportDownload').click();
  await expect(page.locator('#exportResult')).toHaveAttribute('data-kind', 'error');
  await expect(page.locator('#exportResult')).toContainText('in the middle of an epoch');
  await page.locator('#exportClose').click();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
});

test('the linear-regression page exports its run too', async ({ page }, testInfo) => {
  await openPage(page, '/regression.html');
  const { path, name } = await download(page, 1, testInfo);
  expect(name).toBe('descent-regression.py');
  const lines = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: 120000 }).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(1);
  expect(Number.isFinite(lines[0].trainLoss)).toBe(true);
});

for (const [file, id] of [['/lab.html', 'lab'], ['/concepts.html', 'concepts']]) {
  test(`the ${id} page says it has no network to export`, async ({ page }) => {
    await openPage(page, file);
    await page.locator('#exportButton').click();
    await expect(page.locator('#exportNone')).toBeVisible();
    await expect(page.locator('#exportDownload')).toHaveCount(0);
  });
}

for (const [lang, width] of [['en', 1400], ['zh', 420]]) {
  test(`screenshot: the PyTorch dialog (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openPage(page, `/#lang=${lang}`);
    await page.locator('#exportButton').click();
    await page.screenshot({ path: `test-results/export-dialog-${lang}-${width}.png` });
  });
}

test('the image page’s PyTorch script trains the digits network’s first epoch to the page’s losses', async ({ page }, testInfo) => {
  test.setTimeout(240000);
  await openPage(page, '/images.html#set=digits&hidden=32&epochs=1');
  await expect(page.locator('body')).toHaveAttribute('data-run', 'ready');
  // The untrained network (epoch 0), exported for one epoch …
  const { path, name } = await download(page, 1, testInfo);
  expect(name).toBe('descent-images.py');
  const lines = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: 180000 }).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines.map((l) => l.epoch)).toEqual([1]);
  // … and the page's own first epoch from the same weights.
  await page.locator('#train').click();
  await expect(page.locator('body')).toHaveAttribute('data-run', 'stopped', { timeout: 120000 });
  const first = await page.evaluate(() => window.imagesHistory.find((m) => m.epoch === 1));
  for (const key of ['trainLoss', 'testLoss']) {
    const [py, core] = [lines[0][key], first[key]];
    expect(Math.abs(py - core) <= 1e-3 * Math.abs(core), `epoch 1 ${key}: PyTorch ${py}, page ${core}`).toBe(true);
  }
});

test('the house-price page exports the prepared table, or names what the script cannot express', async ({ page }, testInfo) => {
  test.setTimeout(240000);
  // The default split has a validation set, which the script has no place for: the core says so.
  await openPage(page, '/houses.html');
  await page.locator('#loadAmes').click();
  await expect(page.locator('#fileInfo')).toContainText('2930 rows');
  await page.locator('#exportButton').click();
  await page.locator('#exportDownload').click();
  await expect(page.locator('#exportResult')).toHaveAttribute('data-kind', 'error');
  await expect(page.locator('#exportResult')).toContainText('data.validationRatio');
  await page.locator('#exportClose').click();

  // Without a validation set: the script of the untrained model trains the page's first epoch.
  await page.goto('about:blank');
  await openPage(page, '/houses.html#valPct=0&training.epochs=1');
  await page.locator('#loadAmes').click();
  await expect(page.locator('#fileInfo')).toContainText('2930 rows');
  const { path, name } = await download(page, 1, testInfo);
  expect(name).toBe('descent-houses.py');
  const lines = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: 180000 }).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines.map((l) => l.epoch)).toEqual([1]);
  await page.locator('#train').click();
  await expect.poll(() => page.evaluate(() => window.housesRuns?.length ?? 0), { timeout: 120000 }).toBe(1);
  const first = await page.evaluate(() => window.housesRuns[0].history[0]);
  expect(first.epoch).toBe(1);
  expect(close(lines[0].trainLoss, first.trainLoss), `epoch 1 trainLoss: PyTorch ${lines[0].trainLoss}, page ${first.trainLoss}`).toBe(true);
});
