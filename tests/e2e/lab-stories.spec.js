// The optimizer lab's newer stories end where their texts say (positions and losses read from
// the core through the page, not pixels), and the rough edges a student met are gone: the
// surface menu's names fit, the (α, β) map's markers are whole at its edges, σ is inert while
// the mini-batch noise is off, each surface starts with its own learning rates, exact values
// can be typed, the quadratic's stability limit sits on SGD's α slider, Nesterov's look-ahead
// is drawn, Adam shows ε, m̂, v̂ and a bias-correction switch. Screenshots of every story in
// both languages at 1400 × 900 and 420 × 900 go to test-results/lab-story-*.png.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const iteration = async (page) => Number(await page.locator('#iteration').textContent());

async function runStory(page, id) {
  const steps = await page.evaluate((s) => window.lab.presets.find((p) => p.id === s).steps, id);
  await page.locator('#speed').selectOption('50');
  await page.locator(`[data-preset="${id}"]`).click();
  await expect.poll(() => iteration(page), { timeout: 60000, intervals: [100] }).toBe(steps);
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  return steps;
}

/** The core's head of a racer (Lab.head through the page's session). */
const head = (page, id) => page.evaluate((r) => window.lab.session.head(r), id);
const racer = (page, id) => page.locator(`.racer[data-racer="${id}"]`);

test('local minimum: plain GD stays in the shallow well, Momentum ends in the deepest one', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'wells');
  const sgd = await head(page, 'sgd'), momentum = await head(page, 'momentum');
  const s = await page.evaluate(() => window.lab.session.surface());
  // The shallow well of the text is at (1.2, −2.2); the deepest is the surface's minimum.
  expect(Math.hypot(sgd.x - 1.2, sgd.y + 2.2)).toBeLessThan(0.2);
  expect(Math.hypot(momentum.x - s.minX, momentum.y - s.minY)).toBeLessThan(0.2);
  expect(sgd.loss).toBeGreaterThan(0.5);
  expect(momentum.loss).toBeLessThan(1e-3);
  await expect(page.locator('#story')).toContainText('deepest well');
});

test('Nesterov beats Momentum with the same α and β, and its look-ahead point is drawn', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'nesterov');
  const m = await page.evaluate(() => window.lab.losses('momentum'));
  const n = await page.evaluate(() => window.lab.losses('nesterov'));
  const firstBelow = (l) => l.findIndex((v) => v < 1e-6);
  expect(firstBelow(n)).toBeGreaterThan(0);
  expect(firstBelow(n)).toBeLessThan(110);  // "below 10⁻⁶ in under 110 steps"
  expect(firstBelow(m) === -1 || firstBelow(m) > 2 * firstBelow(n)).toBe(true);
  expect(n[150]).toBeLessThan(1e-3 * m[150]);
  // The ball θ = w + α·β·v sits behind the head; mid-race it is visibly apart from it.
  await page.locator('#reset').click();
  for (let k = 0; k < 5; k++) await page.locator('#step').click();
  const h = await head(page, 'nesterov');
  const st = await page.evaluate(() => window.lab.state.racers.nesterov);
  expect(h.ballX).toBeCloseTo(h.x + st.learningRate * st.momentum * h.velocityX, 12);
  expect(h.ballY).toBeCloseTo(h.y + st.learningRate * st.momentum * h.velocityY, 12);
  expect(Math.hypot(h.ballX - h.x, h.ballY - h.y)).toBeGreaterThan(0.05);
  const m5 = await head(page, 'momentum');
  expect(m5.ballX).toBe(m5.x);  // the heavy ball has no look-ahead
  await expect(page.locator('.lookahead-key')).toBeVisible();
});

test('Adam without bias correction: the first step is √10 × α per coordinate, with it α', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'bias');
  const adam = racer(page, 'adam');
  const box = adam.locator('input[data-param="biasCorrection"]');
  await expect(box).not.toBeChecked();
  const alpha = await page.evaluate(() => window.lab.state.racers.adam.learningRate);
  let steps = await page.evaluate(() => window.lab.stepLengths('adam'));
  expect(steps[0] / (alpha * Math.SQRT2)).toBeCloseTo(Math.sqrt(10), 2);
  expect(Math.max(...steps.slice(0, 15)) / (alpha * Math.SQRT2)).toBeGreaterThan(4.5);
  await expect(adam.locator('.moments')).toContainText('uncorrected');
  await box.check();
  await expect(page).not.toHaveURL(/adam\.biasCorrection/);
  steps = await page.evaluate(() => window.lab.stepLengths('adam'));
  expect(steps[0]).toBeCloseTo(alpha * Math.SQRT2, 6);
  // m̂ and v̂ shown at the head are the core's.
  const h = await head(page, 'adam');
  const d = await adam.locator('.moments').evaluate((e) => ({ ...e.dataset }));
  expect(Number(d.mx)).toBe(h.velocityX);
  expect(Number(d.vy)).toBe(h.secondMomentY);
  expect(h.secondMomentY).toBeGreaterThan(0);
  await expect(adam.locator('.moments')).toContainText('v̂');
});

