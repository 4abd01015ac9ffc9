// The concepts page (web/concepts.html) as a student uses it: reading f and f′ off each
// activation's plot, dragging logits, and stepping one training step of a small network
// through forward, backward and the update. Expected numbers come from the core itself, loaded
// here in Node from the same web build (no formula is re-typed in the test).
import { test, expect } from './fixtures.js';
import { readFileSync, mkdirSync } from 'node:fs';
import createNNModule from '../../web/wasm/nn.mjs';
import { openPage } from './helpers.js';

let core;
test.beforeAll(async () => {
  core = await createNNModule({ wasmBinary: readFileSync(new URL('../../web/wasm/nn.wasm', import.meta.url)) });
});

/** The plotted polyline of curve `which` ('f' or 'slope') in data coordinates. */
async function plotted(page, which) {
  return page.locator('#actPlot').evaluate((svg, which) => {
    const d = svg.dataset;
    const [l, r, t, b] = d.pad.split(',').map(Number);
    const W = Number(d.width), H = Number(d.height);
    const x0 = Number(d.x0), x1 = Number(d.x1), y0 = Number(d.y0), y1 = Number(d.y1);
    const pts = svg.querySelector(`polyline[data-curve="${which}"]`).getAttribute('points').trim().split(' ');
    return pts.map((p) => {
      const [px, py] = p.split(',').map(Number);
      return [x0 + ((px - l) / (W - l - r)) * (x1 - x0), y1 - ((py - t) / (H - t - b)) * (y1 - y0)];
    });
  }, which);
}

