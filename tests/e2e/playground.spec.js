// The playground page: data sets, URL round trip, hide keys, languages, keyboard,
// link editing, live optimizer changes, metrics, files. Screenshots go to test-results/.
import { test, expect } from './fixtures.js';
import { openPage, waitForEpoch, epoch } from './helpers.js';

const ALL = 'features=[x1,x2,x1^2,x2^2,x1x2,sin_x1,sin_x2]';
const DATASETS = [
  ['circle', '', 0.1],
  ['xor', '&model.hidden=[8,4]&optimizer.learningRate=0.1', 0.1],
  ['gauss', '', 0.05],
  ['spiral', `&${ALL}&model.hidden=[8,8]&optimizer.kind=adam&optimizer.learningRate=0.003&regularization.kind=l2&regularization.rate=0.001`, 0.2],
  ['plane', '&optimizer.learningRate=0.01', 0.01],
  ['multi_gauss', '&model.hidden=[8,8]&optimizer.kind=adam&optimizer.learningRate=0.01', 0.03],
];

async function trainTo(page, n) {
  await page.locator('#play').click();
  await waitForEpoch(page, n);
  await page.locator('#play').click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
}

const number = async (page, id) => Number(await page.locator(`#${id}`).textContent());

for (const [name, extra, limit] of DATASETS) {
  test(`${name} trains to a test loss below ${limit}`, async ({ page }) => {
    await openPage(page, `/#data.generator=${name}${extra}&view.speed=10`);
    await expect(page.locator(`[data-dataset="${name}"]`)).toHaveAttribute('aria-checked', 'true');
    await trainTo(page, 150);
    expect(await number(page, 'testLoss')).toBeLessThan(limit);
    if (name === 'spiral') await page.screenshot({ path: 'test-results/playground-spiral.png', fullPage: true });
    if (name === 'multi_gauss') await page.screenshot({ path: 'test-results/playground-regression.png', fullPage: true });
  });
}

test('URL round trip: the same controls and the same first-epoch loss after reloading the link', async ({ page, context }) => {
  await openPage(page);
  await page.locator('[data-dataset="xor"]').click();
  await page.locator('#noise').fill('20');
  await page.locator('#noise').dispatchEvent('change');
  await page.locator('#learningRate').selectOption('0.1');
  await page.locator('#activation').selectOption('relu');
  await page.locator('#optimizer').selectOption('adam');
  await page.locator('#hp-beta1').selectOption('0.8');
  await page.locator('#regularization').selectOption('l2');
  await page.locator('#regularizationRate').selectOption('0.003');
  await page.locator('#addLayer').click();
  await page.locator('.node.feature[aria-label$="X₁X₂"]').click();
  await page.locator('#regenerate').click();
  await page.locator('#step').click();
  const loss = await page.locator('#trainLoss').textContent();
  const url = page.url();
  expect(url).toContain('optimizer.beta1=0.8');

  const other = await context.newPage();
  await openPage(other, url.slice(url.indexOf('/#')));
  for (const [id, value] of [['learningRate', '0.1'], ['activation', 'relu'], ['optimizer', 'adam'], ['hp-beta1', '0.8'],
    ['regularization', 'l2'], ['regularizationRate', '0.003'], ['noise', '20']])
    await expect(other.locator(`#${id}`)).toHaveValue(value);
  await expect(other.locator('#layerCount')).toHaveText('3');
  await expect(other.locator('[data-dataset="xor"]')).toHaveAttribute('aria-checked', 'true');
  await expect(other.locator('.node.feature[aria-label$="X₁X₂"]')).toHaveAttribute('aria-checked', 'true');
  await other.locator('#step').click();
  expect(await other.locator('#trainLoss').textContent()).toBe(loss);
});

test('hide keys remove the controls they name', async ({ page }) => {
  await openPage(page, '/#hide=data,optimizer,files,showGradients,learningRate,layers');
  for (const sel of ['.data-column', '[data-control="optimizer"]', '#saveSpec', '#showGradients', '#learningRate', '#addLayer'])
    await expect(page.locator(sel)).toBeHidden();
  await expect(page.locator('#activation')).toBeVisible();
  await expect(page.locator('#play')).toBeVisible();
});

