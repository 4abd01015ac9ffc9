import { expect } from '@playwright/test';

/** Opens the page (optionally with a hash), fails on any console error, waits for ready. */
export async function openPage(page, path = '/', { allowErrors = false } = {}) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  if (!allowErrors) page.on('close', () => expect(errors).toEqual([]));
  return errors;
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
