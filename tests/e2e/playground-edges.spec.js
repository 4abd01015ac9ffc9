// The playground's rough edges, as a student met them: many layers, Adam's extra menus, 中文
// labels, drawn points, regression without hidden layers; and what the page now says and draws:
// early stopping as a success with the curve's real last point, zero weights "n of total" with
// the weights' histogram, batch norm's histograms, dead ReLUs at learning rate 10.
import { test, expect } from './fixtures.js';
import { openPage, waitForEpoch } from './helpers.js';

const EIGHT = 'model.hidden=[4,4,4,4,4,4,4,4]';
const SIZES = [[1400, 900], [420, 900]];

/** Visible boxes of the elements matching `selector` (a label says which one). */
async function boxes(page, selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height, what: `${e.tagName}.${e.className} "${(e.textContent || '').slice(0, 14)}"` };
    }));
}

/** Pairs of boxes that overlap by more than a pixel each way. */
function overlapping(list) {
  const found = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) found.push(`${a.what} × ${b.what}`);
    }
  return found;
}

const DIAGRAM_PARTS = '#network .node, #network .neuron-controls button, #network .neuron-controls span, #network .layer-options select';

for (const lang of ['en', 'zh']) {
  for (const [width, height] of SIZES) {
    test(`8 hidden layers, ${lang}, ${width}×${height}: no node, ± button, count or layer menu overlaps another`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openPage(page, `/#${EIGHT}&lang=${lang}`);
      await expect(page.locator('#network .layer-options')).toHaveCount(8);
      const parts = await boxes(page, DIAGRAM_PARTS);
      expect(parts.length).toBeGreaterThan(8 * 4 + 7 + 8 * 3);
      expect(overlapping(parts)).toEqual([]);
      // The menus stay inside the diagram's column.
      const net = (await boxes(page, '#network'))[0];
      for (const b of await boxes(page, '#network .layer-options select')) {
        expect(b.x).toBeGreaterThanOrEqual(net.x - 60);
        expect(b.x + b.w).toBeLessThanOrEqual(net.x + net.w + 2);
      }
      await page.locator('#network').screenshot({ path: `test-results/edges-8-layers-${lang}-${width}.png` });
    });

    test(`${lang}, ${width}×${height}: Adam's menus, a schedule and L1 do not move the chart; metric labels stay on one line`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openPage(page, `/#lang=${lang}`);
      const chartTop = async () => (await boxes(page, '#lossChart'))[0].y;
      const top = await chartTop();
      await page.locator('#optimizer').selectOption('adam');
      await expect(page.locator('#hp-beta1')).toBeVisible();
      if (width >= 1400) expect(await chartTop()).toBe(top);
      const afterAdam = await chartTop();
      await page.locator('#regularization').selectOption('l1');
      await page.locator('#schedule').selectOption('step');
      await expect(page.locator('#zeroWeights')).toBeVisible();
      await expect(page.locator('#currentRate')).toBeVisible();
      expect(await chartTop()).toBe(afterAdam);
      // Every label one line high; numbers of one row on one line.
      const dts = await boxes(page, '.metrics dt');
      expect(dts.length).toBe(5);
      for (const d of dts) expect(d.h).toBeLessThan(dts[0].h + 1);
      const dds = await boxes(page, '.metrics dd');
      const rows = [...new Set(dds.map((d) => Math.round(d.y)))];
      expect(rows.length).toBe(2);
      expect(overlapping(await boxes(page, '.metrics > div'))).toEqual([]);
      await page.screenshot({ path: `test-results/edges-adam-l1-${lang}-${width}.png`, fullPage: true });
    });
  }
}

test('Adam at 1400 px: the toolbar keeps its height', async ({ page }) => {
  await openPage(page, '/#lang=zh');
  const bar = async () => (await boxes(page, '.subbar'))[0].h;
  const before = await bar();
  for (const kind of ['adam', 'adamw', 'rmsprop', 'sgd']) {
    await page.locator('#optimizer').selectOption(kind);
    expect(await bar(), kind).toBe(before);
  }
});

