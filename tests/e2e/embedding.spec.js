// Embedding for course authors: the Embed dialog on every page, its snippet in a course page
// served under a sub-path with the strict CSP (course-server.mjs), and the epoch messages the
// course page receives. Screenshots of the dialog go to test-results/.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { PAGES } from '../../web/shared/pages.js';

const COURSE = `${process.env.E2E_CSP_ORIGIN}/course/ch2`;

test('the Embed dialog’s snippet, pasted into a course page with a strict CSP, hides the chosen controls and reports every epoch', async ({ page }) => {
  // The author opens their own copy of the site and the page in the state to embed.
  await openPage(page, `${COURSE}/playground/index.html#data.generator=xor&model.hidden=[8,4]&optimizer.learningRate=0.1`);
  await page.locator('#embedButton').click();
  const dialog = page.locator('#embedDialog');
  await expect(dialog).toBeVisible();
  for (const key of ['files', 'data', 'layers']) await dialog.locator(`input[data-hide-key="${key}"]`).check();
  await dialog.locator('#embedLang').selectOption('zh');
  await dialog.locator('#embedWidth').fill('900');
  await dialog.locator('#embedHeight').fill('640');

  const snippet = await dialog.locator('#embedSnippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" width="900" height="640" /);
  const link = await dialog.locator('#embedLinkText').inputValue();
  expect(link).toContain('hide=files,data,layers');
  expect(link).toContain('lang=zh');
  expect(link).toContain('data.generator=xor');  // the page's own state is kept

  // The live preview is the page with those settings.
  const preview = page.frameLocator('#embedPreview');
  await expect(preview.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(preview.locator('[data-control="files"]').first()).toBeHidden();
  await expect(preview.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await dialog.locator('#embedClose').click();
  await expect(dialog).toBeHidden();

  // The course page (same site, strict CSP, its script in a file) gets the snippet.
  await page.goto(`${COURSE}/host/index.html`);
  await page.evaluate((html) => { document.getElementById('slot').innerHTML = html; }, snippet);
  const frame = page.frameLocator('#slot iframe');
  await expect(frame.locator('body')).toHaveAttribute('data-state', 'ready');
  for (const key of ['files', 'data', 'layers']) {
    const hidden = frame.locator(`[data-control="${key}"]`);
    expect(await hidden.count(), key).toBeGreaterThan(0);
    for (const el of await hidden.all()) await expect(el).toBeHidden();
  }
  await expect(frame.locator('#play')).toBeVisible();           // what was not ticked stays
  await expect(frame.locator('[data-control="features"]').first()).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(frame.locator('[data-dataset="xor"]')).toHaveAttribute('aria-checked', 'true');

  // Training: the course page hears about the epochs, with the metrics and nothing else.
  await frame.locator('#play').click();
  await expect.poll(() => page.evaluate(() => window.descentMessages.length), { timeout: 60000 }).toBeGreaterThan(3);
  await frame.locator('#play').click();
  const messages = await page.evaluate(() => window.descentMessages);
  for (const m of messages) {
    expect(Object.keys(m).sort()).toEqual(['event', 'metrics', 'page', 'type']);
    expect(m).toMatchObject({ type: 'descent', event: 'epoch', page: 'playground' });
    for (const [k, v] of Object.entries(m.metrics)) expect([k, typeof v === 'number' || k === 'status']).toEqual([k, true]);
    expect(m.metrics).toHaveProperty('trainLoss');
    expect(m.metrics).toHaveProperty('testAccuracy');
  }
  const epochs = messages.map((m) => m.metrics.epoch);
  expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
  expect(new Set(epochs).size).toBe(epochs.length);
  // The last message is the epoch the frame shows (the course page saw where training stopped).
  const shown = Number((await frame.locator('#epoch').textContent()).replace(/,/g, ''));
  await expect.poll(() => page.evaluate(() => window.descentMessages.at(-1).metrics.epoch)).toBe(shown);
  await expect(page.locator('#messages li').first()).toContainText('playground epoch');
});

test('the images page, framed, reports the epochs its training worker runs', async ({ page }) => {
  await page.goto(`${COURSE}/host/index.html`);
  await page.evaluate((src) => {
    document.getElementById('slot').innerHTML = `<iframe src="${src}" width="1000" height="700"></iframe>`;
  }, `${COURSE}/playground/images.html#set=digits&hide=embed,export`);
  const frame = page.frameLocator('#slot iframe');
  await expect(frame.locator('body')).toHaveAttribute('data-run', 'ready', { timeout: 120000 });
  await frame.locator('#train').click();
  await expect.poll(() => page.evaluate(() => window.descentMessages.length), { timeout: 120000 }).toBeGreaterThan(0);
  const m = await page.evaluate(() => window.descentMessages[0]);
  expect(m).toMatchObject({ type: 'descent', event: 'epoch', page: 'images', metrics: { epoch: 1 } });
  expect(m.metrics).not.toHaveProperty('workerMs');
  await expect(frame.locator('#embedButton')).toBeHidden();
  await expect(frame.locator('#exportButton')).toBeHidden();
});

for (const p of PAGES) {
  test(`the ${p.en} page’s Embed dialog offers every hide key of the page`, async ({ page }) => {
    await openPage(page, p.href.replace('./', '/'));
    const keys = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-control]')].map((e) => e.dataset.control))].sort());
    await page.locator('#embedButton').click();
    const offered = await page.locator('#embedDialog input[data-hide-key]').evaluateAll((els) => els.map((e) => e.dataset.hideKey).sort());
    expect(offered).toEqual(keys);
    expect(offered).toEqual(expect.arrayContaining(['embed', 'export', 'language', 'pages']));
    await expect(page.locator('#embedPreview')).toBeVisible();
  });
}

for (const [lang, width] of [['en', 1400], ['zh', 1400], ['en', 420], ['zh', 420]]) {
  test(`screenshot: the Embed dialog (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openPage(page, `/#lang=${lang}`);
    await page.locator('#embedButton').click();
    await page.locator('#embedDialog input[data-hide-key="files"]').check();
    await page.locator('#embedDialog input[data-hide-key="pages"]').check();
    await expect(page.frameLocator('#embedPreview').locator('body')).toHaveAttribute('data-state', 'ready');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/embed-dialog-${lang}-${width}.png` });
  });
}
