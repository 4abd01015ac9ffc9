// The stories of the house-price, image and concepts pages, opened as the gallery opens them
// (`<page>.html#story=<id>`): each plays to its end (body[data-story="ended"]) without a
// console error, shows its text, and ends where its text says — checked with the numbers the
// page shows, not with a picture.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { STORIES as HOUSES } from '../../web/houses/stories.js';
import { STORIES as IMAGES } from '../../web/images/stories.js';
import { STORIES as CONCEPTS } from '../../web/concepts/stories.js';

// A new document each time: going from one hash of a page to another would not reload it.
async function open(page, path) {
  await page.goto('about:blank');
  await openPage(page, path);
}

async function playStory(page, file, story, timeout = 30000) {
  await open(page, `/${file}.html#story=${story.id}&lang=en`);
  await expect(page.locator('#story')).toContainText(story.title.en);
  await expect(page.locator('body')).toHaveAttribute('data-story', 'ended', { timeout });
  await expect(page.locator(`#${story.focus}`)).toHaveAttribute('data-story-focus', '');
  await expect(page.locator('#message[data-kind="error"]:not([hidden])')).toHaveCount(0);
}
const byId = (list, id) => list.find((s) => s.id === id);

// ---- concepts ---------------------------------------------------------------------------------
test.describe('concepts stories', () => {
  const readout = (page) => page.locator('#actReadout').evaluate((r) => ({ f: Number(r.dataset.f), slope: Number(r.dataset.slope), x: Number(r.dataset.x) }));
  const probs = (page) => page.locator('#smTable').evaluate((t) => JSON.parse(t.dataset.probs));

  test('a dead ReLU: at x = −2 its output and its slope are 0', async ({ page }) => {
    await playStory(page, 'concepts', byId(CONCEPTS, 'dead-relu'));
    const r = await readout(page);
    expect(r.x).toBeCloseTo(-2, 6);
    expect(r.f).toBe(0);
    expect(r.slope).toBe(0);
    await expect(page.locator('#actNote')).not.toBeEmpty();
  });

  test('a saturated sigmoid: σ′(5) ≈ 0.0066, under 3 % of its largest slope 0.25', async ({ page }) => {
    await playStory(page, 'concepts', byId(CONCEPTS, 'sigmoid-saturation'));
    const r = await readout(page);
    expect(r.x).toBeCloseTo(5, 6);
    expect(r.slope).toBeCloseTo(0.0066, 4);
    expect(r.slope).toBeLessThan(0.03 * 0.25);
  });

  test('softmax temperature 0.5 sharpens the largest probability from 0.66 to 0.86', async ({ page }) => {
    await playStory(page, 'concepts', byId(CONCEPTS, 'temperature'));
    const p = await probs(page);
    expect(p[0]).toBeCloseTo(0.864, 3);
    // at T = 1 (the same logits) it is 0.66
    await open(page, '/concepts.html#logits=2,1,0.1&T=1');
    expect((await probs(page))[0]).toBeCloseTo(0.659, 3);
  });

  test('adding 1 to every logit three times leaves the probabilities as they were', async ({ page }) => {
    await playStory(page, 'concepts', byId(CONCEPTS, 'softmax-shift'));
    await expect(page.locator('.logit .bar-label')).toHaveText(['z₁ = 5', 'z₂ = 4', 'z₃ = 3.1']);
    const p = await probs(page);
    for (const [got, want] of p.map((x, i) => [x, [0.659, 0.2424, 0.0986][i]])) expect(got).toBeCloseTo(want, 3);
    await expect(page.locator('#smShiftNote')).toContainText('the same');
  });

  test('two rounds of the backprop walk reach the update; gradients match finite differences and the loss goes down', async ({ page }) => {
    await playStory(page, 'concepts', byId(CONCEPTS, 'backprop-update'));
    await expect(page.locator('#backprop')).toHaveAttribute('data-op', 'update');
    const losses = await page.evaluate(() => window.conceptsStory.losses);
    expect(losses).toHaveLength(2);
    expect(losses[1]).toBeLessThan(losses[0]);
    // every parameter row: the backprop gradient equals the finite-difference one (as shown),
    // and the new value is w − α·∂L/∂w with α = 0.5
    const rows = await page.locator('#bpParams tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    expect(rows.length).toBeGreaterThan(0);
    // the page's numbers: a true minus sign, 1.2×10−5 for small ones
    const num = (s) => Number(s.trim().replace(/−/g, '-').replace(/×10(-?\d+)$/, 'e$1'));
    for (const [, w, grad, fd, updated] of rows) {
      expect(num(fd.split('=').at(-1))).toBeCloseTo(num(grad), 3);
      expect(num(updated)).toBeCloseTo(num(w) - 0.5 * num(grad), 3);
    }
  });
});

// ---- images -----------------------------------------------------------------------------------
test.describe('image stories', () => {
  const last = (page) => page.evaluate(() => window.imagesHistory.at(-1));

  test('digits with the default network pass 95 % test accuracy within 10 epochs', async ({ page }) => {
    test.setTimeout(180000);
    const story = byId(IMAGES, 'digits');
    await playStory(page, 'images', story, 150000);
    const m = await last(page);
    expect(m.epoch).toBe(10);
    expect(m.testAccuracy).toBeGreaterThan(0.95);
  });

  // The weights canvas as signed values (blue +, orange −, each unit scaled to its own largest
  // |w|), and the mean correlation of neighbouring weights within each unit's 8×8 image:
  // about 0 for random weights, clearly positive for smooth patches.
  const neighbourCorrelation = (page) => page.locator('#weights').evaluate((c) => {
    const { data, width } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const value = (x, y) => {
      const o = 4 * (y * width + x), r = data[o], b = data[o + 2];
      return r <= b ? (255 - r) / 247 : -(255 - b) / 221;
    };
    const cols = Math.round(width / 9), units = 16;
    let total = 0;
    for (let u = 0; u < units; ++u) {
      const x0 = (u % cols) * 9, y0 = Math.floor(u / cols) * 9;
      const img = Array.from({ length: 64 }, (_, k) => value(x0 + (k % 8), y0 + Math.floor(k / 8)));
      const mean = img.reduce((a, b) => a + b) / 64, d = img.map((v) => v - mean);
      const variance = d.reduce((a, v) => a + v * v, 0) / 64;
      let sum = 0, n = 0;
      for (let y = 0; y < 8; ++y) for (let x = 0; x < 8; ++x) {
        if (x < 7) { sum += d[y * 8 + x] * d[y * 8 + x + 1]; n++; }
        if (y < 7) { sum += d[y * 8 + x] * d[(y + 1) * 8 + x]; n++; }
      }
      total += sum / n / variance;
    }
    return total / units;
  });

  test('the first layer’s sixteen weight images go from noise to smooth patches', async ({ page }) => {
    test.setTimeout(180000);
    const story = byId(IMAGES, 'weights');
    // the same network before training: the same seed gives the same initial weights
    await open(page, `/images.html#${Object.entries(story.link).map(([k, v]) => `${k}=${v}`).join('&')}`);
    await expect(page.locator('body')).toHaveAttribute('data-run', 'ready');
    const before = await neighbourCorrelation(page);
    await playStory(page, 'images', story, 150000);
    const after = await neighbourCorrelation(page);
    expect(Math.abs(before)).toBeLessThan(0.1);
    expect(after).toBeGreaterThan(0.15);
  });

  test('without dropout every training image is right and the test loss is several times the training loss; dropout narrows the gap', async ({ page }) => {
    test.setTimeout(300000);
    await playStory(page, 'images', byId(IMAGES, 'overfit'), 150000);
    const overfit = await last(page);
    expect(overfit.epoch).toBe(20);
    expect(overfit.trainAccuracy).toBe(1);
    expect(overfit.testLoss).toBeGreaterThan(4 * overfit.trainLoss);
    await playStory(page, 'images', byId(IMAGES, 'dropout'), 150000);
    const dropout = await last(page);
    expect(dropout.epoch).toBe(20);
    expect(dropout.testLoss).toBeLessThan(2 * dropout.trainLoss);
    expect(dropout.testLoss - dropout.trainLoss).toBeLessThan(overfit.testLoss - overfit.trainLoss);
  });

  test('after training, a 0 drawn on the pad is recognized as 0', async ({ page }) => {
    test.setTimeout(180000);
    await playStory(page, 'images', byId(IMAGES, 'draw'), 150000);
    await expect(page.locator('#drawBars')).toHaveAttribute('data-best', '0');
    await expect(page.locator('#drawBars .prob-row')).toHaveCount(10);
    // the pad shows the stroke (dark pixels on white)
    const dark = await page.locator('#drawPad').evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 100) n++;
      return n;
    });
    expect(dark).toBeGreaterThan(500);
  });
});

