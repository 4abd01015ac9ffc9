// The linear-regression page (web/regression.html): each story ends where its text says, drawn
// points move the line, the start can be clicked on the loss map, the link keeps the settings
// and a bad one is named, both languages at a wide and a narrow window. Every number checked
// here is the core's, read through window.regression (the same calls the page draws from).
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const SHOTS = 'test-results/regression';
// Stories run hundreds of steps in animation frames; a busy machine makes frames slow.
test.setTimeout(240000);
const state = (page) => page.evaluate(() => window.regression.state());
const iteration = async (page) => Number(await page.locator('#iteration').textContent());

async function pause(page) {
  if ((await page.locator('#play').getAttribute('aria-pressed')) === 'true') await page.locator('#play').click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
}

test('scale your features: standardized x reaches the closed form in under a tenth of the steps of square feet', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#story-scale').click();
  await expect.poll(() => iteration(page), { timeout: 60000, intervals: [100] }).toBeGreaterThanOrEqual(2000);
  await pause(page);
  const raw = await state(page);
  // α = 1/λ_max on both: square feet give κ in the millions, and after 2000 steps b has hardly moved.
  expect(raw.lambdaMax / raw.lambdaMin).toBeGreaterThan(1e6);
  expect(raw.learningRate).toBeCloseTo(1 / raw.lambdaMax, 12);
  expect(raw.gap).toBeGreaterThan(0.1);
  await expect(page.locator('#story')).toContainText('square feet');
  await page.screenshot({ path: `${SHOTS}/story-scale-unscaled-en.png` });

  await page.locator('#storyNext').click();
  await expect(page.locator('#standardize')).toBeChecked();
  await expect.poll(async () => (await state(page)).gap, { timeout: 30000 }).toBeLessThan(1e-5);
  const scaled = await state(page);
  expect(scaled.lambdaMax / scaled.lambdaMin).toBeLessThan(1.001);
  expect(scaled.iteration).toBeLessThan(raw.iteration / 10);
  await expect(page.locator('#story')).toContainText('round');
  await page.screenshot({ path: `${SHOTS}/story-scale-standardized-en.png` });
});

test('too large a learning rate: just below 2/λ_max converges, just above diverges and the page says so', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#story-rate').click();
  await expect.poll(async () => (await state(page)).gap, { timeout: 60000 }).toBeLessThan(1e-5);
  const below = await state(page);
  expect(below.learningRate / below.stableRate).toBeCloseTo(0.99, 5);
  expect(below.status).toBe('ok');
  await expect(page.locator('#rateLimit')).toContainText('2/λ_max');
  await page.screenshot({ path: `${SHOTS}/story-rate-below-en.png` });

  await page.locator('#storyNext').click();
  await expect(page.locator('body')).toHaveAttribute('data-status', 'diverged', { timeout: 60000 });
  const above = await state(page);
  expect(above.learningRate / above.stableRate).toBeCloseTo(1.01, 5);
  await expect(page.locator('#message')).toContainText('Diverged');
  await expect(page.locator('#message')).toContainText('2/λ_max');
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: `${SHOTS}/story-rate-above-en.png` });
});

test('SGD vs mini-batch vs full batch: one point per step makes a noisy path, the full batch a smooth one', async ({ page }) => {
  await openPage(page, '/regression.html');
  const ups = (losses) => losses.slice(1).filter((l, k) => l > losses[k] * (1 + 1e-9)).length;
  const run = async (button) => {
    await page.locator(button).click();
    await expect.poll(() => iteration(page), { timeout: 60000 }).toBeGreaterThanOrEqual(150);
    await pause(page);
    return page.evaluate(() => window.regression.losses());
  };
  const sgd = await run('#story-batch');
  expect((await state(page)).batchSize).toBe(1);
  await page.screenshot({ path: `${SHOTS}/story-batch-sgd-en.png` });
  const mini = await run('#storyNext');
  expect((await state(page)).batchSize).toBe(8);
  const full = await run('#storyNext');
  const st = await state(page);
  expect(st.batchSize).toBe(st.points);
  await page.screenshot({ path: `${SHOTS}/story-batch-full-en.png` });
  expect(ups(sgd)).toBeGreaterThan(20);
  expect(ups(mini)).toBeLessThan(ups(sgd));
  expect(ups(full)).toBe(0);
});

