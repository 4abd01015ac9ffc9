// One Fashion-MNIST epoch in Chromium: the images page (dist/images.html) trains
// 784 → [256, 128] → 10, batch 64, Adam on the 60,000 training images in its Web Worker.
// Reports the epoch's time in the worker (training plus the evaluation of the metrics on all
// 70,000 images, and the two apart) and the page's frame rate meanwhile. Target: training
// the 60,000 images in at most 3 s.
//   node bench/images-epoch.mjs            (after npx vite build; starts its own server)
// npm run bench calls fashionEpoch() with its server (bench/run.mjs). --smoke uses the
// digits instead (a second, says nothing about speed).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// CPU seconds (user + system) used so far by process `root` and all its descendants, from
// /proc (Linux). On a machine shared with other work the epoch's wall time stretches with the
// load; the CPU time Chromium spent during it does not, so it is the real cost of the epoch
// (an upper bound: the page's own drawing is included). null where /proc is missing.
export function cpuSeconds(root) {
  if (!root) return null;
  let procs;
  try { procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return null; }
  const info = new Map();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');  // fields from 3 (state) on
      info.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch { /* the process ended meanwhile */ }
  }
  const children = new Map();
  for (const [pid, { ppid }] of info) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    ticks += info.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return ticks / 100;  // USER_HZ is 100 on Linux
}

/** {set, epochMs, fps, idleFps, longestFrameMs, testAccuracy} for one epoch of `set` on the page. */
export async function fashionEpoch(browser, base, { smoke = false, log = () => {}, path = '/app/' } = {}) {
  const set = smoke ? 'digits' : 'fashion';
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}${path}images.html#set=${set}&epochs=1`);
    await page.waitForSelector('body[data-run="ready"]', { timeout: 180000 });
    // The same page idle first: on a busy machine the ratio says more than the frame rate.
    const idle0 = await page.evaluate(() => ({ t: performance.now(), frames: window.imagesFrames.frames }));
    await page.waitForTimeout(3000);
    const idle1 = await page.evaluate(() => ({ t: performance.now(), frames: window.imagesFrames.frames }));
    const idleFps = ((idle1.frames - idle0.frames) * 1000) / (idle1.t - idle0.t);
    const before = await page.evaluate(() => ({ t: performance.now(), frames: window.imagesFrames.frames }));
    await page.evaluate(() => { window.imagesFrames.longest = 0; });
    const pid = browser.process?.()?.pid;
    const cpu0 = cpuSeconds(pid), wall0 = performance.now();
    await page.click('#train');
    await page.waitForSelector('body[data-run="stopped"]', { timeout: 600000 });
    const cpu1 = cpuSeconds(pid), wall1 = performance.now();
    const after = await page.evaluate(() => ({
      t: performance.now(), frames: window.imagesFrames.frames, longest: window.imagesFrames.longest,
      epoch: window.imagesHistory.at(-1),
    }));
    const r = {
      set,
      epochMs: after.epoch.workerMs,
      // The epoch's end (its last mini-batch and the metrics on all 70,000 images) apart:
      // trainMs is the 60,000 images' training the issue's 3 s target is about.
      evalMs: after.epoch.evalMs,
      trainMs: after.epoch.workerMs - after.epoch.evalMs,
      fps: ((after.frames - before.frames) * 1000) / (after.t - before.t),
      idleFps,
      longestFrameMs: after.longest,
      testAccuracy: after.epoch.testAccuracy,
      // Chromium's CPU time over the whole run (click to stopped) and that run's wall time:
      // cpu ≪ wall means the machine was busy with other work, not that the epoch is slow.
      runCpuMs: cpu0 === null ? null : (cpu1 - cpu0) * 1000,
      runWallMs: wall1 - wall0,
    };
    log(`images: one ${set} epoch ${(r.epochMs / 1000).toFixed(2)} s in the worker: training ${(r.trainMs / 1000).toFixed(2)} s (target ≤ 3 s), metrics on every image ${(r.evalMs / 1000).toFixed(2)} s; page ${r.fps.toFixed(1)} fps while training (${r.idleFps.toFixed(1)} idle), longest frame ${r.longestFrameMs.toFixed(0)} ms`);
    if (r.runCpuMs !== null) log(`  Chromium used ${(r.runCpuMs / 1000).toFixed(2)} s of CPU in the ${(r.runWallMs / 1000).toFixed(2)} s from Train to stopped (all its processes; the rest of the wall time went to other work on the machine)`);
    return r;
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const { startServer } = await import('./server.mjs');
  const server = await startServer(Number(process.env.BENCH_PORT || 0));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    console.log(JSON.stringify(await fashionEpoch(browser, server.url, { smoke: process.argv.includes('--smoke'), log: console.log })));
  } finally {
    await browser.close();
    await server.close();
  }
}