// ---- house prices -------------------------------------------------------------------------------
test.describe('house-price stories', () => {
  const runs = (page) => page.evaluate(() => window.housesStory.runs);
  const minAt = (values) => values.indexOf(Math.min(...values));

  test('logistic regression and the default MLP both pass 91 % test accuracy, within 2 points', async ({ page }) => {
    test.setTimeout(180000);
    await playStory(page, 'houses', byId(HOUSES, 'baseline'), 150000);
    const [base, mlp] = await runs(page);
    expect(base.baseline).toBe(true);
    expect(mlp.baseline).toBe(false);
    expect(base.testAccuracy).toBeGreaterThan(0.91);
    expect(mlp.testAccuracy).toBeGreaterThan(0.91);
    expect(Math.abs(mlp.testAccuracy - base.testAccuracy)).toBeLessThanOrEqual(0.02);
    await expect(page.locator('#runs tr:has(td)')).toHaveCount(2);  // Runs compared: both, side by side
  });

  test('without dropout the validation loss is lowest within 10 epochs, then more than doubles, ending far above the dropout run', async ({ page }) => {
    test.setTimeout(180000);
    await playStory(page, 'houses', byId(HOUSES, 'dropout'), 150000);
    const [withDropout, without] = await runs(page);
    expect(withDropout.spec.model.dropout).toEqual([0.5, 0.5]);
    expect(without.spec.model.dropout).toEqual([0, 0]);
    const loss = (r) => r.history.map((h) => h.validationLoss);
    expect(without.history).toHaveLength(30);
    expect(minAt(loss(without))).toBeLessThan(10);
    expect(loss(without).at(-1)).toBeGreaterThan(2 * Math.min(...loss(without)));
    expect(loss(withDropout).at(-1)).toBeLessThan(0.7 * loss(without).at(-1));
  });

  test('three hidden layers are no more accurate on the test set than one', async ({ page }) => {
    test.setTimeout(180000);
    await playStory(page, 'houses', byId(HOUSES, 'layers'), 150000);
    const [one, three] = await runs(page);
    expect(one.spec.model.hidden).toEqual([32]);
    expect(three.spec.model.hidden).toEqual([32, 32, 32]);
    expect(three.testAccuracy).toBeLessThanOrEqual(one.testAccuracy);
  });

  test('the sigmoid network’s first-epoch training loss is over twice ReLU’s and tanh’s; all three end between 91 % and 93 %', async ({ page }) => {
    test.setTimeout(180000);
    await playStory(page, 'houses', byId(HOUSES, 'activation'), 150000);
    const [relu, tanh, sigmoid] = await runs(page);
    expect([relu, tanh, sigmoid].map((r) => r.spec.model.activations[0])).toEqual(['relu', 'tanh', 'sigmoid']);
    expect(sigmoid.history[0].trainLoss).toBeGreaterThan(2 * Math.max(relu.history[0].trainLoss, tanh.history[0].trainLoss));
    for (const r of [relu, tanh, sigmoid]) {
      expect(r.testAccuracy).toBeGreaterThanOrEqual(0.91);
      expect(r.testAccuracy).toBeLessThanOrEqual(0.93);
    }
  });
});