test('the language switch changes the text and is remembered', async ({ page }) => {
  await openPage(page);
  await expect(page.locator('#data-title')).toHaveText('Data');
  await page.locator('#language').click();
  await expect(page.locator('#data-title')).toHaveText('数据');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#optimizer option[value="momentum"]')).toHaveText('动量');
  await expect(page.locator('[data-control="learningRate"]')).toHaveAttribute('title', /学习率|α/);
  await page.locator('#step').click();
  await page.screenshot({ path: 'test-results/playground-zh.png', fullPage: true });
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#data-title')).toHaveText('数据');
  await page.locator('#language').click();
  await expect(page.locator('#data-title')).toHaveText('Data');
});

test('keyboard: space plays and pauses, → steps, r resets; every control has a name', async ({ page }) => {
  await openPage(page);
  await page.locator('body').press('ArrowRight');
  expect(await epoch(page)).toBe(1);
  await page.locator('body').press(' ');
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'true');
  await waitForEpoch(page, 3);
  await page.locator('body').press(' ');
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  await page.locator('body').press('r');
  expect(await epoch(page)).toBe(0);
  // Every focusable control a screen reader reaches has an accessible name.
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, select, input, [tabindex="0"]')]
    .filter((el) => el.offsetParent !== null && el.type !== 'file')
    .filter((el) => !(el.getAttribute('aria-label') || el.labels?.[0]?.textContent.trim() || el.textContent.trim()))
    .map((el) => el.outerHTML.slice(0, 80)));
  expect(unnamed).toEqual([]);
  // … and a tooltip (on itself or on its label / field).
  const untitled = await page.evaluate(() => [...document.querySelectorAll('button, select, input, [tabindex="0"]')]
    .filter((el) => el.offsetParent !== null && el.type !== 'file')
    .filter((el) => !el.closest('[title]')?.title)
    .map((el) => el.outerHTML.slice(0, 80)));
  expect(untitled).toEqual([]);
  await page.locator('body').press('b');
  await expect(page.locator('#stepStatus')).toBeVisible();
  // Tab reaches the data sets and the arrow keys move between them.
  await page.locator('[data-dataset="circle"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-dataset="xor"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('[data-dataset="xor"]')).toBeFocused();
});

test('hovering a hidden neuron maps its activation at every grid point, the last of the core\'s blocks included', async ({ page }) => {
  // The core runs the 100 × 100 grid through the network in blocks of 1,000 points and gathers a
  // hidden layer's activations when they are asked for (Trainer::grid_hidden). Here they are
  // recomputed from the core's own inputs, weights and biases: a = tanh(W·x + b).
  await openPage(page, '/#model.hidden=[5,3]&model.activation=tanh&data.generator=xor');
  for (let i = 0; i < 3; i++) await page.locator('#step').click();
  const before = await page.locator('#boundary').evaluate((c) => c.toDataURL());
  await page.locator('.network .node.neuron').nth(1).hover();
  await expect.poll(() => page.locator('#boundary').evaluate((c) => c.toDataURL())).not.toBe(before);
  const got = await page.evaluate(() => {
    const s = window.descent.session, n = 100, points = n * n;
    s.grid(n);  // as render() does before asking for a hidden layer
    const h = Float32Array.from(s.hiddenGrid(0)), x = Float32Array.from(s.inputGrid());
    const W = Float32Array.from(s.weights(0)), b = Float32Array.from(s.biases(0));
    const rows = b.length, features = W.length / rows;  // W column-major: W(i, j) = W[i + j·rows]
    let worst = 0, checked = 0;
    const columns = [...Array.from({ length: 103 }, (_, k) => k * 97), 999, 1000, points - 1];
    for (const c of columns) {
      for (let i = 0; i < rows; i++) {
        let z = b[i];
        for (let j = 0; j < features; j++) z += W[i + j * rows] * x[j + c * features];
        worst = Math.max(worst, Math.abs(Math.tanh(z) - h[i + c * rows]));
        checked++;
      }
    }
    return { worst, checked, length: h.length };
  });
  expect(got.length).toBe(5 * 10000);
  expect(got.checked).toBe(5 * 106);
  expect(got.worst).toBeLessThan(1e-5);
});