test('momentum in the valley: from the same start and α it reaches the closed form while plain GD is still crawling', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#story-momentum').click();
  await expect.poll(() => iteration(page), { timeout: 60000 }).toBeGreaterThanOrEqual(300);
  await pause(page);
  const plain = await state(page);
  expect(plain.gap).toBeGreaterThan(1e-2);
  await page.locator('#storyNext').click();
  await expect(page.locator('#optimizerKind')).toHaveValue('momentum');
  await expect.poll(async () => (await state(page)).gap, { timeout: 60000 }).toBeLessThan(1e-5);
  const heavy = await state(page);
  expect(heavy.learningRate).toBe(plain.learningRate);
  expect(heavy.iteration).toBeLessThan(300);
  await expect(page.locator('#update')).toContainText('v ← β·v');
  await page.screenshot({ path: `${SHOTS}/story-momentum-en.png` });
});

test('drawn points: a click adds a point and moves the line, shift-click removes it, a drag moves one', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#source').selectOption('drawn');
  const before = await state(page);
  const box = await page.locator('#scatter').boundingBox();
  // Top-left corner of the plot: a point far above the others' line.
  await page.mouse.click(box.x + 70, box.y + 20);
  const added = await state(page);
  expect(added.points).toBe(before.points + 1);
  expect(added.wStar).not.toBeCloseTo(before.wStar, 3);
  expect(page.url()).toContain('pts=');
  await page.keyboard.down('Shift');
  await page.mouse.click(box.x + 70, box.y + 20);
  await page.keyboard.up('Shift');
  expect((await state(page)).points).toBe(before.points);
  expect((await state(page)).wStar).toBeCloseTo(before.wStar, 6);
  // Drag the first drawn point 60 pixels up: the least-squares line follows.
  const first = await page.evaluate(() => window.regression.pageState().drawn[0]);
  const [px, py] = await page.evaluate(() => window.regression.drawnPixel(0));
  await page.mouse.move(box.x + px, box.y + py);
  await page.mouse.down();
  await page.mouse.move(box.x + px, box.y + py - 30);
  await page.mouse.move(box.x + px, box.y + py - 60);
  await page.mouse.up();
  const dragged = await state(page);
  expect(dragged.points).toBe(before.points);
  expect(dragged.bStar).not.toBeCloseTo(before.bStar, 3);
  const moved = await page.evaluate(() => window.regression.pageState().drawn[0]);
  expect(moved[0]).toBeCloseTo(first[0], 1);
  expect(moved[1]).toBeGreaterThan(first[1] + 0.5);
  await page.locator('#step').click();
  expect((await state(page)).iteration).toBe(1);
  await expect(page.locator('#update')).toContainText('∂L/∂w = (1/B)·Σ(ŷᵢ − yᵢ)·xᵢ');
});

test('a click on the loss map starts gradient descent there', async ({ page }) => {
  await openPage(page, '/regression.html');
  const box = await page.locator('#surface').boundingBox();
  await page.mouse.click(box.x + 70, box.y + 30);
  const st = await state(page);
  expect(st.iteration).toBe(0);
  const path = await page.evaluate(() => window.regression.path());
  expect(path.length).toBe(2);
  expect(page.url()).toMatch(/start=/);
  expect(st.w).toBeLessThan(st.wStar);
  expect(st.b).toBeGreaterThan(st.bStar);
});

