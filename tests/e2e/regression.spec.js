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

/**
 * A story's end state for the note: in English and 中文, the window at 1400×900 and the whole
 * page at 420×900. The page draws at its new size when the language switch relabels it.
 */
async function shootStory(page, name) {
  const lang = () => page.evaluate(() => document.documentElement.lang.slice(0, 2));
  const shoot = async (width) => page.screenshot({ path: `${SHOTS}/story-${name}-${await lang()}-${width}.png`, fullPage: width < 1000 });
  const toggle = async () => {
    const before = await lang();
    await page.locator('#language').click();
    await expect.poll(lang).not.toBe(before);
  };
  await shoot(1400);
  await toggle();
  await shoot(1400);
  await page.setViewportSize({ width: 420, height: 900 });
  await toggle();
  await shoot(420);
  await toggle();
  await shoot(420);
  // Back to the window and the language the test runs in (four switches: English again).
  await page.setViewportSize({ width: 1400, height: 900 });
  await toggle();
}

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
  await shootStory(page, 'scale-unscaled');

  await page.locator('#storyNext').click();
  await expect(page.locator('#standardize')).toBeChecked();
  await expect.poll(async () => (await state(page)).gap, { timeout: 30000 }).toBeLessThan(1e-5);
  const scaled = await state(page);
  expect(scaled.lambdaMax / scaled.lambdaMin).toBeLessThan(1.001);
  expect(scaled.iteration).toBeLessThan(raw.iteration / 10);
  await expect(page.locator('#story')).toContainText('round');
  await shootStory(page, 'scale-standardized');
});

test('too large a learning rate: just below 2/λ_max converges, just above diverges and the page says so', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#story-rate').click();
  await expect.poll(async () => (await state(page)).gap, { timeout: 60000 }).toBeLessThan(1e-5);
  const below = await state(page);
  expect(below.learningRate / below.stableRate).toBeCloseTo(0.99, 5);
  expect(below.status).toBe('ok');
  await expect(page.locator('#rateLimit')).toContainText('2/λ_max');
  await shootStory(page, 'rate-below');

  await page.locator('#storyNext').click();
  await expect(page.locator('body')).toHaveAttribute('data-status', 'diverged', { timeout: 60000 });
  const above = await state(page);
  expect(above.learningRate / above.stableRate).toBeCloseTo(1.01, 5);
  await expect(page.locator('#message')).toContainText('Diverged');
  await expect(page.locator('#message')).toContainText('2/λ_max');
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  await shootStory(page, 'rate-above');
});