test('a link shows its weight on hover; a click edits it in the core', async ({ page }) => {
  await openPage(page);
  await page.locator('#step').click();
  const hit = page.locator('svg.links path.hit').first();
  await hit.hover({ force: true });
  await expect(page.locator('.link-card')).toBeVisible();
  await expect(page.locator('.link-card')).toContainText('Weight');
  await hit.click({ force: true });
  const input = page.locator('.link-card input');
  await expect(input).toBeFocused();
  await input.fill('abc');
  await input.press('Enter');
  await expect(page.locator('.link-card-error')).toHaveText('Type a number.');
  await input.fill('2.5');
  await page.screenshot({ path: 'test-results/playground-edit-weight.png' });
  await input.press('Enter');
  await expect(page.locator('.link-card input')).toHaveCount(0);
  expect(await page.evaluate(() => window.descent.session.weights(0)[0])).toBe(2.5);
});

test('a rebuild keeps the diagram\'s canvases, resized when the network grows, and redraws them', async ({ page }) => {
  // A new canvas's backing store is allocated at its first drawing: 17 of a 30 ms rebuild of
  // the 6 × 8 network (render/network.js). Reset keeps both canvases; a neuron more resizes them.
  await openPage(page, '/#model.hidden=[8,8,8,8,8,8]');
  const canvases = () => page.evaluate(() => [...document.querySelectorAll('#network canvas')]
    .map((c) => ({ id: c.dataset.probe ?? null, w: c.width, h: c.height, css: Math.round(parseFloat(c.style.height) * devicePixelRatio),
      inked: c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0) })));
  await page.evaluate(() => document.querySelectorAll('#network canvas').forEach((c, k) => { c.dataset.probe = String(k); }));
  await page.locator('#reset').click();
  let now = await canvases();
  expect(now.map((c) => c.id)).toEqual(['0', '1']);  // the same two elements
  expect(now.every((c) => c.inked)).toBe(true);       // links and thumbnails drawn again
  const before = now[0].h;
  await page.locator('#network .neuron-controls button').nth(1).click();  // a 9th neuron in layer 1
  now = await canvases();
  expect(now.map((c) => c.id)).toEqual(['0', '1']);
  expect(now[0].h).not.toBe(before);
  expect(now.every((c) => c.h === c.css && c.inked)).toBe(true);  // backing store follows the new height
});

test('optimizer and its hyperparameters change live, without a reset', async ({ page }) => {
  await openPage(page, '/#view.speed=5');
  await expect(page.locator('[data-control="momentum"]')).toBeHidden();
  await trainTo(page, 20);
  const before = await epoch(page);
  await page.locator('#optimizer').selectOption('momentum');
  await expect(page.locator('[data-control="momentum"]')).toBeVisible();
  await page.locator('#hp-momentum').selectOption('0.5');
  await page.locator('#optimizer').selectOption('adamw');
  for (const p of ['beta1', 'beta2', 'epsilon', 'weightDecay']) await expect(page.locator(`[data-control="${p}"]`)).toBeVisible();
  await expect(page.locator('[data-control="momentum"]')).toBeHidden();
  expect(await epoch(page)).toBe(before);
  expect(await page.evaluate(() => JSON.parse(window.descent.session.handle.specJson()).optimizer)).toMatchObject({ kind: 'adamw', momentum: 0.5 });
  await page.locator('#step').click();
  expect(await epoch(page)).toBe(before + 1);
});

