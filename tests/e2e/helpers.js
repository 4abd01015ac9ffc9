// Steps the page specs share. Console errors are checked by the `test` of ./fixtures.js.
import { expect } from './fixtures.js';

/** Opens the page (optionally with a hash) and waits until the shell marks it ready. */
export async function openPage(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
}

export async function epoch(page) {
  return Number((await page.locator('#epoch').textContent()).replace(/,/g, ''));
}

/** Waits until the epoch counter passes n (the counter, not a clock). */
export async function waitForEpoch(page, n) {
  await expect.poll(() => epoch(page), { timeout: 60000, intervals: [100] }).toBeGreaterThan(n);
}

/** Counts boundary pixels that are clearly orange (class 0) and clearly blue (class 1). */
export async function boundaryColours(page) {
  return page.locator('#boundary').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let orange = 0, blue = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] > 200 && d[i + 2] < 120) orange++;
      if (d[i + 2] > 150 && d[i] < 80) blue++;
    }
    return { orange, blue, total: d.length / 4 };
  });
}
