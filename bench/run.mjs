// npm run bench: every config × system in one run, in headless Chromium (Debian's, via
// Playwright) and natively; prints a table and writes bench/results.json.
//
//   node bench/run.mjs [--smoke] [--only A,B,E | --only images] [--systems descent,plain-js,…] [--reps 5]
//   (--only houses: the house-price page's one default Ames run in Chromium, nothing else)
//                      [--no-page] [--no-fps] [--out bench/results.json]
//   node bench/run.mjs --report bench/results.json   (a saved run's table and targets again)
// --no-fps: of the page measurements only the start-up (ready, first trained frame, phases).
// --smoke: a few ms per cell (the test in tests/e2e/bench.spec.js uses it): checks that the
// harness runs end to end, says nothing about speed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { startServer } from './server.mjs';
import { workloads, CONFIGS } from './configs.js';
import { LONG_RUN } from './long_run.js';
import { FULL, SMOKE, summarize } from './harness.js';
import { epochsAt60fps, timeToFirstFrame } from './page.mjs';
import { houseRun } from './houses.mjs';
import { fashionEpoch } from './images-epoch.mjs';
import { allTargets } from './targets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];
export const SYSTEMS = ['descent', 'tfjs-cpu', 'tfjs-wasm', 'plain-js', 'native'];

