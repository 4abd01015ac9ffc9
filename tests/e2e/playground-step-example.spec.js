// The playground's step-by-step numbers are for one example of the ringed mini-batch, and the
// student chooses which: ‹ › beside "example k of B", or a click on a ringed point. The
// diagram's labels and the hover card then show that example's z, a, δ — the core's own
// (Trainer.neuronValues(block, example)) — and, with batch norm, z before and after
// normalization with x̂, γ and β (Trainer.batchNormValues).
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const number = (text) => Number(text.replace('−', '-'));
const close = (shown, core) => Math.abs(number(shown) - core) <= 0.006 * Math.max(Math.abs(core), 1e-3);

/** The core's values of Dense block `block` for example `k`: z, a, δ per neuron. */
const coreValues = (page, block, k) => page.evaluate(([b, e]) => {
  const v = Array.from(window.descent.session.neuronValues(b, e)), n = v.length / 6;
  const col = (c) => v.slice(c * n, (c + 1) * n);
  return { z: col(3), a: col(4), d: col(5) };
}, [block, k]);
/** Pixels of the chosen-example ring's orange on the points canvas within 20 px of the batch's point k. */
const chosenRing = (page, k) => page.evaluate((j) => {
  const c = document.getElementById('points'), r = c.getBoundingClientRect();
  const [cx, cy] = window.descent.examplePicker.pixelOf(j);
  const sx = c.width / r.width, R = Math.round(20 * sx);
  const x0 = Math.round((cx - r.left) * sx), y0 = Math.round((cy - r.top) * sx);
  const d = c.getContext('2d').getImageData(x0 - R, y0 - R, 2 * R, 2 * R).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4)
    if (Math.abs(d[i] - 232) < 25 && Math.abs(d[i + 1] - 113) < 25 && d[i + 2] < 50 && d[i + 3] > 200) n++;
  return n;
}, k);
const labels = async (page) => (await page.locator('.network .neuron-value').allTextContents()).map((s) => s.slice(2));

test('choosing another example of the mini-batch shows that example’s z, a and δ', async ({ page }) => {
  await openPage(page, '/#data.points=100&training.batchSize=10&lang=en');
  const button = page.locator('#batchStep'), bar = page.locator('#stepExample');
  await expect(bar).toBeHidden();
  await button.click();
  await button.click();  // forward, backward: δ on the diagram
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('example 1 of 10');
  const blocks = [0, 1, 2];  // default network 4, 2 → 1
  const deltas = async (k) => (await Promise.all(blocks.map((b) => coreValues(page, b, k)))).flatMap((v) => v.d);
  const first = await deltas(0), second = await deltas(1);
  expect(first.some((d, i) => Math.abs(d - second[i]) > 1e-4)).toBe(true);  // two examples, two sets of δ
  let shown = await labels(page);
  shown.forEach((text, i) => expect(close(text, first[i])).toBe(true));

  await page.locator('#stepExample .example-next').click();
  await expect(bar).toContainText('example 2 of 10');
  shown = await labels(page);
  shown.forEach((text, i) => expect(close(text, second[i]), `neuron ${i}: ${text} vs ${second[i]}`).toBe(true));
  // The hover card's example row is example 2's z, a, δ.
  await page.locator('.network .node.neuron').first().hover();
  const card = page.locator('.step-card');
  await expect(card).toContainText('Example 2');
  const cells = await card.locator('tr').nth(1).locator('td').allTextContents();
  const hidden = await coreValues(page, 0, 1);
  expect(close(cells[1], hidden.z[0])).toBe(true);
  expect(close(cells[2], hidden.a[0])).toBe(true);
  expect(close(cells[3], hidden.d[0])).toBe(true);

  // ‹ on the first example goes round to the last.
  await page.locator('#stepExample .example-prev').click();
  await page.locator('#stepExample .example-prev').click();
  await expect(bar).toContainText('example 10 of 10');

  // A click on a ringed point of the data picture chooses it: one with no other ringed point near.
  const k = await page.evaluate(() => {
    const p = window.descent.examplePicker, batch = p.batch;
    const px = batch.map((_, j) => p.pixelOf(j));
    return batch.findIndex((_, j) => j !== batch.length - 1 && px.every(([x, y], m) => m === j || Math.hypot(x - px[j][0], y - px[j][1]) > 30));
  });
  expect(k).toBeGreaterThanOrEqual(0);
  const [x, y] = await page.evaluate((j) => window.descent.examplePicker.pixelOf(j), k);
  expect(await chosenRing(page, k)).toBe(0);
  await page.mouse.click(x + 3, y - 2);
  await expect(bar).toContainText(`example ${k + 1} of 10`);
  // The chosen point has the thick orange ring.
  expect(await chosenRing(page, k)).toBeGreaterThan(20);
  await page.locator('.boundary-wrap').screenshot({ path: 'test-results/playground-step-example-chosen-en.png' });
  const chosen = await deltas(k);
  (await labels(page)).forEach((text, i) => expect(close(text, chosen[i])).toBe(true));
  await page.screenshot({ path: 'test-results/playground-step-example-en.png' });

  // The update ends the mini-batch: the bar goes.
  await button.click();
  await expect(bar).toBeHidden();
});

