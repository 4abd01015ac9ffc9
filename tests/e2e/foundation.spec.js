import { test, expect } from './fixtures.js';
import { openPage, waitForEpoch, boundaryColours, epoch } from './helpers.js';

test('circle: Play trains to a low test loss, the boundary shows both colours', async ({ page, pageErrors }) => {
  await openPage(page);
  await page.locator('[data-dataset="circle"]').click();
  await page.locator('#play').click();
  await waitForEpoch(page, 300);
  await page.locator('#play').click();  // pause so the numbers hold still
  const testLoss = Number(await page.locator('#testLoss').textContent());
  expect(testLoss).toBeLessThan(0.1);
  const colours = await boundaryColours(page);
  expect(colours.orange).toBeGreaterThan(0.1 * colours.total);
  expect(colours.blue).toBeGreaterThan(0.05 * colours.total);
  await page.screenshot({ path: 'test-results/foundation-circle-trained.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('Step trains exactly one epoch; Reset starts again', async ({ page }) => {
  await openPage(page);
  await page.locator('#step').click();
  await page.locator('#step').click();
  expect(await epoch(page)).toBe(2);
  await page.locator('#reset').click();
  expect(await epoch(page)).toBe(0);
});

test('a learning rate that diverges stops training with a message and keeps the page usable', async ({ page }) => {
  await openPage(page, '/#data.generator=plane&model.hidden=[8,8]&model.activation=relu&optimizer.learningRate=10');
  await page.locator('#play').click();
  await expect(page.locator('#message')).toContainText('learning rate', { timeout: 30000 });
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  expect(Number.isFinite(Number(await page.locator('#trainLoss').textContent()))).toBe(true);
  await page.locator('#learningRate').selectOption('0.01');
  await page.locator('#reset').click();
  await page.locator('#step').click();
  expect(await epoch(page)).toBe(1);
});

test('a bad link shows what is wrong and falls back to the defaults', async ({ page }) => {
  await openPage(page, '/#model.hidden=[4,0]&data.noise=0.1');
  await expect(page.locator('#message')).toContainText('model.hidden[1]: must be from 1 to 1024, got 0');
  await expect(page.locator('#layerCount')).toHaveText('2');
});

test('the built page works under a course sub-path with a strict Content-Security-Policy', async ({ page, pageErrors }) => {
  const response = await page.goto(`${process.env.E2E_CSP_ORIGIN}/course/ch2/playground/`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await page.locator('#play').click();
  await waitForEpoch(page, 20);
  expect(pageErrors).toEqual([]);
});