test('Adam\'s ε has a slider and a typed field; the core takes the value', async ({ page }) => {
  await openPage(page, '/lab.html#t=20');
  const field = racer(page, 'adam').locator('input[type="text"][data-param="epsilon"]');
  await expect(field).toHaveValue('1e-8');
  await field.fill('0.5');
  await field.press('Enter');
  expect(await page.evaluate(() => window.lab.session.lab.params(window.lab.session.index.adam).epsilon)).toBe(0.5);
  await expect(page).toHaveURL(/adam\.epsilon=0\.5/);
  await expect(racer(page, 'adam').locator('input[type="range"][data-param="epsilon"]')).toBeVisible();
});

test('α, a and b take typed values; the core\'s range decides and a bad one is named', async ({ page }) => {
  await openPage(page, '/lab.html#t=10');
  const alpha = racer(page, 'sgd').locator('input[type="text"][data-param="learningRate"]');
  await alpha.fill('0.0123');
  await alpha.press('Enter');
  expect(await page.evaluate(() => window.lab.session.lab.params(window.lab.session.index.sgd).learningRate)).toBe(0.0123);
  await alpha.fill('50');
  await alpha.press('Enter');
  await expect(page.locator('#message')).toContainText('optimizer.learningRate: must be from 1e-07 to 10, got 50');
  await expect(alpha).toHaveValue('0.0123');
  await alpha.fill('fast');
  await alpha.press('Enter');
  await expect(page.locator('#message')).toContainText('not a number');
  await expect(alpha).toHaveValue('0.0123');
  const b = page.locator('#coefBValue');
  await b.fill('12.5');
  await b.press('Enter');
  expect((await page.evaluate(() => window.lab.session.quadratic())).lambda2).toBe(25);
  await b.fill('5000');
  await b.press('Enter');
  await expect(page.locator('#message')).toContainText('lab.b: must be from 0.001 to 1000, got 5000');
  await expect(b).toHaveValue('12.5');
  expect(await iteration(page)).toBe(10);
});

test('the quadratic\'s stability limit and best GD step are marked on SGD\'s α slider', async ({ page }) => {
  await openPage(page, '/lab.html#a=1&b=10');
  const q = await page.evaluate(() => window.lab.session.quadratic());
  expect(q.gdStabilityLimit).toBeCloseTo(0.1, 12);  // 2/λ_max = 1/b
  expect(q.gdStep).toBeCloseTo(1 / 11, 12);         // 2/(λ₁ + λ₂) = 1/(a + b)
  const row = racer(page, 'sgd');
  await expect(row.locator('.stability')).toContainText('α < 2/λ_max = 0.1');
  await expect(row.locator('.stability')).toContainText('0.0909');
  // The limit mark sits where the slider's thumb sits for α = 0.1.
  const slider = row.locator('input[type="range"][data-param="learningRate"]');
  const mark = row.locator('.mark-limit');
  const sb = await slider.boundingBox(), mb = await mark.boundingBox();
  const frac = (mb.x + mb.width / 2 - sb.x) / sb.width;
  expect(Math.abs(frac - Math.log(0.1 / 1e-4) / Math.log(2 / 1e-4))).toBeLessThan(0.08);
  // Just above the limit SGD diverges, just below it converges: the mark means what it says.
  const alpha = row.locator('input[type="text"][data-param="learningRate"]');
  await alpha.fill('0.102');
  await alpha.press('Enter');
  for (let k = 0; k < 3; k++) await page.locator('#step').click();
  await page.evaluate(() => window.lab.session.step(300));
  expect((await head(page, 'sgd')).loss).toBeGreaterThan(10);
  await alpha.fill('0.098');
  await alpha.press('Enter');
  expect((await head(page, 'sgd')).loss).toBeLessThan(1e-3);
  await page.locator('#surface').selectOption('rosenbrock');
  await expect(row.locator('.stability')).toBeHidden();
});