test('each activation\'s plot and readout are the core\'s f and f′', async ({ page }) => {
  await openPage(page, '/concepts.html#lang=en');
  const names = core.conceptsCatalog().activations;
  expect(names).toEqual(['relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear', 'elu']);
  for (const [r, name] of names.entries()) {
    await page.locator(`.act-tabs button[data-name="${name}"]`).click();
    const f = await plotted(page, 'f'), d = await plotted(page, 'slope');
    const n = f.length;
    const c = core.ActivationCurves ? new core.ActivationCurves() : null;
    const curves = c.compute(-6, 6, n);
    const values = Array.from(curves.values.subarray(r * n, (r + 1) * n));
    const slopes = Array.from(curves.slopes.subarray(r * n, (r + 1) * n));
    c.delete();
    for (const i of [0, Math.floor(n / 4), Math.floor(n / 2) - 3, Math.floor(n / 2) + 5, Math.floor((3 * n) / 4), n - 1]) {
      if (values[i] >= -2.9 && values[i] <= 3.9) expect(f[i][1], `${name} f at ${f[i][0]}`).toBeCloseTo(values[i], 2);
      expect(d[i][1], `${name} f′ at ${d[i][0]}`).toBeCloseTo(slopes[i], 2);
    }
    // drag the point to x ≈ −3 and read the numbers the page prints
    const box = await page.locator('#actPlot').boundingBox();
    const px = (x) => box.x + ((36 + ((x + 6) / 12) * (640 - 48)) / 640) * box.width;
    await page.mouse.move(px(1), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(px(-3), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const read = await page.locator('#actReadout').evaluate((e) => ({ ...e.dataset }));
    const i = Math.round(((Number(read.x) + 6) / 12) * (n - 1));
    expect(Number(read.x)).toBeCloseTo(-3, 1);
    expect(Number(read.f)).toBeCloseTo(values[i], 5);
    expect(Number(read.slope)).toBeCloseTo(slopes[i], 5);
    // where the gradient vanishes: ReLU's left half is dead, sigmoid and tanh saturate
    const kinds = await page.locator('#actPlot rect[data-kind]').evaluateAll((rs) => rs.map((x) => x.dataset.kind));
    if (name === 'relu') expect(kinds).toEqual(['dead']);
    if (name === 'sigmoid' || name === 'tanh') expect(kinds).toEqual(['vanish', 'vanish']);
    if (name === 'linear') expect(kinds).toEqual([]);
  }
  await expect(page.locator('#actNote')).toContainText('f′');
});

// A number as the page prints it (format.js: 4 decimals, trailing zeros dropped, true minus).
const shown = (x) => String(Number(x.toFixed(4))).replace('-', '−');

const probs = async (page) => JSON.parse(await page.locator('#smTable').getAttribute('data-probs'));

test('dragging a logit changes the probabilities, which sum to 1; a constant changes nothing', async ({ page }) => {
  await openPage(page, '/concepts.html#lang=en');
  const before = await probs(page);
  const expected = core.softmaxBreakdown([2, 1, 0.1], 0, 1).probs;
  before.forEach((p, k) => expect(p).toBeCloseTo(expected[k], 6));
  // drag the third bar from 0.1 up to about 5
  const bar = page.locator('#smBars g.logit[data-index="2"] .handle');
  await page.locator('#smBars').scrollIntoViewIfNeeded();
  const hb = await bar.boundingBox();
  const svgBox = await page.locator('#smBars').boundingBox();
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  const yAt = (z) => svgBox.y + ((10 + ((10 - z) / 20) * (260 - 38)) / 260) * svgBox.height;
  await page.mouse.move(hb.x + hb.width / 2, yAt(5), { steps: 5 });
  await page.mouse.up();
  const after = await probs(page);
  expect(after[2]).toBeGreaterThan(0.9);
  expect(after[0]).toBeLessThan(before[0]);
  expect(after.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  await expect(page.locator('#smPSum')).toHaveText('1');
  expect(page.url()).toContain('logits=2,1,');
  // +1 to every logit: nothing moves
  await page.locator('#smPlus').click();
  const shifted = await probs(page);
  shifted.forEach((p, k) => expect(p).toBeCloseTo(after[k], 6));
  await expect(page.locator('#smShiftNote')).toContainText('the same');
  // temperature: T > 1 flattens
  await page.locator('#smTemp').evaluate((e) => { e.value = '90'; e.dispatchEvent(new Event('input', { bubbles: true })); });
  const flat = await probs(page);
  expect(Math.max(...flat)).toBeLessThan(Math.max(...shifted));
});

test('stepping forward, backward and the update reaches the update and lowers the loss shown', async ({ page }) => {
  await openPage(page, '/concepts.html#lang=en');
  const fig = page.locator('#backprop');
  const lossShown = async () => Number(await page.locator('#bpLoss').getAttribute('data-value'));
  const w = new core.Walkthrough(2, 2, 1, 'sigmoid');
  const l0 = w.loss(), l1 = w.lossAfterUpdate();
  const delta2 = w.delta(2)[0];
  w.delete();
  expect(await lossShown()).toBeCloseTo(l0, 6);
  const ops = [];
  for (let n = 0; n < 10; ++n) {
    await page.locator('#bpStep').click();
    ops.push(await fig.getAttribute('data-op'));
  }
  expect(ops).toEqual(['forward', 'forward', 'forward', 'loss', 'backward', 'gradients', 'backward', 'backward', 'gradients', 'update']);
  // the output δ is p − y, written with the core's numbers
  await expect(page.locator('#bpLog li[data-op="backward"]').first()).toContainText(`= ${shown(delta2)}`);
  // every gradient has its finite-difference estimate beside it
  await expect(page.locator('#bpParams td.fd').first()).toContainText('/ 0.02 =');
  await expect(page.locator('#bpLog .loss-after')).toHaveText(shown(l1));
  await page.locator('#bpStep').click();  // a new round from the updated weights
  expect(await lossShown()).toBeCloseTo(l1, 6);
  expect(l1).toBeLessThan(l0);
  // the largest network: 3 → 3 → 2 with softmax
  await page.locator('#bpInputs').selectOption('3');
  await page.locator('#bpHidden').selectOption('3');
  await page.locator('#bpOutput').selectOption('2');
  await page.locator('#bpToUpdate').click();
  await expect(fig).toHaveAttribute('data-op', 'update');
  await expect(page.locator('#bpLog li[data-op="softmax"]')).toHaveCount(1);
  expect(page.url()).toContain('net=3-3-2-sigmoid');
});

test('random weights are in the link: the same link shows the same network and loss', async ({ page }) => {
  await openPage(page, '/concepts.html#lang=en');
  await page.locator('#bpRandom').click();
  await page.locator('#bpStep').click();
  const url = page.url();
  expect(url).toMatch(/seed=\d+/);
  const loss = await page.locator('#bpLoss').getAttribute('data-value');
  const weights = await page.locator('#bpParams tbody td:nth-child(2)').allTextContents();
  await page.goto('about:blank');
  await openPage(page, url.slice(url.indexOf('/concepts.html')));
  expect(await page.locator('#bpLoss').getAttribute('data-value')).toBe(loss);
  expect(await page.locator('#bpParams tbody td:nth-child(2)').allTextContents()).toEqual(weights);
  await expect(page.locator('#backprop')).toHaveAttribute('data-cursor', '0');
});

test('a bad link is named and the rest of it still applies', async ({ page }) => {
  await openPage(page, '/concepts.html#lang=en&act=tanh&T=99&net=9-2-1-relu');
  await expect(page.locator('#message')).toContainText('temperature');
  await expect(page.locator('#message')).toContainText('inputs');
  await expect(page.locator('.act-tabs button[data-name="tanh"]')).toHaveAttribute('aria-pressed', 'true');
});

for (const lang of ['en', 'zh']) {
  for (const [w, h] of [[1400, 900], [420, 900]]) {
    test(`screenshots of every figure, ${lang}, ${w}×${h}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await openPage(page, `/concepts.html#lang=${lang}&act=relu&ax=-1.5&logits=2,1,0.1,-1&y=1&step=7`);
      const dir = 'test-results/concepts-screenshots';
      mkdirSync(dir, { recursive: true });
      for (const id of ['activations', 'softmax', 'backprop'])
        await page.locator(`#${id}`).screenshot({ path: `${dir}/${id}-${lang}-${w}.png` });
      await page.screenshot({ path: `${dir}/page-${lang}-${w}.png` });
    });
  }
}
