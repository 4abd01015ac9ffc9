// The playground's step-by-step mode with numbers: the loss shown follows every applied
// mini-batch update, and "show gradients" colours every layer on one absolute scale with a key.
import { test, expect } from './fixtures.js';
import { openPage, epoch } from './helpers.js';

test('the training loss shown changes after each applied mini-batch, within the epoch', async ({ page }) => {
  await openPage(page, '/#data.points=100&training.batchSize=10&lang=en');
  const shown = async () => page.locator('#trainLoss').textContent();
  const start = await shown();
  await page.locator('#batchStep').click();  // forward pass: nothing changes yet
  await page.locator('#batchStep').click();  // backward pass: nor here
  expect(await shown()).toBe(start);
  await page.locator('#batchStep').click();  // the update
  await expect(page.locator('#stepStatus')).toContainText('Update applied');
  const afterOne = await shown();
  expect(afterOne).not.toBe(start);
  for (let i = 0; i < 3; i++) await page.locator('#batchStep').click();
  expect(await shown()).not.toBe(afterOne);
  expect(await epoch(page)).toBe(0);  // all of it inside the first epoch
});

test('gradients are coloured on one scale for the whole network, with a key, and fade as training converges', async ({ page }) => {
  await openPage(page, '/#data.generator=circle&lang=en');
  await page.locator('#showGradients').check();
  await page.locator('#batchStep').click();  // forward
  await page.locator('#batchStep').click();  // backward: this mini-batch's gradients
  const legend = page.locator('.gradient-legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('0.01');
  await page.locator('#network').screenshot({ path: 'test-results/playground-gradient-scale.png' });
  // the mean ring width over the hidden neurons: larger at the start than after training
  const ringWidth = () => page.locator('.network .node').evaluateAll((nodes) => {
    const w = nodes.map((n) => Number((n.style.boxShadow.match(/0px 0px 0px ([\d.]+)px/) || [])[1])).filter((x) => x > 0);
    return w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
  });
  const early = await ringWidth();
  await page.locator('#batchStep').click();  // update
  for (let i = 0; i < 30; i++) await page.locator('#step').click();
  await page.locator('#batchStep').click();
  await page.locator('#batchStep').click();
  const late = await ringWidth();
  expect(late).toBeLessThan(early);
  await page.locator('#batchStep').click();  // the update: the step's own gradient display ends
  await page.locator('#showGradients').uncheck();
  await expect(legend).toBeHidden();
});

test('the update line writes the chosen optimizer’s own rule', async ({ page }) => {
  await openPage(page, '/#optimizer.kind=adam&training.batchSize=10&lang=en');
  for (let i = 0; i < 3; i++) await page.locator('#batchStep').click();  // forward, backward, update
  await expect(page.locator('#stepStatus')).toContainText('m̂ = m / (1 − β₁ᵗ)');
  await expect(page.locator('#stepStatus')).not.toContainText('w ← w − α·g,');
});