test('each surface starts its racers at its own learning rates: none leaves Rosenbrock or Beale', async ({ page }) => {
  await openPage(page, '/lab.html');
  for (const name of ['rosenbrock', 'beale']) {
    await page.locator('#surface').selectOption(name);
    const rates = await page.evaluate((n) => window.lab.catalogSurface(n).racers, name);
    for (const [id, r] of Object.entries(rates)) {
      expect(await page.evaluate((x) => window.lab.state.racers[x].learningRate, id)).toBe(r.learningRate);
      expect(await page.evaluate((x) => window.lab.session.lab.params(window.lab.session.index[x]).learningRate, id)).toBe(r.learningRate);
    }
    expect(rates.sgd.learningRate).toBeLessThan(0.01);
    await page.evaluate(() => window.lab.session.step(100));
    const s = await page.evaluate(() => window.lab.session.surface());
    for (const id of ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam']) {
      const h = await head(page, id);
      expect(h.diverged, `${name} ${id}`).toBe(false);
      expect(h.x).toBeGreaterThanOrEqual(s.xMin - 0.5);
      expect(h.x).toBeLessThanOrEqual(s.xMax + 0.5);
      expect(h.y).toBeGreaterThanOrEqual(s.yMin - 0.5);
      expect(h.y).toBeLessThanOrEqual(s.yMax + 0.5);
    }
    await page.locator('#reset').click();
  }
  // A link to a surface gets that surface's rates for the racers it does not set.
  await page.goto('about:blank');  // a new page load, not a hash change
  await openPage(page, '/lab.html#surface=beale&momentum.learningRate=0.0002');
  expect(await page.evaluate(() => window.lab.state.racers.sgd.learningRate)).toBe(0.002);
  expect(await page.evaluate(() => window.lab.state.racers.momentum.learningRate)).toBe(0.0002);
});

test('σ is inert while mini-batch noise is off, and its tooltip relates σ to the batch size', async ({ page }) => {
  await openPage(page, '/lab.html');
  const sigma = page.locator('#noiseScale');
  await expect(sigma).toBeDisabled();
  await page.locator('#stochastic').check();
  await expect(sigma).toBeEnabled();
  await page.locator('#stochastic').uncheck();
  await expect(sigma).toBeDisabled();
  await expect(page.locator('[data-i18n="stochastic"]')).toHaveText('Mini-batch noise');
  expect(await page.locator('label:has(#noiseScale)').getAttribute('title')).toContain('1/√(batch size)');
  expect(await page.locator('label:has(#stochastic)').getAttribute('title')).toContain('1/√(batch size)');
  await page.locator('#language').click();
  await expect(page.locator('[data-i18n="stochastic"]')).toHaveText('小批量噪声');
  expect(await page.locator('label:has(#noiseScale)').getAttribute('title')).toContain('1/√(批量大小)');
});

/** Every option of the surface menu, measured in the select's own font, fits inside it. */
async function surfaceNamesFit(page) {
  return page.locator('#surface').evaluate((sel) => {
    const ctx = document.createElement('canvas').getContext('2d');
    const cs = getComputedStyle(sel);
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;  // the arrow
    return [...sel.options].map((o) => ({ text: o.text, fits: ctx.measureText(o.text).width <= room }));
  });
}

for (const [w, h] of [[1400, 900], [420, 900]]) {
  test(`at ${w}×${h} the surface names fit their menu and the (α, β) markers are whole, in English and 中文`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    // β = 0.99 for Momentum's ring and α at the map's right edge; SGD's dot at β = 0.
    await openPage(page, '/lab.html#momentum.momentum=0.99&sgd.learningRate=0.4');
    for (const lang of ['en', 'zh']) {
      for (const o of await surfaceNamesFit(page)) expect(o.fits, `${lang}: ${o.text}`).toBe(true);
      const placed = await page.evaluate(() => window.lab.heatmap.placed);
      const size = await page.locator('#heatmap').evaluate((c) => [c.width, c.height]);
      expect(placed).toHaveLength(3);
      for (const m of placed) {
        expect(m.x - m.r, m.shape).toBeGreaterThanOrEqual(0);
        expect(m.y - m.r, m.shape).toBeGreaterThanOrEqual(0);
        expect(m.x + m.r, m.shape).toBeLessThanOrEqual(size[0]);
        expect(m.y + m.r, m.shape).toBeLessThanOrEqual(size[1]);
      }
      // The racers' rows: no parameter cell spills out of its row.
      for (const id of ['sgd', 'adam']) {
        const row = await racer(page, id).boundingBox();
        for (const cell of await racer(page, id).locator('.param').all()) {
          const b = await cell.boundingBox();
          expect(b.x + b.width, `${lang} ${id}`).toBeLessThanOrEqual(row.x + row.width + 0.5);
        }
      }
      const sel = await page.locator('#surface').boundingBox();
      const column = await page.locator('[data-control="surface"]').boundingBox();
      expect(sel.x + sel.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
      if (lang === 'en') await page.locator('#language').click();
    }
  });
}

const STORIES = ['valley', 'saddle', 'plateau', 'wells', 'nesterov', 'adagrad', 'bias', 'overshoot', 'optimal'];
for (const lang of ['en', 'zh']) {
  for (const [w, h] of [[1400, 900], [420, 900]]) {
    test(`screenshots of every story, ${lang}, ${w}×${h}`, async ({ page }) => {
      test.setTimeout(180000);
      await page.setViewportSize({ width: w, height: h });
      await openPage(page, `/lab.html#lang=${lang}`);
      for (const id of STORIES) {
        await runStory(page, id);
        await expect(page.locator('#story')).toBeVisible();
        await page.screenshot({ path: `test-results/lab-story-${id}-${lang}-${w}.png`, fullPage: w > 1000 });
      }
    });
  }
}
