// The playground's network-diagram rebuild (NetworkView.build on B's 6 × 8 network, timed by a
// wrapper while Reset is pressed 21 times): the median per page load, dist/old/ and dist/
// loaded alternating. A rebuild follows every change of the architecture (a neuron, a layer,
// Reset), so it is what a click costs before the page answers.
//   cp -r <another dist> dist/old && node bench/time-rebuild.mjs [loads]
// Needs the built page (npx vite build). Not part of `npm run bench` (a diagnosis tool).
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { B_HASH } from './page.mjs';
const server = await startServer(Number(process.env.BENCH_PORT || 0));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const res = { '/app/old/': [], '/app/': [] };
for (let r = 0; r < Number(process.argv[2] || 3); r++) for (const path of Object.keys(res)) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}${path}#${B_HASH}`);
  await page.waitForSelector('body[data-state="ready"]');
  await page.evaluate(() => {
    const net = window.descent.network, orig = net.build.bind(net);
    window.__b = [];
    net.build = (a) => { const t = performance.now(); orig(a); window.__b.push(performance.now() - t); };
  });
  for (let i = 0; i < 21; i++) await page.click('#reset');
  const ms = await page.evaluate(() => { const v = [...window.__b].sort((a, b) => a - b); return v[v.length >> 1]; });
  res[path].push(ms);
  await page.close();
}
for (const [k, v] of Object.entries(res)) console.log(k, v.map((x) => x.toFixed(2)).join(' '));
await browser.close(); await server.close();