test('with batch norm the card says z is after normalization and shows W·a, μ, σ², x̂, γ, β of the chosen example', async ({ page }) => {
  await openPage(page, '/#data.points=100&training.batchSize=10&model.batchNorm=true&lang=en');
  await page.locator('#batchStep').click();
  await page.locator('#stepExample .example-next').click();
  await page.locator('#stepExample .example-next').click();
  await expect(page.locator('#stepExample')).toContainText('example 3 of 10');
  await page.locator('.network .node.neuron').first().hover();
  const card = page.locator('.step-card');
  await expect(card).toContainText('after normalization, z = γ·x̂ + β');
  await expect(card).toContainText('Example 3');
  const [bn, v] = await page.evaluate(() => [Array.from(window.descent.session.batchNormValues(0, 2)), Array.from(window.descent.session.neuronValues(0, 2))]);
  const n = bn.length / 6, at = (c) => bn[c * n];  // neuron 0
  const notes = await card.locator('.step-card-note').allTextContents();
  expect(notes).toHaveLength(2);
  const numbers = (text) => (text.match(/[−-]?\d+(\.\d+)?(e[−-]?\d+)?/g) ?? []).map(number);
  const near = (list, value) => list.some((x) => Math.abs(x - value) <= 0.006 * Math.max(Math.abs(value), 1e-3));
  expect(near(numbers(notes[0]), at(3))).toBe(true);  // x̂
  expect(near(numbers(notes[0]), at(4))).toBe(true);  // γ
  expect(near(numbers(notes[1]), at(0))).toBe(true);  // W·a before normalization
  expect(near(numbers(notes[1]), at(1))).toBe(true);  // μ
  // The z in the table is γ·x̂ + β, the core's.
  const z = (await card.locator('tr').nth(1).locator('td').allTextContents())[1];
  expect(close(z, v[3 * (v.length / 6)])).toBe(true);
  expect(Math.abs(at(4) * at(3) + at(5) - v[3 * (v.length / 6)])).toBeLessThan(1e-4);
  await page.screenshot({ path: 'test-results/playground-step-example-batchnorm-en.png' });
});

test('中文, 420×900: the example bar and the batch-norm card are readable in a narrow window', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await openPage(page, '/#data.points=100&training.batchSize=10&model.batchNorm=true&lang=zh');
  await page.locator('#batchStep').click();
  await page.locator('#stepExample .example-next').click();
  await expect(page.locator('#stepExample')).toContainText('第 2 个样本');
  // The bar's text and both buttons fit in the column, side by side.
  const [prev, text, next] = await Promise.all(['.example-prev', '.example-text', '.example-next']
    .map((s) => page.locator(`#stepExample ${s}`).boundingBox()));
  expect(prev.x + prev.width).toBeLessThanOrEqual(text.x + 1);
  expect(text.x + text.width).toBeLessThanOrEqual(next.x + 1);
  expect(next.x + next.width).toBeLessThanOrEqual(420);
  await page.locator('.network .node.neuron').first().hover();
  const card = page.locator('.step-card');
  await expect(card).toContainText('归一化之后');
  const box = await card.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(420);
  await page.locator('.network-column').screenshot({ path: 'test-results/playground-step-example-zh-420.png' });
});
