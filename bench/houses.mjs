// One default run of the house-price page in Chromium: load the Ames houses (2,930 rows,
// 74 columns), train the page's default network (examples/house-prices.json) until it stops,
// and report the seconds from the click on Train to the finished run (the target:
// under 20 s on the course's 2-core machines). Measured in the built page (dist/), never
// asserted in a test.
//   node bench/houses.mjs            (after npx vite build)
// npm run bench includes it (bench/run.mjs: result.houses).
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** {seconds, epochs, testAccuracy} of one default Ames run on the page served at `base`/app/. */
export async function houseRun(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/app/houses.html#lang=en`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
    await page.click('#loadAmes');
    await page.waitForFunction(() => document.getElementById('fileInfo').textContent.includes('2930 rows'), null, { timeout: 60000 });
    const t0 = Date.now();
    await page.click('#train');
    await page.waitForFunction(() => !document.getElementById('train').disabled && document.querySelectorAll('#runs tr').length > 1,
      null, { timeout: 300000, polling: 100 });
    const seconds = (Date.now() - t0) / 1000;
    const cells = await page.$$eval('#runs tr:nth-child(2) td', (tds) => tds.map((td) => td.textContent));
    return { seconds, epochs: Number(cells[4]), testAccuracy: parseFloat(cells[3]) / 100, target: 'under 20 s' };
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.env.BENCH_PORT || 0));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const r = await houseRun(browser, server.url);
    console.log(`house prices: one default Ames run in ${r.seconds.toFixed(1)} s (${r.epochs} epochs, test accuracy ${(r.testAccuracy * 100).toFixed(1)} %; ${r.target})`);
  } finally {
    await browser.close();
    await server.close();
  }
}
