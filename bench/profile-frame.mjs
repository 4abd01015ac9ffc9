// Profiles the playground's frame on the biggest network (8 hidden layers × 8, every thumbnail
// and the boundary redrawn each frame): frames per second and the page's own train/render
// times, plus a Chromium trace (Playwright's browser.startTracing) summarised by event name, so
// the drawing's cost outside JavaScript (paint, raster, layout) shows too.
//   node bench/profile-frame.mjs [--speed 1] [--ms 3000] [--trace out.json]
//   node bench/profile-frame.mjs --compare old   (dist/old/: another build of the page)
//   node bench/profile-frame.mjs --compare-play old
// --compare times one Step (train one epoch + draw everything, the canvases forced to raster
// by reading a pixel back) 60 times in each build, alternating builds three times, so that
// load from elsewhere on the machine hits both alike; prints the median ms per Step of each.
// --compare-play measures what --compare cannot: frames per second while Play runs at 1 epoch
// per frame (views drawn in turns only while playing), --ms each, builds alternating 5 times.
// Needs the built page (npx vite build). Not part of `npm run bench` (a diagnosis tool).
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const speed = Number(args.speed ?? 1), ms = Number(args.ms ?? 3000);
const HASH = `model.hidden=[8,8,8,8,8,8,8,8]&model.activation=tanh&training.batchSize=10&view.speed=${speed}`;

const server = await startServer(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
async function stepMs(path) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}#${HASH}`);
  await page.waitForSelector('body[data-state="ready"]');
  const ms = await page.evaluate(() => {
    const step = document.getElementById('step');
    const canvases = [...document.querySelectorAll('canvas')].filter((c) => c.width > 0);
    const flush = () => { for (const c of canvases) c.getContext('2d').getImageData(0, 0, 1, 1); };
    const times = [];
    for (let i = 0; i < 70; i++) {
      const t0 = performance.now();
      step.click();
      flush();
      if (i >= 10) times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  });
  await context.close();
  return ms;
}

async function playFps(path) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}#${HASH}`);
  await page.waitForSelector('body[data-state="ready"]');
  await page.click('#play');
  await page.waitForTimeout(600);
  const sample = () => page.evaluate(() => ({ t: performance.now(), frames: window.descent.stats.frames,
    renderMs: window.descent.stats.samples.slice(-120).map((x) => x.renderMs) }));
  const a = await sample();
  await page.waitForTimeout(ms);
  const b = await sample();
  await context.close();
  const render = b.renderMs.reduce((s, x) => s + x, 0) / b.renderMs.length;
  return { fps: ((b.frames - a.frames) * 1000) / (b.t - a.t), render };
}

if (args['compare-play']) {
  const old = args['compare-play'], runs = { [old]: [], current: [] };
  for (let r = 0; r < 5; r++) {
    runs[old].push(await playFps(`/app/${old}/`));
    runs.current.push(await playFps('/app/'));
  }
  for (const [k, v] of Object.entries(runs)) {
    console.log(`${k}: fps playing 8 × 8 at ${speed} epoch/frame, 5 runs: ${v.map((x) => x.fps.toFixed(1)).join(', ')}; ` +
      `page's render ms per frame (mean of the last 120 frames): ${v.map((x) => x.render.toFixed(2)).join(', ')}`);
  }
  await browser.close();
  await server.close();
  process.exit(0);
}

if (args.compare) {
  const runs = { [args.compare]: [], current: [] };
  for (let r = 0; r < 3; r++) {
    runs[args.compare].push(await stepMs(`/app/${args.compare}/`));
    runs.current.push(await stepMs('/app/'));
  }
  for (const [k, v] of Object.entries(runs)) console.log(`${k}: ms per Step (train + draw + raster), 3 runs: ${v.map((x) => x.toFixed(1)).join(', ')}`);
  await browser.close();
  await server.close();
  process.exit(0);
}

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e}`));
  await page.goto(`${server.url}/app/#${HASH}`);
  await page.waitForSelector('body[data-state="ready"]');
  await page.click('#play');
  await page.waitForTimeout(800);
  const sample = () => page.evaluate(() => ({ t: performance.now(), frames: window.descent.stats.frames, epoch: window.descent.session.metrics.epoch,
    samples: window.descent.stats.samples.slice(-60) }));
  if (args.trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'v8'] });
  const a = await sample();
  await page.waitForTimeout(ms);
  const b = await sample();
  const dt = (b.t - a.t) / 1000;
  const mean = (k) => b.samples.reduce((s, x) => s + (x[k] ?? 0), 0) / b.samples.length;
  console.log(`8×8, ${speed} epochs/frame: ${((b.frames - a.frames) / dt).toFixed(1)} fps, ${((b.epoch - a.epoch) / dt).toFixed(0)} epochs/s; per frame train ${mean('trainMs').toFixed(2)} ms, render ${mean('renderMs').toFixed(2)} ms (JS)`);
  if (args.trace) {
    const buf = await browser.stopTracing();
    writeFileSync(args.trace, buf);
    const { traceEvents } = JSON.parse(buf.toString());
    const main = new Map();
    for (const e of traceEvents) if (e.ph === 'X' && e.dur) main.set(e.name, (main.get(e.name) ?? 0) + e.dur);
    const top = [...main].sort((x, y) => y[1] - x[1]).slice(0, 25);
    console.log(`trace (${dt.toFixed(1)} s), total ms by event (nested events overlap):`);
    for (const [name, us] of top) console.log(`  ${(us / 1000).toFixed(0).padStart(7)}  ${name}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
