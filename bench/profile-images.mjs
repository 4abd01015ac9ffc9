// Where the images page's main thread spends one epoch of training (the worker trains; the page
// draws): long tasks (PerformanceObserver) and the main thread's CPU profile by function, self
// time. Finds what makes frames drop while the worker trains.
//   node bench/profile-images.mjs [fashion|digits]     (after npx vite build)
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
const server = await startServer(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
await page.goto(`${server.url}/app/images.html#set=${process.argv[2] ?? 'fashion'}&epochs=1`);
await page.waitForSelector('body[data-run="ready"]', { timeout: 180000 });
await page.evaluate(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' }); });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start');
const t0 = await page.evaluate(() => performance.now());
await page.click('#train');
await page.waitForSelector('body[data-run="stopped"]', { timeout: 600000 });
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop');
console.log('t0', Math.round(t0), 'longtasks', JSON.stringify(await page.evaluate(() => window.__lt)));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) { const cf = byId.get(profile.samples[i]).callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000); }
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); await server.close();
