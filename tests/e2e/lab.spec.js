// The optimizer lab (web/lab.html): stories end where they say, the map sets the start, the
// optimal-parameters button sets the sliders, URL state, keyboard, languages, hide keys.
// Every number checked here comes from the core through the page (window.lab reads views).
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const iteration = async (page) => Number(await page.locator('#iteration').textContent());

/** Clicks a story and waits until it has run its iterations and stopped. */
async function runStory(page, id, steps) {
  await page.locator(`[data-preset="${id}"]`).click();
  await expect.poll(() => iteration(page), { timeout: 60000, intervals: [100] }).toBe(steps);
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#story')).toBeVisible();
}

/** The core's head of a racer, as the page shows it in the racer's row. */
async function head(page, id) {
  const row = page.locator(`.racer[data-racer="${id}"]`);
  const d = await row.evaluate((e) => ({ ...e.dataset }));
  return { x: Number(d.x), y: Number(d.y), loss: Number(d.loss), iterations: Number(d.iterations), diverged: d.diverged === 'true' };
}

/** Pixels of the trajectory canvas close to a colour. */
async function pixelsOf(page, [r, g, b]) {
  return page.locator('#paths').evaluate((c, rgb) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (d[i + 3] > 200 && Math.abs(d[i] - rgb[0]) < 30 && Math.abs(d[i + 1] - rgb[1]) < 30 && Math.abs(d[i + 2] - rgb[2]) < 30) n++;
    return n;
  }, [r, g, b]);
}
const RED = [0xd6, 0x27, 0x28], BLUE = [0x1f, 0x6f, 0xd1];

test('valley: SGD zig-zags across the valley, Momentum\'s swings die out and it ends far lower', async ({ page, pageErrors }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'valley', 100);
  // Sign flips of the error along the steep eigen-direction v in the first 30 steps.
  const flips = (e) => { let n = 0; for (let k = 1; k <= 30; k++) if (Math.sign(e[2 * k + 1]) !== Math.sign(e[2 * k - 1])) n++; return n; };
  const sgd = flips(await page.evaluate(() => window.lab.eigenErrors('sgd')));
  const momentum = flips(await page.evaluate(() => window.lab.eigenErrors('momentum')));
  expect(sgd).toBeGreaterThanOrEqual(27);
  expect(momentum).toBeLessThanOrEqual(10);
  // The story says Momentum swings at first too, and that the swings die out.
  const e = await page.evaluate(() => window.lab.eigenErrors('momentum'));
  expect(flips(e.slice(0, 2 * 11 + 2)) >= 2 || Math.abs(e[3]) > 0.1 * Math.abs(e[1])).toBe(true);
  expect(Math.abs(e[201])).toBeLessThan(1e-3 * Math.abs(e[1]));
  expect((await head(page, 'momentum')).loss).toBeLessThan((await head(page, 'sgd')).loss / 100);
  expect(await pixelsOf(page, RED)).toBeGreaterThan(300);
  expect(await pixelsOf(page, BLUE)).toBeGreaterThan(300);
  await page.screenshot({ path: 'test-results/lab-valley.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('saddle: plain GD from the ridge stays near the saddle, noisy Momentum and Adam leave it', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'saddle', 200);
  await expect(page.locator('#stochastic')).toBeChecked();
  const dist = (h) => Math.hypot(h.x, h.y);
  const sgd = await head(page, 'sgd'), momentum = await head(page, 'momentum'), adam = await head(page, 'adam');
  expect(dist(sgd)).toBeLessThan(0.3);
  expect(momentum.diverged || dist(momentum) > 1).toBe(true);
  expect(dist(adam)).toBeGreaterThan(1);
  expect(adam.loss).toBeLessThan(-1);  // below the saddle's value: it went downhill
  await page.screenshot({ path: 'test-results/lab-saddle.png', fullPage: true });
});

test('plateau: SGD is still on the plateau when Momentum has reached the well', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'plateau', 150);
  expect((await head(page, 'sgd')).loss).toBeGreaterThan(0.99);
  expect((await head(page, 'momentum')).loss).toBeLessThan(0.05);
  await page.screenshot({ path: 'test-results/lab-plateau.png', fullPage: true });
});

test('AdaGrad\'s steps shrink and it stalls; RMSProp keeps its step and arrives', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'adagrad', 300);
  await expect(page.locator('input[name="chart"][value="step"]')).toBeChecked();
  const a = await page.evaluate(() => window.lab.stepLengths('adagrad'));
  const r = await page.evaluate(() => window.lab.stepLengths('rmsprop'));
  expect(a).toHaveLength(300);
  expect(a[299]).toBeLessThan(a[29] / 2.5);  // ~1/√t: 10× the steps, ~3× shorter
  expect(a[299]).toBeLessThan(r[299] / 5);
  expect((await head(page, 'adagrad')).loss).toBeGreaterThan(0.1);
  expect((await head(page, 'rmsprop')).loss).toBeLessThan(0.01);
  await page.screenshot({ path: 'test-results/lab-adagrad.png', fullPage: true });
});