function parseArgs(argv) {
  const o = { smoke: false, only: null, systems: SYSTEMS, reps: null, page: true, fps: true, out: `${root}bench/results.json`, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], next = () => argv[++i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--only') o.only = next().split(',');
    else if (a === '--systems') o.systems = next().split(',');
    else if (a === '--reps') o.reps = Number(next());
    else if (a === '--no-page') o.page = false;
    else if (a === '--no-fps') o.fps = false;
    else if (a === '--out') o.out = next();
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--report') o.report = next();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function runNativeLongRun(work, longRun) {
  const exe = `${root}build-native/descent-bench`;
  const r = spawnSync(exe, { input: JSON.stringify({ kind: 'longrun', spec: work.spec, ...longRun }), encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`descent-bench: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

function runNative(work, timing) {
  const exe = `${root}build-native/descent-bench`;
  if (!existsSync(exe)) throw new Error('build-native/descent-bench is missing: run bash scripts/build-native.sh');
  const r = spawnSync(exe, { input: JSON.stringify({ ...work, timing, reinitEvery: 1000 }), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`descent-bench: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

/** A record of results.json from a harness result. */
function record(work, system, r) {
  const rec = { config: work.config, optimizer: work.optimizer, cell: work.id, system };
  const spread = { min: r.minMsPerUnit, max: r.maxMsPerUnit, reps: r.reps, relative: (r.maxMsPerUnit - r.minMsPerUnit) / r.msPerUnit };
  if (work.kind === 'grid') return { ...rec, gridN: work.gridN, msPerGrid: r.msPerUnit, spreadMs: spread, grids: r.units };
  const batch = work.spec.training.batchSize;
  return {
    ...rec, batch, msPerStep: r.msPerUnit, samplesPerSecond: (batch * 1000) / r.msPerUnit,
    samplesPerSecondMin: (batch * 1000) / r.maxMsPerUnit, samplesPerSecondMax: (batch * 1000) / r.minMsPerUnit,
    spreadMs: spread, steps: r.units, ...(r.threads !== undefined ? { threads: r.threads } : {}),
    ...(r.trainSamples ? { trainSamples: r.trainSamples } : {}),
  };
}

const si = (x) => (x >= 1e6 ? `${(x / 1e6).toPrecision(3)} M` : x >= 1e3 ? `${(x / 1e3).toPrecision(3)} k` : x.toPrecision(3));
const cellText = (rec) => {
  if (!rec) return '–';
  if (rec.skipped) return 'n/a';
  const pm = `±${Math.round((rec.spreadMs.relative * 100) / 2)}%`;
  return rec.msPerGrid !== undefined ? `${rec.msPerGrid.toPrecision(3)} ms ${pm}` : `${si(rec.samplesPerSecond)}/s ${pm}`;
};

const longRunText = (rec) => `first ${rec.window} steps ${si(rec.firstSamplesPerSecond)}/s, last ${rec.window} ${si(rec.lastSamplesPerSecond)}/s: ratio ${rec.ratio.toFixed(3)}${rec.subnormals ? `; subnormals at the end ${JSON.stringify(rec.subnormals)}` : ''}`;

/** Markdown table of the long runs: one row per cell and system. */
export function longRunTable(records) {
  const lines = ['| long run | system | first window | last window | last / first |', '| --- | --- | ---: | ---: | ---: |'];
  for (const r of records.filter((x) => x.kind === 'longrun'))
    lines.push(`| ${r.cell} | ${r.system} | ${si(r.firstSamplesPerSecond)}/s | ${si(r.lastSamplesPerSecond)}/s | ${r.ratio.toFixed(3)} |`);
  return lines.join('\n');
}

/** Markdown table: one row per cell, one column per system (samples/s, or ms per grid for E). */
export function table(records, systems) {
  const cells = [...new Set(records.filter((r) => r.kind !== 'longrun').map((r) => r.cell))];
  const lines = [`| cell | ${systems.join(' | ')} |`, `| --- |${systems.map(() => ' ---: |').join('')}`];
  for (const c of cells) {
    const row = systems.map((s) => cellText(records.find((r) => r.cell === c && r.system === s)));
    lines.push(`| ${c} | ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

function moduleSize() {
  const size = (f) => {
    const bytes = readFileSync(`${root}web/wasm/${f}`);
    return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  return { wasm: size('nn.wasm'), glue: size('nn.mjs') };
}

export async function runBench(opts) {
  const log = opts.quiet ? () => {} : (s) => console.log(s);
  const timing = opts.smoke ? SMOKE : { ...FULL, ...(opts.reps ? { reps: opts.reps } : {}) };
  // The benchmark page is built from the current sources every run (a few seconds).
  await build({ configFile: `${root}bench/vite.config.js`, logLevel: 'warn' });
  const server = await startServer(Number(process.env.BENCH_PORT || 0));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const records = [];
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, chromium: browser.version() },
    timing, smoke: opts.smoke, reinitEvery: 1000, records,
  };
  // --only images: just the images page's Fashion-MNIST epoch (bench/images-epoch.mjs).
  const imagesOnly = !!opts.only && opts.only.every((o) => o === 'images');
  try {
    if (imagesOnly) {
      if (!existsSync(`${root}dist/images.html`)) throw new Error('dist/ is missing: run npx vite build (scripts/bench.sh does)');
      result.imagesEpoch = await fashionEpoch(browser, server.url, { smoke: opts.smoke, log });
    } else {
      const page = await browser.newPage();
      page.on('pageerror', (e) => log(`page error: ${e}`));
      await page.goto(`${server.url}/bench/index.html`);
      await page.waitForSelector('body[data-state="ready"], body[data-state="failed"]', { timeout: 60000 });
      const failed = await page.evaluate(() => window.benchError);
      if (failed) throw new Error(`benchmark page failed: ${failed}`);
      result.crossOriginIsolated = await page.evaluate(() => window.bench.crossOriginIsolated);

      const all = workloads({ only: opts.only });
      for (const work of all.filter((w) => w.kind !== 'longrun')) {
        const supported = await page.evaluate((spec) => window.bench.supports(spec), work.spec);
        if (!supported) {
          for (const system of opts.systems)
            records.push({ config: work.config, optimizer: work.optimizer, cell: work.id, system, skipped: `this core has no "${work.needs}" data generator yet` });
          log(`${work.id.padEnd(7)} skipped: this core has no "${work.needs}" data generator yet`);
          continue;
        }
        // All systems of the cell are opened (built, warmed up), then their repetitions are
        // interleaved, rotating the order: load from elsewhere on the machine hits them alike.
        const browserSystems = opts.systems.filter((s) => s !== 'native');
        for (const system of browserSystems)
          await page.evaluate(([w, s, t]) => window.bench.open(w, s, t), [work, system, timing]);
        const reps = Object.fromEntries(opts.systems.map((s) => [s, []]));
        const nativeUnits = { units: 0 };
        for (let r = 0; r < timing.reps; r++) {
          const order = opts.systems.map((_, i) => opts.systems[(i + r) % opts.systems.length]);
          for (const system of order) {
            if (system === 'native') {
              const n = runNative(work, { ...timing, reps: 1 });
              reps.native.push(n.msPerUnit);
              nativeUnits.units += n.units;
            } else {
              reps[system].push(await page.evaluate(([id, s]) => window.bench.rep(id, s), [work.id, system]));
            }
          }
        }
        for (const system of opts.systems) {
          const info = system === 'native' ? nativeUnits : await page.evaluate(([id, s]) => window.bench.close(id, s), [work.id, system]);
          const rec = record(work, system, summarize(reps[system], info));
          records.push(rec);
          log(`${work.id.padEnd(7)} ${system.padEnd(10)} ${cellText(rec)}${rec.msPerStep ? `  (${rec.msPerStep.toPrecision(3)} ms/step)` : ''}`);
        }
      }
      // Long runs (descent and native only): one trainer for 20,000 steps, last window vs first.
      const longRun = opts.smoke ? { steps: 200, window: 50, chunk: 10 } : LONG_RUN;
      for (const work of all.filter((w) => w.kind === 'longrun')) {
        if (!(await page.evaluate((spec) => window.bench.supports(spec), work.spec))) continue;
        for (const system of opts.systems.filter((s) => s === 'descent' || s === 'native')) {
          const w = { ...work, longRun };
          const r = system === 'native' ? runNativeLongRun(w, longRun)
            : await page.evaluate(([x, t]) => window.bench.longRun(x, t), [w, timing]);
          const batch = work.spec.training.batchSize;
          const rec = {
            config: work.config, optimizer: work.optimizer, cell: work.id, system, kind: 'longrun', batch, ...longRun,
            firstSamplesPerSecond: (batch * 1000) / r.firstMsPerStep, lastSamplesPerSecond: (batch * 1000) / r.lastMsPerStep,
            ratio: r.ratio, chunkMs: r.chunkMs, ...(r.subnormals ? { subnormals: r.subnormals } : {}),
          };
          records.push(rec);
          log(`${work.id.padEnd(15)} ${system.padEnd(8)} ${longRunText(rec)}`);
        }
      }
      result.tfjsTensorsLeft = await page.evaluate(() => window.bench.tfNumTensors());
      await page.close();

      result.module = moduleSize();
      if (opts.page) {
        if (!existsSync(`${root}dist/index.html`)) throw new Error('dist/ is missing: run npx vite build (scripts/bench.sh does)');
        // --only houses: the house-price page's default Ames run alone (no other page measurement).
        const housesOnly = opts.only?.includes('houses') ?? false;
        if (!housesOnly) {
          if (opts.fps !== false) log('page: 8 × 8 network, boundary + all thumbnails every frame');
          if (opts.fps !== false) result.page = await epochsAt60fps(browser, server.url, { ms: opts.smoke ? 300 : 2000, maxSpeed: opts.smoke ? 2 : 100, log });
          result.startup = await timeToFirstFrame(browser, server.url, { n: opts.smoke ? 1 : 5 });
        }
        if (!opts.smoke || housesOnly) {
          result.houses = await houseRun(browser, server.url);  // one default Ames run (s)
          log(`houses: one default Ames run in ${result.houses.seconds.toFixed(1)} s (${result.houses.epochs} epochs, test accuracy ${(result.houses.testAccuracy * 100).toFixed(1)} %; ${result.houses.target})`);
        }
        if (!housesOnly) result.imagesEpoch = await fashionEpoch(browser, server.url, { smoke: opts.smoke, log });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  result.targets = allTargets(result);
  return result;
}

function report(result, systems) {
  const lines = [table(result.records, systems), ''];
  if (result.records.some((r) => r.kind === 'longrun')) lines.push(longRunTable(result.records), '');
  lines.push('Samples per second (E: ms per 100 × 100 grid); ± is half the min–max spread of the repetitions.', '');
  for (const t of result.targets) lines.push(`${t.met ? 'met ' : 'MISS'} ${t.cell.padEnd(15)} ${t.ratio.padEnd(22)} ${t.value.toPrecision(3).padStart(8)}  (target ${t.goal})`);
  const m = result.module;
  // kB of 1,000 bytes, as the size target in bench/targets.js counts them.
  const kB = (bytes, digits = 1) => (bytes / 1000).toFixed(digits);
  if (m) lines.push('', `module: nn.wasm ${kB(m.wasm.gzipBytes)} kB gzipped (${kB(m.wasm.bytes, 0)} kB), glue nn.mjs ${kB(m.glue.gzipBytes)} kB gzipped (${kB(m.glue.bytes, 0)} kB); together ${kB(m.wasm.gzipBytes + m.glue.gzipBytes)} kB gzipped`);
  const p = result.page;
  if (p) {
    lines.push(`page (8 × 8, all thumbnails): ${p.epochsPerSecond?.toFixed(0)} epochs/s at ${p.fps?.toFixed(1)} fps (${p.speed} epochs/frame${p.limitedByPageMaximum ? ', the page maximum' : ''}; ${p.displayFps.toFixed(1)} fps at 1 epoch/frame; training ${p.trainMsPerEpoch.toFixed(2)} ms per epoch)`);
    if (!p.holds60) lines.push(`  the page does not reach 60 fps here even at 1 epoch per frame: drawing, not training, limits it (default network A: ${p.reference.fps.toFixed(1)} fps)`);
  }
  const im = result.imagesEpoch;
  if (im) lines.push(`images: one ${im.set} epoch ${(im.epochMs / 1000).toFixed(2)} s in the worker: training ${(im.trainMs / 1000).toFixed(2)} s (target ≤ 3 s), the metrics of 70,000 images ${(im.evalMs / 1000).toFixed(2)} s, page ${im.fps.toFixed(1)} fps meanwhile (${im.idleFps.toFixed(1)} idle), longest frame ${im.longestFrameMs.toFixed(0)} ms${im.runCpuMs ? `; Chromium's CPU time for the run ${(im.runCpuMs / 1000).toFixed(2)} s of ${(im.runWallMs / 1000).toFixed(2)} s wall` : ''}`);
  const s = result.startup;
  if (s) lines.push(`startup: ready ${s.readyMs.toFixed(0)} ms, first trained frame ${s.firstTrainedFrameMs.toFixed(0)} ms after navigation (median of ${s.runs})`);
  if (s?.phases) lines.push(`  phases (ms after navigation, medians): ${Object.entries(s.phases).map(([k, v]) => `${k} ${Number.isFinite(v) ? v.toFixed(0) : '–'}`).join(', ')}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.report) {
    // A saved run printed again, its targets checked with today's thresholds (nothing is run).
    const saved = JSON.parse(readFileSync(opts.report, 'utf8'));
    const systems = [...new Set(saved.records.map((r) => r.system))];
    console.log(report({ ...saved, targets: allTargets(saved) }, systems));
    process.exit(0);
  }
  const result = await runBench(opts);
  writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${report(result, opts.systems)}\n\nwrote ${opts.out}`);
}