test('metrics: the confusion matrix adds up to the test set; L1 shows the zero weights', async ({ page }) => {
  await openPage(page, '/#regularization.kind=l1&regularization.rate=0.03&view.speed=5&view.showGradients=true');
  await trainTo(page, 30);
  const cells = await page.locator('#confusion td').allTextContents();
  expect(cells).toHaveLength(4);
  expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(250);
  await expect(page.locator('#zeroWeights')).toBeVisible();
  const zeros = await page.evaluate(() => window.descent.session.metrics.zeroWeights);
  await expect(page.locator('#zeroWeights')).toHaveText(new RegExp(`^${zeros} of \\d+$`));
  await page.screenshot({ path: 'test-results/playground-gradients-l1.png', fullPage: true });
  await expect(page.locator('[data-dataset="plane"]')).toBeHidden();  // a regression set, not offered for classification
  await page.locator('#problem').selectOption('regression');
  await expect(page.locator('[data-dataset="plane"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('.confusion')).toBeHidden();
  await expect(page.locator('[data-dataset="circle"]')).toBeHidden();
});

test('settings save to JSON and load back; a bad file changes nothing', async ({ page }) => {
  await openPage(page, '/#data.generator=gauss&model.hidden=[3]&optimizer.kind=rmsprop');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#saveSpec').click()]);
  const text = await (await saved.createReadStream()).toArray().then((b) => Buffer.concat(b).toString());
  expect(JSON.parse(text)).toMatchObject({ data: { generator: 'gauss' }, model: { hidden: [3] }, optimizer: { kind: 'rmsprop' } });

  await page.locator('[data-dataset="spiral"]').click();
  await page.locator('#loadSpecFile').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"model": {"hidden": [0]}}') });
  await expect(page.locator('#message')).toContainText('model.hidden[0]');
  await expect(page.locator('[data-dataset="spiral"]')).toHaveAttribute('aria-checked', 'true');
  await page.locator('#loadSpecFile').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(page.locator('#message')).toContainText('not valid JSON');

  await page.locator('#loadSpecFile').setInputFiles({ name: 'spec.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('[data-dataset="gauss"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('#optimizer')).toHaveValue('rmsprop');
  await expect(page.locator('#layerCount')).toHaveText('1');
  await expect(page.locator('#message')).toBeHidden();
});

test('the boundary exports as PNG and the loss history as CSV', async ({ page }) => {
  await openPage(page);
  for (let i = 0; i < 3; i++) await page.locator('#step').click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#exportPng').click()]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#exportCsv').click()]);
  const lines = Buffer.concat(await (await csv.createReadStream()).toArray()).toString().trim().split('\n');
  expect(lines[0]).toBe('epoch,train_loss,test_loss');
  expect(lines).toHaveLength(5);
  expect(Number(lines[4].split(',')[1])).toBe(await page.evaluate(() => window.descent.session.metrics.trainLoss));
});

test('the colour-blind palette recolours the boundary and is kept in the link', async ({ page }) => {
  await openPage(page, '/#view.speed=5');
  await trainTo(page, 20);
  await page.locator('#palette').selectOption('colourblind');
  expect(page.url()).toContain('view.palette=colourblind');
  // PuOr's purple end: red and blue both well above green.
  const purple = await page.locator('#boundary').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 2] > 100 && d[i + 1] < 80 && d[i] > 60) n++;
    return n;
  });
  expect(purple).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/playground-colourblind.png', fullPage: true });
});

test('multi-class: three blobs reach over 90 % test accuracy with softmax colours', async ({ page }) => {
  await openPage(page, '/#view.speed=5');
  await page.locator('[data-dataset="blobs"]').click();
  await expect(page.locator('#classes')).toBeVisible();
  await expect(page.locator('#classes')).toHaveValue('3');
  expect(await page.evaluate(() => window.descent.session.outputs)).toBe(3);
  await expect(page.locator('#classLegend span')).toHaveCount(3);
  await trainTo(page, 60);
  const accuracy = Number((await page.locator('#testAccuracy').textContent()).replace('%', ''));
  expect(accuracy).toBeGreaterThan(90);
  expect(await page.locator('#confusion td').count()).toBe(9);
  // The boundary shows the third class's colour (green in the standard palette).
  const green = await page.locator('#boundary').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 1] > d[i] + 40 && d[i + 1] > d[i + 2] + 40) n++;
    return n;
  });
  expect(green).toBeGreaterThan(500);
  await page.screenshot({ path: 'test-results/playground-blobs.png', fullPage: true });
  await page.locator('#classes').fill('5');
  await page.locator('#classes').dispatchEvent('change');
  expect(await page.evaluate(() => window.descent.session.outputs)).toBe(5);
  await expect(page.locator('#classLegend span')).toHaveCount(5);
});