test('SGD vs mini-batch vs full batch: after the same updates one point per step stays farthest above L*, a mini-batch of 8 closer, the full batch descends without a rise', async ({ page }) => {
  await openPage(page, '/regression.html');
  // Every run makes exactly STEPS updates from the same start, whatever the frame rate: the
  // story is paused, started again with Reset, and stepped through the page's step API.
  const STEPS = 300, TAIL = 150;
  const ups = (losses) => losses.slice(1).filter((l, k) => l > losses[k] * (1 + 1e-9)).length;
  const run = async (button, name) => {
    await page.locator(button).click();
    await pause(page);
    await page.locator('#reset').click();
    expect(await iteration(page)).toBe(0);
    expect(await page.evaluate((n) => window.regression.step(n), STEPS)).toBe(STEPS);
    const st = await state(page), losses = await page.evaluate(() => window.regression.losses());
    expect(losses.length).toBe(STEPS + 1);
    await shootStory(page, `batch-${name}`);
    // Once near the bottom each update's noise keeps the loss above L* by about α·σ²/B: the
    // mean excess over the last TAIL updates is what "noisy" means here (a count of rises is
    // not: near the bottom about half the updates of any batch size below n raise the loss).
    const excess = losses.slice(-TAIL).reduce((sum, l) => sum + (l - st.bestLoss), 0) / TAIL;
    return { st, losses, excess };
  };
  const sgd = await run('#story-batch', 'sgd');
  expect(sgd.st.batchSize).toBe(1);
  const mini = await run('#storyNext', 'mini');
  expect(mini.st.batchSize).toBe(8);
  const full = await run('#storyNext', 'full');
  expect(full.st.batchSize).toBe(full.st.points);
  expect(ups(sgd.losses)).toBeGreaterThan(20);
  expect(ups(full.losses)).toBe(0);
  expect(mini.excess).toBeLessThan(sgd.excess / 2);
  expect(full.excess).toBeLessThan(mini.excess);
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
  await shootStory(page, 'momentum');
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

test('CSV: the link keeps the Ames file and its x and y columns; reloading it gives the same columns and the same fitted line', async ({ page }) => {
  await openPage(page, '/regression.html');
  await page.locator('#source').selectOption('csv');
  await page.locator('#csvAmes').click();
  await expect(page.locator('#csvInfo')).toContainText('ames.csv: 2930 rows');
  // First another pair, then living area against price, as a student trying columns would.
  await page.locator('#csvX').selectOption(['Year_Built']);
  await page.locator('#csvY').selectOption('Lot_Area');
  await expect.poll(() => page.url()).toContain('cy=Lot_Area');
  await page.locator('#csvX').selectOption(['Gr_Liv_Area']);
  await page.locator('#csvY').selectOption('Sale_Price');
  await page.locator('#standardize').check();
  await page.locator('#standardizeTargets').check();
  expect(await page.evaluate(() => window.regression.step(25))).toBe(25);
  const url = page.url();
  expect(url).toContain('src=csv');
  expect(url).toContain('csv=ames');
  expect(url).toContain('cx=Gr_Liv_Area');
  expect(url).toContain('cy=Sale_Price');
  const before = await state(page);

  await page.goto('about:blank');
  await openPage(page, url.slice(url.indexOf('/regression.html')));
  await expect(page.locator('#message')).toBeHidden();
  await expect(page.locator('#source')).toHaveValue('csv');
  await expect(page.locator('#csvFields')).toBeVisible();
  await expect(page.locator('#csvX')).toHaveValues(['Gr_Liv_Area']);
  await expect(page.locator('#csvY')).toHaveValue('Sale_Price');
  await expect(page.locator('#csvInfo')).toContainText('ames.csv: 2930 rows');
  const reloaded = await state(page);
  expect(reloaded.points).toBe(before.points);
  expect(reloaded.wStar).toBe(before.wStar);
  expect(reloaded.bStar).toBe(before.bStar);
  expect(await page.evaluate(() => window.regression.step(25))).toBe(25);
  const after = await state(page);
  expect(after.w).toBe(before.w);
  expect(after.b).toBe(before.b);
  expect(after.loss).toBe(before.loss);
  await page.screenshot({ path: `${SHOTS}/csv-ames-link-en.png` });
  // Columns other than the Ames button's own: two x columns come back as they were chosen.
  await page.locator('#csvX').selectOption(['Year_Built', 'Lot_Area']);
  await expect.poll(async () => (await state(page)).inputs).toBe(2);
  const two = page.url();
  expect(two).toContain('cx=Lot_Area');  // the menu's order, the file's column order
  await page.goto('about:blank');
  await openPage(page, two.slice(two.indexOf('/regression.html')));
  await expect(page.locator('#csvX')).toHaveValues(['Lot_Area', 'Year_Built']);
  await expect(page.locator('#csvY')).toHaveValue('Sale_Price');
  expect((await state(page)).inputs).toBe(2);

  // A column the file does not have: the core names it and the page's defaults are used.
  await page.goto('about:blank');
  await openPage(page, '/regression.html#src=csv&csv=ames&cx=Floor_Area&cy=Sale_Price');
  await expect(page.locator('#message')).toContainText('Floor_Area');
  await page.goto('about:blank');
  await openPage(page, '/regression.html#src=csv&csv=boston&cx=a&cy=b');
  await expect(page.locator('#message')).toContainText("csv: no example 'boston' (this page has ames)");
});

test('CSV: a link to a file of the student’s own keeps its columns, asks for the file, and chooses them when it is picked', async ({ page }) => {
  const link = '/regression.html#src=csv&csvfile=mine.csv&cx=score&cy=hours';
  await openPage(page, link);
  await expect(page.locator('#message')).toContainText('pick mine.csv again');
  await expect(page.locator('#message')).toHaveAttribute('data-kind', 'info');
  await expect(page.locator('#csvFields')).toBeVisible();
  await expect(page.locator('#csvInfo')).toContainText('mine.csv');
  // Nothing is lost while the page waits: the link still names the file and its columns.
  const unchanged = () => page.evaluate(() => location.hash);
  expect(await unchanged()).toContain('csvfile=mine.csv&cx=score&cy=hours');
  await page.locator('#learningRate').fill('0.02');
  await page.locator('#learningRate').press('Enter');
  await expect.poll(unchanged).toContain('lr=0.02');
  expect(await unchanged()).toContain('csvfile=mine.csv&cx=score&cy=hours');
  await page.setInputFiles('#csvFile', { name: 'mine.csv', mimeType: 'text/csv',
    buffer: Buffer.from('hours;score;name\r\n1;52;a\r\n2;61;b\r\n3;69;c\r\n4;80;d\r\n5;88;"e, f"\r\n') });
  await expect(page.locator('#csvX')).toHaveValues(['score']);
  await expect(page.locator('#csvY')).toHaveValue('hours');
  const st = await state(page);
  expect(st.points).toBe(5);
  expect(st.wStar).toBeCloseTo(91 / 830, 5);  // hours on score: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 91/830
  expect(await unchanged()).toContain('csvfile=mine.csv&cx=score&cy=hours');
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
