// The images page's composited layers and what they cost per frame: after one digits epoch,
// counts the layers (CDP LayerTree, with Chromium's reasons) and traces 2 s of frames in which
// a small moving element makes every frame paint, summing the compositor's Layerize and Commit.
// A canvas is a layer of its own; each frame that paints re-layerizes every layer.
//   node bench/images-layers.mjs [--path /app/old/] [--runs 3]     (after npx vite build)
// Not part of `npm run bench` (a diagnosis tool).
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const path = args.path ?? '/app/', runs = Number(args.runs ?? 3);
const server = await startServer(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}images.html#set=digits&epochs=1`);
    await page.waitForSelector('body[data-run="ready"]', { timeout: 180000 });
    await page.click('#train');
    await page.waitForSelector('body[data-run="stopped"]', { timeout: 600000 });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const tree = new Promise((resolve) => cdp.on('LayerTree.layerTreeDidChange', (e) => e.layers && resolve(e.layers)));
    await cdp.send('LayerTree.enable');
    const layers = await tree;
    const reasons = new Map();
    for (const l of layers) {
      const { compositingReasonIds = [] } = await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).catch(() => ({}));
      const k = compositingReasonIds.join('+') || '(none)';
      reasons.set(k, (reasons.get(k) ?? 0) + 1);
    }
    await cdp.send('LayerTree.disable');
    await page.evaluate(() => {
      const d = Object.assign(document.createElement('div'), { style: 'position:fixed;left:0;top:0;width:20px;height:20px;background:red' });
      document.body.append(d);
      let x = 0;
      const move = () => { d.style.left = `${x++ % 200}px`; requestAnimationFrame(move); };
      move();
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc'] });
    await page.waitForTimeout(2000);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const of = (name) => events.filter((e) => e.name === name && e.ph === 'X');
    const ms = (name) => of(name).reduce((a, e) => a + e.dur / 1000, 0).toFixed(0);
    console.log(`${path} layers ${layers.length} (${[...reasons].map(([k, v]) => `${v} ${k}`).join(', ')}); ` +
      `2 s of frames: ${of('Layerize').length} frames, Layerize ${ms('Layerize')} ms, Commit ${ms('Commit')} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
