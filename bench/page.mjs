// Page measurements for `npm run bench`, on the built page (dist/, served at /app/):
//  - epochs per second the page trains while holding 60 frames per second, with the biggest
//    network the page builds (2 → 8 × [8] tanh → 1) and, every frame, the boundary and all
//    neuron thumbnails redrawn;
//    read from the page's own frame statistics (window.descent.stats);
//  - time from navigation to the first trained frame.
import { median } from './harness.js';

export const B_HASH = 'model.hidden=[8,8,8,8,8,8]&model.activation=tanh&training.batchSize=10';
// The biggest playground network: 8 hidden layers (the page's maximum) of 8 neurons.
const BIG_HASH = 'model.hidden=[8,8,8,8,8,8,8,8]&model.activation=tanh&training.batchSize=10';
const A_HASH = 'model.hidden=[4,2]&model.activation=tanh&training.batchSize=10';

async function openAt(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
  return { context, page };
}

const sample = (page) => page.evaluate(() => ({
  t: performance.now(),
  frames: window.descent.stats.frames,
  epoch: window.descent.session.metrics.epoch,
  trainMs: window.descent.stats.trainMs,
  renderMs: window.descent.stats.renderMs,
}));

/** Frames and epochs per second at `speed` epochs per frame, over `ms` after a warm-up. */
export async function measureSpeed(browser, base, speed, { warmupMs = 600, ms = 2000, hash = BIG_HASH } = {}) {
  const { context, page } = await openAt(browser, `${base}/app/#${hash}&view.speed=${speed}`);
  try {
    await page.click('#play');
    await page.waitForTimeout(warmupMs);
    const a = await sample(page);
    await page.waitForTimeout(ms);
    const b = await sample(page);
    const dt = (b.t - a.t) / 1000;
    return {
      speed,
      fps: (b.frames - a.frames) / dt,
      epochsPerSecond: (b.epoch - a.epoch) / dt,
      trainMs: b.trainMs,
      renderMs: b.renderMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * The largest epochs-per-frame setting (1 … 100, the page's range) at which the page still
 * shows ≥ 95 % of the frame rate it shows at 1 epoch per frame (60 fps in headless Chromium).
 */
export async function epochsAt60fps(browser, base, { ms = 2000, maxSpeed = 100, log = () => {} } = {}) {
  const tried = [];
  const run = async (s) => {
    const r = await measureSpeed(browser, base, s, { ms });
    tried.push(r);
    log(`  page, ${s} epochs/frame: ${r.fps.toFixed(1)} fps, ${r.epochsPerSecond.toFixed(0)} epochs/s (train ${r.trainMs.toFixed(1)} ms + render ${r.renderMs.toFixed(1)} ms per frame)`);
    return r;
  };
  // Reference: the playground default (A: 6 thumbnails instead of B's 50) at 1 epoch per frame,
  // to tell what this browser on this machine can draw at all.
  const reference = await measureSpeed(browser, base, 1, { ms, hash: A_HASH });
  log(`  page, default network (A), 1 epoch/frame: ${reference.fps.toFixed(1)} fps (render ${reference.renderMs.toFixed(1)} ms per frame)`);
  const first = await run(1);
  const target = 0.95 * Math.min(60, first.fps);
  const holds = (r) => r.fps >= target;
  // A setting that misses is measured once more, and the better of the two counts: on a shared
  // machine one dip (e.g. 53.8 fps at 4 epochs per frame with 4.3 ms of work per frame, between
  // settings that held 59) otherwise ended the search at the first settings.
  const settle = async (s) => {
    const r = await run(s);
    if (holds(r)) return r;
    const again = await run(s);
    return again.fps > r.fps ? again : r;
  };
  let good = holds(first) ? first : null, bad = null;
  for (let s = 2; good && !bad && s <= maxSpeed; s = Math.min(maxSpeed, s * 2)) {
    const r = await settle(s);
    if (holds(r)) good = r; else bad = r;
    if (s === maxSpeed) break;
  }
  while (good && bad && bad.speed - good.speed > 1) {
    const r = await settle(Math.round((good.speed + bad.speed) / 2));
    if (holds(r)) good = r; else bad = r;
  }
  // The second target: the most epochs per second among the settings tried that keep
  // ≥ 55 fps (not only ≥ 95 % of the 1-epoch rate).
  const at55 = tried.filter((r) => r.fps >= 55).sort((a, b) => b.epochsPerSecond - a.epochsPerSecond)[0] ?? null;
  return {
    network: '2 → 8 × [8] tanh → 1',
    displayFps: first.fps,
    epochsPerSecondAt55: at55?.epochsPerSecond ?? null,
    speedAt55: at55?.speed ?? null,
    fpsThreshold: target,
    speed: good?.speed ?? null,
    fps: good?.fps ?? null,
    epochsPerSecond: good?.epochsPerSecond ?? null,
    limitedByPageMaximum: good?.speed === 100,
    holds60: first.fps >= 58,
    // Training cost per epoch in the page (25 steps of 10 + metrics on 500 points).
    trainMsPerEpoch: median(tried.map((r) => r.trainMs / r.speed)),
    reference,
    tried,
  };
}

/**
 * Where the start-up time goes, in ms after navigation (runs in the page): the HTML, the
 * scripts and the .wasm arriving, the core ready (compiled while it downloads, instantiated:
 * the shell's performance mark), fonts, the page ready (first grid and layout included), and the
 * first trained frame.
 */
function startupPhases() {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const end = (re) => Math.max(0, ...res.filter((e) => re.test(e.name)).map((e) => e.responseEnd));
  const start = (re) => Math.min(...res.filter((e) => re.test(e.name)).map((e) => e.startTime));
  const core = performance.getEntriesByName('descent:core')[0];
  return {
    html: nav.responseEnd,
    scripts: end(/\.js(\?|$)/),
    wasmRequested: start(/\.wasm(\?|$)/),
    wasmArrived: end(/\.wasm(\?|$)/),
    domContentLoaded: nav.domContentLoadedEventEnd,
    coreReady: core ? core.startTime : NaN,
    fonts: window.__fontsAt,
    ready: window.__readyAt,
    firstTrainedFrame: window.__firstTrainedFrameAt,
  };
}

/**
 * Navigation → ready, and navigation → first trained frame (play pressed on ready), median of n.
 * path: the built page's directory under the server (bench/profile-startup.mjs also loads dist/old/).
 */
export async function timeToFirstFrame(browser, base, { n = 5, path = '/app/' } = {}) {
  const ready = [], first = [], phases = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const onReady = () => {
        window.__readyAt = performance.now();
        const epoch = document.getElementById('epoch');
        const initial = epoch.textContent;
        new MutationObserver((_, obs) => {
          if (epoch.textContent !== initial) { window.__firstTrainedFrameAt = performance.now(); obs.disconnect(); }
        }).observe(epoch, { childList: true, characterData: true, subtree: true });
        document.getElementById('play').click();
      };
      document.fonts.ready.then(() => { window.__fontsAt = performance.now(); });
      new MutationObserver((_, obs) => {
        if (document.body?.dataset.state === 'ready') { obs.disconnect(); onReady(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    });
    const page = await context.newPage();
    await page.goto(`${base}${path}#${B_HASH}`);
    await page.waitForFunction(() => window.__firstTrainedFrameAt !== undefined, null, { timeout: 60000 });
    const r = await page.evaluate(() => ({ ready: window.__readyAt, first: window.__firstTrainedFrameAt }));
    ready.push(r.ready);
    first.push(r.first);
    phases.push(await page.evaluate(startupPhases));
    await context.close();
  }
  const phaseMedians = Object.fromEntries(Object.keys(phases[0]).map((k) => [k, median(phases.map((p) => p[k]))]));
  return {
    phases: phaseMedians,
    readyMs: median(ready), firstTrainedFrameMs: median(first),
    firstTrainedFrameMinMs: Math.min(...first), firstTrainedFrameMaxMs: Math.max(...first), runs: n,
  };
}