test('CSV: x and y columns of the Ames houses; a text column is named and changes nothing', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#source').selectOption('csv');
  await expect(page.locator('#csvFields')).toBeVisible();
  await page.locator('#csvAmes').click();
  await expect(page.locator('#csvInfo')).toContainText('ames.csv: 2930 rows');
  await expect(page.locator('#csvY')).toHaveValue('Sale_Price');
  const first = await state(page);
  expect(first.points).toBe(2930);
  expect(first.inputs).toBe(1);
  // Square feet against dollars: run standardized until the closed form is reached.
  await page.locator('#standardize').check();
  await page.locator('#standardizeTargets').check();
  await page.locator('#play').click();
  await expect.poll(async () => (await state(page)).gap, { timeout: 60000 }).toBeLessThan(1e-4);
  await pause(page);
  // A text column as x: the core names it, and the data, line and path stay as they were.
  const before = await state(page);
  await page.locator('#csvX').selectOption('Neighborhood');
  await expect(page.locator('#message')).toContainText("column 'Neighborhood' holds text");
  const after = await state(page);
  expect(after.wStar).toBe(before.wStar);
  expect(after.iteration).toBe(before.iteration);
  await expect(page.locator('#csvX')).toHaveValues(['Gr_Liv_Area']);
  // Two x columns: the weights appear as bars.
  await page.locator('#csvX').selectOption(['Gr_Liv_Area', 'Year_Built']);
  await expect.poll(async () => (await state(page)).inputs).toBe(2);
  await expect(page.locator('#weightBars')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/csv-ames-en.png` });
});

test('CSV: a file of its own; a broken file is refused and the previous data are kept', async ({ page }) => {
  await openPage(page, '/regression.html');
  const before = await state(page);
  await page.locator('#source').selectOption('csv');
  await page.setInputFiles('#csvFile', { name: 'ragged.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n3\n') });
  await expect(page.locator('#message')).toContainText('CSV line 3, column 2: expected 2 fields, got 1');
  expect((await state(page)).wStar).toBe(before.wStar);
  await page.setInputFiles('#csvFile', { name: 'mine.csv', mimeType: 'text/csv',
    buffer: Buffer.from('hours;score;name\r\n1;52;a\r\n2;61;b\r\n3;69;c\r\n4;80;d\r\n5;88;"e, f"\r\n') });
  await expect(page.locator('#csvInfo')).toContainText('mine.csv: 5 rows, 3 columns');
  const st = await state(page);
  expect(st.points).toBe(5);
  expect(st.wStar).toBeCloseTo(9.1, 4);  // least squares through (1,52) … (5,88): 91/10
});

test('the link keeps the settings; a bad value is named and the defaults are used', async ({ page }) => {
  await openPage(page, '/regression.html#opt=adam&lr=0.2&batch=5&std=1&w=-1.5&seed=9');
  const st = await state(page);
  expect(st.optimizer).toBe('adam');
  expect(st.learningRate).toBe(0.2);
  expect(st.batchSize).toBe(5);
  await expect(page.locator('#standardize')).toBeChecked();
  await expect(page.locator('#hp-beta1')).toBeVisible();
  await page.goto('about:blank');
  await openPage(page, '/regression.html#lr=100');
  await expect(page.locator('#message')).toContainText('optimizer.learningRate: must be from 1e-07 to 10, got 100');
  expect((await state(page)).learningRate).toBe(0.05);
  await page.goto('about:blank');
  await openPage(page, '/regression.html#n=1');
  await expect(page.locator('#message')).toContainText('data.line.points');
});

for (const lang of ['en', 'zh'])
  for (const [w, h] of [[1400, 900], [420, 900]])
    test(`screenshot ${lang} ${w}×${h}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await openPage(page, `/regression.html#lang=${lang}`);
      await page.locator('#story-rate').click();
      await expect.poll(() => iteration(page), { timeout: 60000 }).toBeGreaterThanOrEqual(40);
      await pause(page);
      await page.screenshot({ path: `${SHOTS}/page-${lang}-${w}.png`, fullPage: w < 1000 });
      if (lang === 'zh') await expect(page.locator('#story-scale')).toHaveText('缩放你的特征');
    });