test('points drawn by clicking (shift-click: other class) become the data; clearing starts again', async ({ page }) => {
  await openPage(page);
  await page.locator('#draw').click();
  await expect(page.locator('#draw')).toHaveAttribute('aria-pressed', 'true');
  const wrap = page.locator('.boundary-wrap');
  const box = await wrap.boundingBox();
  const at = (x1, x2) => ({ x: ((x1 + 6) / 12) * box.width, y: ((6 - x2) / 12) * box.height });
  await wrap.click({ position: at(-3, 3) });
  await expect(page.locator('#message')).toContainText('3 more');
  await wrap.click({ position: at(3, 3), modifiers: ['Shift'] });
  await wrap.click({ position: at(-3, -3), modifiers: ['Shift'] });
  await wrap.click({ position: at(3, -3) });
  await expect(page.locator('#message')).toBeHidden();
  const spec = await page.evaluate(() => window.descent.session.spec.data);
  expect(spec.source).toBe('inline');
  expect(spec.inline).toHaveLength(4);
  expect(spec.inline.map((r) => r[2])).toEqual([1, 0, 0, 1]);
  expect(spec.inline[0][0]).toBeCloseTo(-3, 0);
  expect(spec.inline[0][1]).toBeCloseTo(3, 0);
  for (let i = 0; i < 8; i++) await wrap.click({ position: at(-4 + i, i % 2 ? 2 : -2), modifiers: i % 2 ? [] : ['Shift'] });
  expect(page.url()).toContain('data.inline=');
  await page.locator('#step').click();
  await page.screenshot({ path: 'test-results/playground-drawn.png', fullPage: true });
  // The link reproduces the drawn data.
  const url = page.url();
  await page.locator('#clearPoints').click();
  await expect(page.locator('#message')).toContainText('4 more');
  await page.goto(url.slice(url.indexOf('/#')));
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  expect(await page.evaluate(() => window.descent.session.spec.data.inline.length)).toBe(12);
  await page.locator('[data-dataset="moons"]').click();
  expect(await page.evaluate(() => window.descent.session.spec.data.source)).toBe('generator');
});

test('dropout per layer greys dropped neurons; batch norm; early stopping stops with a message and a best-epoch marker', async ({ page }) => {
  await openPage(page, '/#data.points=80&data.noise=0.5&model.hidden=[8,8]&optimizer.kind=adam&view.speed=5');
  await page.locator('.layer-options [data-control="dropout"]').first().selectOption('0.5');
  expect(await page.evaluate(() => window.descent.session.spec.model.dropout)).toEqual([0.5, 0]);
  await page.locator('#step').click();
  expect(await page.locator('.node.dropped').count()).toBeGreaterThan(0);
  await page.locator('.layer-options [data-control="activation"]').nth(1).selectOption('relu');
  expect(await page.evaluate(() => window.descent.session.spec.model.activations)).toEqual(['tanh', 'relu']);
  await page.locator('#batchNorm').check();
  expect(await page.evaluate(() => window.descent.session.spec.model.batchNorm)).toBe(true);
  await page.locator('#patience').selectOption('10');
  await page.locator('#play').click();
  await expect(page.locator('#message')).toContainText('Stopped early', { timeout: 60000 });
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  const m = await page.evaluate(() => ({ ...window.descent.session.metrics,
    earlyStopped: window.descent.session.metrics.status === window.descent.core.Status.EarlyStopped }));
  expect(m.earlyStopped).toBe(true);
  expect(m.bestEpoch).toBeLessThan(m.epoch);
  // The marker: blue dashed pixels in the loss chart.
  const blue = await page.locator('#lossChart').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && d[i + 2] > 150 && d[i] < 60) n++;
    return n;
  });
  expect(blue).toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/playground-early-stopping.png', fullPage: true });
});