test('labels: "1 hidden layer", dropout menus in 中文, the images page’s dropout label', async ({ page }) => {
  await openPage(page, '/#model.hidden=[4]&lang=en');
  await expect(page.locator('#network-title')).toHaveText('1 Hidden layer');
  await page.locator('#addLayer').click();
  await expect(page.locator('#network-title')).toHaveText('2 Hidden layers');
  await page.locator('.language').click();
  await expect(page.locator('#network-title')).toHaveText('2 隐藏层');
  const options = await page.locator('.layer-options [data-control="dropout"] option').allTextContents();
  expect(options.join(' ')).not.toMatch(/drop/i);
  expect(options).toContain('失活 0.1');
  await openPage(page, '/images.html#lang=zh');
  await expect(page.locator('[data-control="dropout"]').first()).toContainText('随机失活');
});

test('drawn points: all are drawn and the page says which train and which test', async ({ page }) => {
  const rows = [[-3, 3, 1], [3, 3, 0], [-3, -3, 0], [3, -3, 1], [-1, 1, 1], [1, -1, 0]];
  await openPage(page, `/#data.source=inline&data.inline=${JSON.stringify(rows)}&lang=en`);
  const counts = await page.evaluate(() => ({ train: window.descent.session.trainTargets().length, test: window.descent.session.testTargets().length }));
  expect(counts.train + counts.test).toBe(6);
  expect(counts.test).toBeGreaterThan(0);
  await expect(page.locator('#drawnSplit')).toHaveText(new RegExp(`Your 6 points: ${counts.train} train .* ${counts.test} are held out`));
  // Every drawn point is painted: a dot at each of the six places (test points too, without "Show test data").
  const painted = await page.locator('#points').evaluate((c, pts) => {
    const ctx = c.getContext('2d');
    return pts.map(([x1, x2]) => ctx.getImageData(Math.round(((x1 + 6) / 12) * c.width), Math.round(((6 - x2) / 12) * c.height), 1, 1).data[3]);
  }, rows);
  for (const alpha of painted) expect(alpha).toBeGreaterThan(200);
  await page.locator('[data-dataset="circle"]').click();
  await expect(page.locator('#drawnSplit')).toBeHidden();
});

test('regression with no hidden layer: no accuracy, no activation menu', async ({ page }) => {
  await openPage(page, '/#data.generator=plane&model.hidden=[]&lang=en');
  await expect(page.locator('#testAccuracy')).toBeHidden();
  await expect(page.locator('#activation')).toBeHidden();
  await page.locator('#addLayer').click();
  await expect(page.locator('#activation')).toBeVisible();
  await expect(page.locator('#testAccuracy')).toBeHidden();
});

test('early stopping: a success message, the curve keeps its real last point, the best epoch marked', async ({ page }) => {
  await openPage(page, '/#data.points=80&data.noise=0.5&model.hidden=[8,8]&optimizer.kind=adam&training.earlyStopping.patience=10&view.speed=5&lang=en');
  await page.locator('#play').click();
  await expect(page.locator('#message')).toContainText('Stopped early', { timeout: 60000 });
  await expect(page.locator('#message')).toHaveAttribute('data-kind', 'success');
  await expect(page.locator('#message')).toContainText('the test loss has not improved');  // no validation set: the test set decides
  const r = await page.evaluate(() => {
    const s = window.descent.session;
    return { last: s.history[s.history.length - 1], m: s.metrics, real: s.handle.lastEpochMetrics() };
  });
  expect(r.last.epoch).toBe(r.m.epoch);
  expect(r.last.testLoss).toBe(r.real.testLoss);
  expect(r.last.testLoss).toBeGreaterThan(r.m.bestTestLoss);  // no dip to the restored loss at the end
  expect(r.m.testLoss).toBe(r.m.bestTestLoss);                 // the numbers shown are the restored weights'
  await page.screenshot({ path: 'test-results/edges-early-stopping-en.png', fullPage: true });
});

test('with a validation split, early stopping watches the validation set and says so', async ({ page }) => {
  await openPage(page, '/#data.points=100&data.noise=0.5&data.trainRatio=0.5&model.hidden=[8,8]&optimizer.kind=adam&training.earlyStopping.patience=10&view.speed=5&lang=en');
  const slider = page.locator('#validationRatio');
  await expect(slider).toBeVisible();
  await slider.fill('20');  // % of the points, held out of training and test
  await slider.dispatchEvent('change');
  await expect(page).toHaveURL(/data\.validationRatio=0\.2/);
  await page.locator('#play').click();
  await expect(page.locator('#message')).toContainText('the validation loss has not improved', { timeout: 60000 });
  const sizes = await page.evaluate(() => window.descent.session.metrics);
  expect(Number.isFinite(sizes.validationLoss)).toBe(true);
});

