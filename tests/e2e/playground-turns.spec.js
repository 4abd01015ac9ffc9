// While training plays, the thumbnails, the links and the numbers (readouts, loss chart) are
// drawn in turns, one of them per frame (web/shared/turns.js); pausing draws all of them, so
// what stays on screen is the final state of the run.
import { test, expect } from './fixtures.js';
import { openPage, epoch, waitForEpoch } from './helpers.js';

const pixels = (page, selector) => page.locator(selector).evaluate((c) => c.toDataURL());

test('after Pause every view shows the last trained epoch', async ({ page }) => {
  await openPage(page, '/#model.hidden=[8,8,8,8]&model.activation=tanh&training.batchSize=10&view.speed=1');
  for (let run = 0; run < 3; run++) {  // three pauses land on different turns
    await page.locator('#play').click();
    await waitForEpoch(page, (await epoch(page)) + 5 + run);
    await page.locator('#play').click();
    const shown = await epoch(page);
    expect(shown).toBe(await page.evaluate(() => window.descent.session.metrics.epoch));
    const history = await page.evaluate(() => window.descent.session.history.length);
    // A redraw while paused (hovering a neuron and leaving it) changes no picture: the
    // thumbnails and the chart were already drawn from the final weights and history.
    const before = { thumbs: await pixels(page, '.thumbnails-canvas'), chart: await pixels(page, '#lossChart') };
    await page.locator('.node').nth(3).hover();
    await page.mouse.move(5, 890);
    expect(await pixels(page, '.thumbnails-canvas')).toBe(before.thumbs);
    expect(await pixels(page, '#lossChart')).toBe(before.chart);
    expect(await page.evaluate(() => window.descent.session.history.length)).toBe(history);
  }
});
