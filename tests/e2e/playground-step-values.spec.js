// The playground's step-by-step mode teaches backpropagation with numbers: the forward click
// puts every neuron's a on the diagram, the backward click its δ = ∂L/∂z, hovering a neuron
// shows z, a, δ and hovering a link w, ∂L/∂w and the optimizer's state — all the core's own
// numbers (Trainer.neuronValues, weightGrads, weightState), compared here with what is shown.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const number = (text) => Number(text.replace('−', '-'));
const close = (shown, core) => Math.abs(number(shown) - core) <= 0.006 * Math.max(Math.abs(core), 1e-3);

/** The core's neuronValues(block, 0) as {z, a, d} arrays of the example and the batch means. */
const coreValues = (page, block) => page.evaluate((b) => {
  const v = Array.from(window.descent.session.neuronValues(b, 0)), n = v.length / 6;
  const col = (c) => v.slice(c * n, (c + 1) * n);
  return { zMean: col(0), aMean: col(1), dMean: col(2), z: col(3), a: col(4), d: col(5) };
}, block);

const labels = (page) => page.locator('.network .neuron-value').allTextContents();

test('forward, then backward: the diagram shows a, then δ, and hovering shows the core’s z, a, δ and ∂L/∂w', async ({ page }) => {
  await openPage(page, '/#data.points=100&training.batchSize=10&optimizer.kind=adam&lang=en');
  const button = page.locator('#batchStep');
  await expect(button).toHaveText('1 · Forward pass');
  const params = () => page.evaluate(() => Array.from(window.descent.session.handle.params()));
  const before = await params();

  // Forward: a on every hidden and output neuron (default network 4, 2 → 1), z = Σ w·a + b known.
  await button.click();
  await expect(page.locator('#stepStatus')).toContainText('Forward pass of a mini-batch of 10 points');
  await expect(button).toHaveText('2 · Backward pass');
  const forward = await labels(page);
  expect(forward).toHaveLength(7);
  for (const text of forward) expect(text).toMatch(/^a /);
  const hidden0 = await coreValues(page, 0);
  expect(close(forward[0].slice(2), hidden0.a[0])).toBe(true);
  for (let i = 0; i < 4; i++) expect(hidden0.a[i]).toBeCloseTo(Math.tanh(hidden0.z[i]), 5);  // a = tanh(z)
  await page.locator('.network .node.neuron').first().hover();
  const card = page.locator('.step-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('δ = ∂L/∂z');
  const cells = await card.locator('tr').nth(1).locator('td').allTextContents();  // the first point: z, a, δ
  expect(close(cells[1], hidden0.z[0])).toBe(true);
  expect(close(cells[2], hidden0.a[0])).toBe(true);
  expect(cells[3]).toBe('—');  // no δ before the backward pass
  expect(await params()).toEqual(before);

  // Backward: δ on every neuron, ∂L/∂w on the links; still no weight changed.
  await button.click();
  await expect(page.locator('#stepStatus')).toContainText('Backward pass');
  await expect(page.locator('#stepStatus')).toContainText('δ = a − y');
  await expect(button).toHaveText('3 · Update');
  const backward = await labels(page);
  for (const text of backward) expect(text).toMatch(/^δ /);
  const out = await coreValues(page, 2);
  expect(close(backward[6].slice(2), out.d[0])).toBe(true);
  // δ_out = a − y for sigmoid + cross-entropy, y ∈ {0, 1}
  expect([0, 1].some((y) => Math.abs(out.d[0] - (out.a[0] - y)) < 1e-5)).toBe(true);
  await page.locator('.network .node.output').hover();
  const outCells = await card.locator('tr').nth(2).locator('td').allTextContents();  // mini-batch mean
  expect(close(outCells[3], out.dMean[0])).toBe(true);
  expect(await params()).toEqual(before);

  const hit = page.locator('svg.links path.hit').last();  // a link into the output neuron
  await hit.hover({ force: true });
  await expect(card).toContainText('∂L/∂w');
  const grad = await page.evaluate(() => Array.from(window.descent.session.weightGrads(2)));
  const lines = await card.locator('div').allTextContents();
  const shownGrad = lines.find((l) => l.startsWith('∂L/∂w ')).slice('∂L/∂w '.length);
  expect(grad.some((g) => close(shownGrad, g))).toBe(true);
  await expect(card).toContainText('none before the first update');
  await page.screenshot({ path: 'test-results/playground-step-backward-en.png' });

  // Update: the weight moves, and Adam's state for it is shown; at t = 1, m̂ = g.
  await button.click();
  await expect(page.locator('#stepStatus')).toContainText('Update applied');
  await expect(page.locator('.network .neuron-value')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await hit.hover({ force: true });
  await expect(card).toContainText('Optimizer state (t = 1)');
  await expect(card).toContainText('→');
  const text = (await card.locator('div').allTextContents()).join('\n');
  expect(close(text.match(/m̂ (\S+?),/)[1], number(shownGrad))).toBe(true);
  expect(text).toMatch(/ŝ \S+/);
  expect(await params()).not.toEqual(before);
  await expect(button).toHaveText('1 · Forward pass');
});

for (const lang of ['en', 'zh']) {
  for (const width of [1400, 420]) {
    test(`step-by-step numbers, screenshot ${lang} ${width}×900`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page, `/#data.points=100&training.batchSize=10&optimizer.kind=adam&lang=${lang}`);
      const button = page.locator('#batchStep');
      await button.click();
      await button.click();
      await expect(page.locator('.network .neuron-value')).toHaveCount(7);
      await page.locator('.network .node.neuron').nth(1).hover();
      await expect(page.locator('.step-card')).toBeVisible();
      await page.locator('#network').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/playground-step-${lang}-${width}.png` });
      await page.mouse.move(0, 0);
      await page.locator('svg.links path.hit').last().hover({ force: true });
      await button.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/playground-step-link-${lang}-${width}.png` });
    });
  }
}