test('β = 0.99 overshoots: Momentum crosses the minimum again and again, SGD arrives', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'overshoot', 300);
  const path = await page.evaluate(() => window.lab.path('momentum'));
  let crossings = 0;
  for (let k = 1; k < path.length / 2; k++) if (Math.sign(path[2 * k]) !== Math.sign(path[2 * k - 2])) crossings++;
  expect(crossings).toBeGreaterThanOrEqual(4);
  expect((await head(page, 'momentum')).loss).toBeGreaterThan(100 * (await head(page, 'sgd')).loss);
  await page.screenshot({ path: 'test-results/lab-overshoot.png', fullPage: true });
});

test('optimal momentum: the racers converge at the rates the theory gives', async ({ page }) => {
  await openPage(page, '/lab.html');
  await runStory(page, 'optimal', 60);
  const q = await page.evaluate(() => window.lab.session.quadratic());
  const rate = (e) => (Math.hypot(e[120], e[121]) / Math.hypot(e[60], e[61])) ** (1 / 30);
  const momentum = rate(await page.evaluate(() => window.lab.eigenErrors('momentum')));
  const sgd = rate(await page.evaluate(() => window.lab.eigenErrors('sgd')));
  expect(Math.abs(momentum / q.momentumRate - 1)).toBeLessThan(0.1);
  expect(Math.abs(sgd / q.gdRate - 1)).toBeLessThan(0.1);
  await page.screenshot({ path: 'test-results/lab-optimal.png', fullPage: true });
});

test('clicking the map sets the start point of every racer', async ({ page }) => {
  await openPage(page, '/lab.html');
  const box = await page.locator('#paths').boundingBox();
  await page.mouse.click(box.x + 0.25 * box.width, box.y + 0.75 * box.height);
  // The default quadratic shows [−3, 3]²: that pixel is (−1.5, −1.5).
  for (const id of ['sgd', 'adam']) {
    const p = await page.evaluate((r) => window.lab.path(r).slice(0, 2), id);
    expect(p[0]).toBeCloseTo(-1.5, 1);
    expect(p[1]).toBeCloseTo(-1.5, 1);
  }
  await expect(page).toHaveURL(/start=-1\.\d+,-1\.\d+/);
  // With the race running, a click restarts every path from the new point.
  await page.locator('#step').click();
  await page.locator('#step').click();
  await page.mouse.click(box.x + 0.75 * box.width, box.y + 0.25 * box.height);
  expect(await iteration(page)).toBe(2);
  const p = await page.evaluate(() => window.lab.path('momentum'));
  expect(p).toHaveLength(6);
  expect(p[0]).toBeCloseTo(1.5, 1);
  expect(p[1]).toBeCloseTo(1.5, 1);
  await page.screenshot({ path: 'test-results/lab-start-clicked.png' });
});

test('the Nesterov toggle swaps in the core\'s Nesterov class; dragging moves the start', async ({ page }) => {
  await openPage(page, '/lab.html#t=30');
  const heavyBall = await page.evaluate(() => window.lab.path('momentum'));
  await page.locator('.racer[data-racer="momentum"] input[data-param="nesterov"]').check();
  expect(await page.evaluate(() => window.lab.session.lab.kind(window.lab.session.index.momentum))).toBe('nesterov');
  const nesterov = await page.evaluate(() => window.lab.path('momentum'));
  expect(nesterov).toHaveLength(heavyBall.length);
  expect(nesterov[60]).not.toBeCloseTo(heavyBall[60], 3);
  await expect(page).toHaveURL(/momentum\.nesterov=1/);
  const box = await page.locator('#paths').boundingBox();
  await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.5 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.55 * box.width, box.y + 0.45 * box.height, { steps: 4 });
  await page.mouse.move(box.x + 0.6 * box.width, box.y + 0.4 * box.height, { steps: 4 });
  await page.mouse.up();
  const p = await page.evaluate(() => window.lab.path('sgd'));
  expect(p[0]).toBeCloseTo(0.6, 1);
  expect(p[1]).toBeCloseTo(0.6, 1);
  expect(await iteration(page)).toBe(30);
});

