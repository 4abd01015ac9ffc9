// The playground's start-up (docs/performance.md, "Start-up, third round" and "sixth round"):
// the catalog comes from the build, the module is compiled from the page's head as it arrives, the controls are
// made before the core is ready, the first drawing is made once and the data-set pictures are
// painted in idle time. None of it may change what the page shows.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

/** Each data-set picture's pixels (RGBA as a plain array) once every one is painted. */
async function pictures(page) {
  const picker = page.locator('#datasets canvas');
  // Painted in idle time after ready: wait until none is blank.
  await expect.poll(() => picker.evaluateAll((cs) => cs.every((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    return d.some((v, i) => i % 4 === 3 && v > 0);
  })), { timeout: 30000 }).toBe(true);
  return picker.evaluateAll((cs) => cs.map((c) => Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data)));
}

test('the playground\'s start needs few scripts: the shared modules are one chunk', async ({ page }) => {
  await openPage(page);
  // Each script is a request of its own; split into a dozen small chunks the scripts arrived
  // ~100 ms later (vite.config.js codeSplitting, docs/performance.md "Start-up, fourth round").
  // public/early-compile.js, a fixed 1 KB file the <head> asks for first, is not a chunk.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\.js(\?|$)/.test(e.name) && !/worker|early-compile/.test(e.name)).map((e) => e.name.split('/').pop()));
  expect(scripts.length, scripts.join(', ')).toBeLessThanOrEqual(3);
});

test('the built page\'s catalog is the one its core builds', async ({ page }) => {
  await openPage(page);
  const same = await page.evaluate(() => JSON.stringify(window.descent.catalog) === JSON.stringify(JSON.parse(window.descent.core.catalog())));
  expect(same).toBe(true);
});

test('the module is downloaded once: the early compile is served by the page\'s preload', async ({ page }) => {
  await openPage(page);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.wasm(\?|$)/.test(e.name)).map((e) => e.name));
  expect(wasm).toHaveLength(1);
});

/** Counts WebAssembly.compileStreaming calls on the page, each with the stack that made it. */
async function recordCompiles(page) {
  await page.addInitScript(() => {
    window.compiles = [];
    const compile = WebAssembly.compileStreaming;
    WebAssembly.compileStreaming = function (...args) {
      window.compiles.push(new Error().stack);
      return compile.apply(this, args);
    };
  });
}

test('the core is compiled once, started from the page\'s head, and the loader takes that compile', async ({ page }) => {
  // public/early-compile.js starts it while the HTML is parsed, before the page's modules run.
  await recordCompiles(page);
  await openPage(page);
  const compiles = await page.evaluate(() => window.compiles);
  expect(compiles).toHaveLength(1);
  expect(compiles[0]).toContain('early-compile.js');
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.wasm(\?|$)/.test(e.name)).length);
  expect(wasm).toBe(1);
});

test('an early-compile script that arrives after the page\'s modules does not compile or download the core again', async ({ page }) => {
  await recordCompiles(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/early-compile\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto('/', { waitUntil: 'commit' });  // 'load' would wait for the held script
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  release();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /early-compile\.js$/.test(e.name)))).toBe(true);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));  // the late script has run
  const compiles = await page.evaluate(() => window.compiles);
  expect(compiles).toHaveLength(1);
  expect(compiles[0]).not.toContain('early-compile.js');
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.wasm(\?|$)/.test(e.name)).length);
  expect(wasm).toBe(1);
});

test('a server that sends the module without application/wasm still gets a working page', async ({ page }) => {
  // Streaming compiles refuse it; loader.js then compiles the bytes whole (docs/embedding.md).
  await page.route(/\.wasm(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await openPage(page);
  await page.locator('#step').click();
  await expect(page.locator('#epoch')).not.toHaveText('000,000');
});

test('the data-set pictures are painted after ready, in the palette the link names', async ({ page, context }) => {
  await openPage(page, '/#view.palette=colourblind');
  const fromLink = await pictures(page);
  expect(fromLink.length).toBeGreaterThan(4);
  // The same pictures as when the palette is chosen from the menu on a page opened without it.
  const other = await context.newPage();
  await openPage(other, '/');
  const standard = await pictures(other);
  await other.locator('#palette').selectOption('colourblind');
  await expect.poll(async () => JSON.stringify(await pictures(other)) !== JSON.stringify(standard), { timeout: 30000 }).toBe(true);
  const fromMenu = await pictures(other);
  expect(fromLink.map((p, i) => p.every((v, j) => v === fromMenu[i][j]))).toEqual(fromLink.map(() => true));
});

test('a control changed before the core is ready is ignored, and the link\'s value shown', async ({ page }) => {
  // The module's download held back: the controls exist (made from the built catalog), the core does not.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm(\?|$)/, async (route) => { await held; await route.continue(); });
  await page.goto('/#optimizer.learningRate=0.3');
  await expect(page.locator('#learningRate')).toBeAttached();
  await expect(page.locator('body')).not.toHaveAttribute('data-state', 'ready');
  await page.locator('#learningRate').selectOption('0.001');
  release();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#learningRate')).toHaveValue('0.3');
  expect(page.url()).toContain('optimizer.learningRate=0.3');
});