test('L1 and L2: "n of total" zero weights and the weights’ histogram, with either', async ({ page }) => {
  await openPage(page, '/#regularization.kind=l2&regularization.rate=0.01&view.speed=10&lang=en');
  await expect(page.locator('#zeroWeights')).toBeVisible();
  await expect(page.locator('#zeroWeights')).toHaveText(/^0 of \d+$/);
  await expect(page.locator('#weightHistogram')).toBeVisible();
  await page.locator('#regularization').selectOption('l1');
  await page.locator('#regularizationRate').selectOption('0.03');
  await page.locator('#play').click();
  await waitForEpoch(page, 150);
  await page.locator('#play').click();
  const h = await page.evaluate(() => window.descent.session.weightHistogram(21));
  expect(h.zeros).toBeGreaterThan(0);
  await expect(page.locator('#zeroWeights')).toHaveText(`${h.zeros} of ${h.total}`);
  await expect(page.locator('#weightHistogram figcaption')).toHaveText(`Weights: ${h.zeros} of ${h.total} exactly 0`);
  // The middle bar (the zeros) is drawn in red.
  const red = await page.locator('#weightHistogram canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && d[i] > 150 && d[i + 1] < 80) n++;
    return n;
  });
  expect(red).toBeGreaterThan(20);
  await page.locator('#regularization').selectOption('l2');
  await expect(page.locator('#zeroWeights')).toBeVisible();
  await page.locator('.language').click();
  await page.screenshot({ path: 'test-results/edges-weights-zh.png', fullPage: true });
  await page.locator('#regularization').selectOption('none');
  await expect(page.locator('#weightHistogram')).toBeHidden();
});

test('batch norm: a before/after histogram per layer, the after one centred with unit spread', async ({ page }) => {
  await openPage(page, '/#model.hidden=[6,6,6]&model.activation=sigmoid&model.batchNorm=true&view.speed=10&lang=en');
  await expect(page.locator('#bnHistograms .bn-layer')).toHaveCount(3);
  await page.locator('#play').click();
  await waitForEpoch(page, 60);
  await page.locator('#play').click();
  const stats = await page.locator('#bnHistograms .bn-after span').allTextContents();
  expect(stats).toHaveLength(3);
  for (const s of stats) expect(s).toMatch(/^after: mean −?-?0\.\d\d, sd \d\.\d\d$/);
  await page.screenshot({ path: 'test-results/edges-batch-norm-en.png', fullPage: true });
  await page.locator('.language').click();
  await expect(page.locator('#bnHistograms .bn-after span').first()).toContainText('归一化后');
  await page.screenshot({ path: 'test-results/edges-batch-norm-zh.png', fullPage: true });
  await page.locator('#batchNorm').uncheck();
  await expect(page.locator('#bnHistograms')).toBeHidden();
});

// ReLU at 10: a layer's neurons all die (output 0 everywhere). The default tanh at 10 does not
// die (its neurons become steps) but never beats guessing: "stalled", said as plainly.
for (const [activation, text] of [['relu', /every neuron of layer \d outputs 0 for every point: dead ReLUs/], ['tanh', 'the network is not learning']]) {
  test(`learning rate 10 with ${activation}: the page says why training cannot go on, and stops`, async ({ page }) => {
    await openPage(page, `/#model.activation=${activation}&view.speed=5&lang=en`);
    await page.locator('#learningRate').selectOption('10');
    await page.locator('#play').click();
    await expect(page.locator('#message')).toContainText(text, { timeout: 60000 });
    await expect(page.locator('#message')).toContainText('Lower the learning rate');
    await expect(page.locator('#message')).toHaveAttribute('data-kind', 'error');
    await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
    if (activation === 'relu') {
      await page.screenshot({ path: 'test-results/edges-dead-relu-en.png', fullPage: true });
      await page.locator('.language').click();
      await page.locator('#step').click();  // trains nothing: the message is said again, in 中文
      await expect(page.locator('#message')).toContainText('ReLU 已“死亡”');
      await page.screenshot({ path: 'test-results/edges-dead-relu-zh.png', fullPage: true });
    }
  });
}

test('at the default learning rate nothing is called dead', async ({ page }) => {
  await openPage(page, '/#model.activation=relu&view.speed=10&lang=en');
  await page.locator('#play').click();
  await waitForEpoch(page, 200);
  await page.locator('#play').click();
  await expect(page.locator('#message')).toBeHidden();
});
