// The house-price exercise as a student does it: load the Ames houses, train the default
// network, read the test accuracy, the confusion matrix and the runs table; load another CSV
// and train with the target chosen; broken files get a message and change nothing.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';

const wine = readFileSync(new URL('../data/wine_data.csv', import.meta.url));

async function open(page, lang = 'en') {
  await page.goto(`houses.html#lang=${lang}`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
}

async function loadAmes(page) {
  await page.click('#loadAmes');
  await expect(page.locator('#fileInfo')).toContainText(/ames\.csv(: |：)2930/);
}

async function pick(page, name, content) {
  await page.setInputFiles('#csvFile', { name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

async function trainToEnd(page, button = '#train') {
  await page.click(button);
  await expect(page.locator('#train')).toBeEnabled({ timeout: 120000 });
}

test('Ames: the default network reaches a test accuracy above 85 % and the run is listed', async ({ page }) => {
  await open(page);
  await loadAmes(page);
  // The column table shows the file's names as text, with the price as the target.
  await expect(page.locator('#columns tr')).toHaveCount(75);
  await expect(page.locator('#columns tr[data-role="target"] td.name')).toHaveText('Sale_Price');
  await expect(page.locator('#prep')).toContainText('Rows: 2344 training, 293 validation, 293 test');
  await expect(page.locator('#diagram')).toContainText('inputs');
  await trainToEnd(page);
  const accuracy = parseFloat(await page.locator('#testAccuracy').textContent());
  expect(accuracy).toBeGreaterThan(85);
  await expect(page.locator('#testNote')).toContainText('validation');
  await expect(page.locator('#confusion tr')).toHaveCount(3);
  await expect(page.locator('#confusion')).toContainText('high');
  await expect(page.locator('#wrong tr')).toHaveCount(9);
  await expect(page.locator('#runs tr')).toHaveCount(2);
  await expect(page.locator('#runs')).toContainText('first run');
  // The baseline is a second run whose settings differ in the hidden layers.
  await trainToEnd(page, '#baseline');
  await expect(page.locator('#runs tr')).toHaveCount(3);
  await expect(page.locator('#runs tr').nth(2)).toContainText('baseline: logistic regression');
  await expect(page.locator('#runs tr').nth(2)).toContainText('model.hidden');
  const download = page.waitForEvent('download');
  await page.click('#exportRuns');
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\n')[0]).toContain('run,baseline,best_validation_accuracy,test_accuracy');
  expect(csv.trim().split('\n')).toHaveLength(3);
  // Runs can be removed.
  await page.getByRole('button', { name: 'Remove 1' }).click();
  await expect(page.locator('#runs tr')).toHaveCount(2);
});

test('wine: another CSV trains with its class column as the target', async ({ page }) => {
  await open(page);
  await pick(page, 'wine_data.csv', wine);
  await expect(page.locator('#fileInfo')).toContainText('wine_data.csv: 178 rows, 14 columns');
  await expect(page.locator('#columns tr[data-role="target"] td.name')).toHaveText('target');
  await expect(page.locator('#rule')).toHaveValue('classes');
  await expect(page.locator('#prep')).toContainText('class_0, class_1, class_2');
  await trainToEnd(page);
  await expect(page.locator('#confusion tr')).toHaveCount(4);
  expect(parseFloat(await page.locator('#testAccuracy').textContent())).toBeGreaterThan(70);
});

const broken = [
  ['ragged.csv', 'a,b,c\n1,2,3\n4,5\n', 'CSV line 3, column 3: expected 3 fields, got 2'],
  ['garbage.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x00, 0x88]), 'this is not a text file'],
  ['header-only.csv', 'price,rooms\n', 'no data rows'],
  ['empty.csv', '', 'the text is empty'],
];

test('broken CSV files get a message and leave the data and model as they were', async ({ page }) => {
  await open(page);
  await loadAmes(page);
  const prepBefore = await page.locator('#prep').textContent();
  for (const [name, content, message] of broken) {
    await pick(page, name, content);
    await expect(page.locator('#message')).toContainText(message);
    await expect(page.locator('#message')).toContainText('The previous data and model are kept');
    await expect(page.locator('#fileInfo')).toContainText('ames.csv');
    expect(await page.locator('#prep').textContent()).toBe(prepBefore);
  }
  // A text column chosen as the target while the rule is numeric: refused, the price stays the target.
  await page.locator('#columns select[aria-label="Role: Neighborhood"]').selectOption('target');
  await expect(page.locator('#message')).toContainText("column 'Neighborhood' holds text");
  await expect(page.locator('#columns tr[data-role="target"] td.name')).toHaveText('Sale_Price');
  expect(await page.locator('#prep').textContent()).toBe(prepBefore);
});

test('a link sets the network; its bad parts are named and the rest applied', async ({ page }) => {
  await page.goto('houses.html#lang=en&model.hidden=[64]&optimizer.learningRate=abc&__proto__=1&trainPct=95&training.epochs=100000');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#layers input')).toHaveCount(1);
  await expect(page.locator('#layers input')).toHaveValue('64');
  const message = page.locator('#message');
  await expect(message).toContainText('optimizer.learningRate');
  await expect(message).toContainText("'__proto__': not a setting name");
  await expect(message).toContainText('trainPct');
  // The spec allows more epochs (the runner); this page trains at most the range table's houses.epochs.
  await expect(message).toContainText('training.epochs: must be an integer from 0 to 5000, got 100000');
  await expect(page.locator('#epochs')).not.toHaveValue('100000');
  await expect(page.locator('#learningRate')).toHaveValue('0.001');
  // A change writes the link again, with only what differs from the preset.
  await page.locator('#addLayer').click();
  await expect(page).toHaveURL(/model\.hidden=\[64,4\]/);
});

test('each hidden layer has its activation and dropout; the optimizer shows the hyperparameters it reads', async ({ page }) => {
  await open(page);
  await expect(page.locator('#layers .layer-activation')).toHaveCount(2);
  await expect(page.locator('#layers .layer-dropout').first()).toHaveValue('0.2');
  await page.locator('#layers .layer-activation').first().selectOption('tanh');
  await page.locator('#layers .layer-dropout').nth(1).selectOption('0.5');
  await expect(page).toHaveURL(/model\.activations=\[%22tanh%22,%22relu%22\]|model\.activations=\["tanh","relu"\]/);
  await expect(page).toHaveURL(/model\.dropout=\[0\.2,0\.5\]/);
  // Adam reads β₁ and β₂, not momentum; momentum SGD the other way round.
  await expect(page.locator('#beta1')).toBeVisible();
  await expect(page.locator('#momentum')).toBeHidden();
  await page.locator('#optimizer').selectOption('momentum');
  await expect(page.locator('#momentum')).toBeVisible();
  await expect(page.locator('#beta1')).toBeHidden();
  // L1 or L2 or none; the rate is hidden without a penalty.
  await page.locator('#regularization').selectOption('l1');
  await expect(page).toHaveURL(/regularization\.kind=l1/);
  await page.locator('#regularization').selectOption('none');
  await expect(page.locator('#regRate')).toBeHidden();
  // A new layer takes the activation and dropout of the one before it.
  await page.locator('#addLayer').click();
  await expect(page.locator('#layers .layer-activation').nth(2)).toHaveValue('relu');
  await expect(page.locator('#layers .layer-dropout').nth(2)).toHaveValue('0.5');
});

for (const lang of ['en', 'zh'])
  for (const [width, height] of [[1400, 900], [420, 900]])
    test(`screenshot ${lang} ${width}×${height} after a run`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, lang);
      await loadAmes(page);
      await page.locator('#epochs').fill('15');
      await page.locator('#epochs').dispatchEvent('change');
      await trainToEnd(page);
      await page.screenshot({ path: `test-results/houses-${lang}-${width}.png`, fullPage: width < 1000 ? false : true });
    });