test('the optimal-parameters button sets the SGD and Momentum sliders to the core\'s optimum', async ({ page }) => {
  await openPage(page, '/lab.html#a=0.5&b=8&angle=15');
  await page.locator('#optimal').click();
  const q = await page.evaluate(() => window.lab.session.quadratic());
  expect(q.kappa).toBeCloseTo(16, 9);
  const momentum = page.locator('.racer[data-racer="momentum"]');
  const sgd = page.locator('.racer[data-racer="sgd"]');
  await expect(momentum.locator('input[type="text"][data-param="learningRate"]')).toHaveValue(String(Number(q.momentumAlpha.toPrecision(3))));
  await expect(momentum.locator('input[type="text"][data-param="momentum"]')).toHaveValue(q.momentumBeta.toFixed(3));
  await expect(sgd.locator('input[type="text"][data-param="learningRate"]')).toHaveValue(String(Number(q.gdStep.toPrecision(3))));
  expect(Number(await momentum.locator('input[type="range"][data-param="momentum"]').inputValue())).toBeCloseTo(q.momentumBeta, 2);
  // The log slider sits within one of its 400 positions of α*.
  const pos = Number(await momentum.locator('input[type="range"][data-param="learningRate"]').inputValue());
  expect(Math.abs(1e-4 * (2 / 1e-4) ** (pos / 400) / q.momentumAlpha - 1)).toBeLessThan(0.013);
  await expect(momentum.locator('input[data-param="nesterov"]')).not.toBeChecked();
  // (√κ − 1)/(√κ + 1) with κ = 16 is 3/5, and β = 9/25.
  expect(q.momentumRate).toBeCloseTo(0.6, 12);
  expect(q.momentumBeta).toBeCloseTo(0.36, 12);
  await expect(page).toHaveURL(/momentum\.momentum=0\.36/);
});

test('a slider change redraws the whole path with the new value', async ({ page }) => {
  await openPage(page, '/lab.html#t=40');
  const before = await page.evaluate(() => window.lab.path('sgd'));
  const slider = page.locator('.racer[data-racer="sgd"] input[type="range"][data-param="learningRate"]');
  await slider.fill('250');
  const after = await page.evaluate(() => window.lab.path('sgd'));
  expect(after).toHaveLength(before.length);
  expect(after[80]).not.toBeCloseTo(before[80], 3);
  expect(await iteration(page)).toBe(40);
});

test('the URL restores a scene, including the iteration', async ({ page }) => {
  await openPage(page, '/lab.html#surface=rosenbrock&t=50&adam.learningRate=0.05&sgd.on=0&arrows=step,scale');
  await expect(page.locator('#surface')).toHaveValue('rosenbrock');
  expect(await iteration(page)).toBe(50);
  await expect(page.locator('.racer[data-racer="sgd"]')).toHaveClass(/off/);
  await expect(page.locator('.racer[data-racer="adam"] input[type="text"][data-param="learningRate"]')).toHaveValue('0.05');
  await expect(page.locator('#arrow-step')).toBeChecked();
  await expect(page.locator('#arrow-gradient')).not.toBeChecked();
  const adam = await head(page, 'adam');
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  expect(await head(page, 'adam')).toEqual(adam);  // same link, same numbers
});

test('a bad link says what is wrong and shows the defaults', async ({ page }) => {
  await openPage(page, '/lab.html#surface=everest&momentum.momentum=0.5');
  await expect(page.locator('#message')).toContainText("unknown surface 'everest'");
  await expect(page.locator('#surface')).toHaveValue('quadratic');
});

test('keyboard: space plays and pauses, → steps, r resets', async ({ page }) => {
  await openPage(page, '/lab.html');
  await page.locator('h2').first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await iteration(page)).toBe(2);
  await page.keyboard.press(' ');
  await expect.poll(() => iteration(page), { timeout: 30000 }).toBeGreaterThan(20);
  await page.keyboard.press(' ');
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('r');
  expect(await iteration(page)).toBe(0);
});

test('中文 and English, and hide keys remove controls', async ({ page }) => {
  await openPage(page, '/lab.html#hide=presets,noise');
  await expect(page.locator('[data-control="presets"]')).toBeHidden();
  await expect(page.locator('[data-control="noise"]')).toBeHidden();
  await page.locator('#language').click();
  await expect(page.locator('.racer[data-racer="momentum"] .racer-name')).toHaveText('动量');
  await expect(page.locator('#optimal')).toHaveText('设为最优参数');
  await expect(page).toHaveTitle(/优化器实验室/);
  await page.screenshot({ path: 'test-results/lab-zh.png', fullPage: true });
  await page.locator('#language').click();
  await expect(page.locator('#optimal')).toHaveText('Set optimal parameters');
});

test('the playground links to the lab', async ({ page }) => {
  await openPage(page, '/');
  await page.locator('a[href="./lab.html"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#presets .preset')).toHaveCount(9);
});

test('the built lab works under a course sub-path with a strict Content-Security-Policy', async ({ page, pageErrors }) => {
  await page.goto(`${process.env.E2E_CSP_ORIGIN}/course/ch2/playground/lab.html#preset=saddle`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await page.locator('#step').click();
  expect(await iteration(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});