test('a saved model loads back with the same predictions; a wrong file changes nothing', async ({ page }) => {
  await openPage(page, '/#data.generator=xor&model.hidden=[6,3]&optimizer.kind=adam&optimizer.learningRate=0.01&view.speed=5');
  await trainTo(page, 20);
  const before = await page.evaluate(() => Array.from(window.descent.session.grid(25)));
  const trained = await epoch(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#saveModel').click()]);
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString();
  expect(JSON.parse(text).format).toBe('descent-model');

  await page.locator('[data-dataset="circle"]').click();
  await page.locator('#loadModelFile').setInputFiles({ name: 'spec.json', mimeType: 'application/json', buffer: Buffer.from('{"seed": 3}') });
  await expect(page.locator('#message')).toContainText('not a Descent model file');
  const cut = text.slice(0, text.length / 2);
  await page.locator('#loadModelFile').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  await expect(page.locator('#message')).toContainText('not valid JSON');
  await expect(page.locator('[data-dataset="circle"]')).toHaveAttribute('aria-checked', 'true');

  await page.locator('#loadModelFile').setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('#message')).toContainText('Model loaded');
  await expect(page.locator('[data-dataset="xor"]')).toHaveAttribute('aria-checked', 'true');
  expect(await epoch(page)).toBe(trained);
  expect(await page.evaluate(() => Array.from(window.descent.session.grid(25)))).toEqual(before);
});

test('step-by-step: a mini-batch is ringed, goes forward, then backward with its gradients shown, then is updated', async ({ page }) => {
  await openPage(page, '/#data.points=100&training.batchSize=10');
  const before = await page.evaluate(() => Array.from(window.descent.session.handle.params()));
  await page.locator('#batchStep').click();
  await expect(page.locator('#stepStatus')).toContainText('mini-batch of 10 points');
  await expect(page.locator('#stepStatus')).toContainText('points 1–10');
  await page.locator('#batchStep').click();
  await expect(page.locator('#stepStatus')).toContainText('Backward pass');
  expect(await page.evaluate(() => Array.from(window.descent.session.handle.params()))).toEqual(before);
  await page.screenshot({ path: 'test-results/playground-batch-step.png', fullPage: true });
  await page.locator('#batchStep').click();
  await expect(page.locator('#stepStatus')).toContainText('Update applied');
  expect(await page.evaluate(() => Array.from(window.descent.session.handle.params()))).not.toEqual(before);
  for (let i = 0; i < 12; i++) await page.locator('#batchStep').click();  // four more mini-batches, three clicks each
  await expect(page.locator('#stepStatus')).toContainText('epoch 1 is complete');
  expect(await epoch(page)).toBe(1);
  await page.locator('#batchStep').click();
  await page.locator('#step').click();  // finishes epoch 2 from its first prepared batch
  expect(await epoch(page)).toBe(2);
  await expect(page.locator('#stepStatus')).toBeHidden();
});

test('batch size, early stopping, clipping and the schedule change live, without a reset', async ({ page }) => {
  await openPage(page);
  for (let i = 0; i < 3; i++) await page.locator('#step').click();
  await page.locator('#batchSize').fill('25');
  await page.locator('#batchSize').dispatchEvent('change');
  await page.locator('#clipNorm').selectOption('1');
  await page.locator('#schedule').selectOption('exponential');
  await page.locator('#patience').selectOption('20');
  expect(await epoch(page)).toBe(3);
  const spec = await page.evaluate(() => JSON.parse(window.descent.session.handle.specJson()));
  expect(spec.training).toMatchObject({ batchSize: 25, clipNorm: 1, earlyStopping: { patience: 20 } });
  expect(spec.optimizer.schedule.kind).toBe('exponential');
  await page.locator('#step').click();
  expect(await epoch(page)).toBe(4);
  await expect(page.locator('#currentRate')).toBeVisible();
  expect(Number(await page.locator('#currentRate').textContent())).toBeLessThan(0.03);
});
