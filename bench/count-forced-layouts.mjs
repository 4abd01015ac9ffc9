// Forced style-and-layout passes in the playground's start (a script reading layout after the
// page changed, e.g. clientWidth while drawing): their count and ms between the core ready and
// the page ready; all style and layout work from the core ready to 100 ms after ready (a forced
// pass only does early what the next frame would do: compare the totals, not the counts); and
// the wall time of core → ready. dist/old/ and dist/ are loaded alternating (B's network).
//   cp -r <another dist> dist/old && node bench/count-forced-layouts.mjs [runs]
// Needs the built page (npx vite build). Not part of `npm run bench` (a diagnosis tool).
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { B_HASH } from './page.mjs';
const server = await startServer(Number(process.env.BENCH_PORT || 0));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'] });
const runs = Number(process.argv[2] || 5);
const out = { old: [], cur: [] };
for (let r = 0; r < runs; r++) for (const [k, path] of [['old', '/app/old/'], ['cur', '/app/']]) {
  const context = await browser.newContext();
  await context.addInitScript(() => { new MutationObserver((_, obs) => { if (document.body?.dataset.state !== 'ready') return; obs.disconnect(); performance.mark('bench:ready'); }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] }); });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'blink'] });
  await page.goto(`${server.url}${path}#${B_HASH}`);
  await page.waitForFunction(() => performance.getEntriesByName('bench:ready').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(150);  // the frame after ready lays the page out
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mk = (n) => traceEvents.find((e) => e.name === n && e.cat.includes('user_timing'));
  const a = mk('descent:core').ts, b = mk('bench:ready').ts;
  const forced = traceEvents.filter((e) => e.ph === 'X' && e.name === 'Blink.ForcedStyleAndLayout.UpdateTime' && e.ts >= a && e.ts <= b);
  // All style and layout work from the core ready to the first frame after ready (what the
  // forced passes did early is then not done again, so this is what the page pays in all).
  const all = traceEvents.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= a && e.ts <= b + 100000);
  out[k].push({ n: forced.length, ms: forced.reduce((s, e) => s + e.dur, 0) / 1000, layout: all.reduce((s, e) => s + e.dur, 0) / 1000, wall: (b - a) / 1000 });
  await context.close();
}
const med = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
for (const k of ['old', 'cur']) console.log(k, ['n', 'ms', 'layout', 'wall'].map((f) => `${f} ${med(out[k].map((x) => x[f])).toFixed(1)} [${out[k].map((x) => x[f].toFixed(0)).join(' ')}]`).join('  '));
await browser.close(); await server.close();
