// Where the playground's start-up goes: one load of the built page (B's network, as
// bench/page.mjs timeToFirstFrame) under Chromium's CPU profiler and trace, the time split into
// phases (ms after navigation: the .wasm arriving, the core ready, the catalog, the page ready,
// the first trained frame) and, per phase, the main thread's functions by inclusive and self
// time, plus V8's WebAssembly compile events from the trace.
//   node bench/profile-startup.mjs [--path /app/] [--top 20] [--trace out.json]
//   node bench/profile-startup.mjs --compare old [--runs 5]
// --compare times `runs` loads of dist/old/ (another build of the page: copy a dist/ there)
// and of dist/, alternating, and prints each phase's median and min–max per build, so that
// load from elsewhere on the machine hits both alike.
// Needs the built page (npx vite build). Not part of `npm run bench` (a diagnosis tool).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { timeToFirstFrame, B_HASH } from './page.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const top = Number(args.top ?? 20);

const server = await startServer(Number(process.env.BENCH_PORT || 0));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });

const range = (v) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];

try {
  if (args.compare) {
    const runs = Number(args.runs ?? 5);
    const builds = { [args.compare]: `/app/${args.compare}/`, current: '/app/' };
    const got = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
    for (let r = 0; r < runs; r++) {
      for (const [k, path] of Object.entries(builds)) {
        const one = await timeToFirstFrame(browser, server.url, { n: 1, path });
        const p = one.phases;
        // The page's own start and the core's, without the network's noise before them.
        got[k].push({ ...p, 'core − DOMContentLoaded': p.coreReady - p.domContentLoaded, 'ready − core': p.ready - p.coreReady,
          'first frame − ready': p.firstTrainedFrame - p.ready });
      }
    }
    const keys = Object.keys(got.current[0]);
    console.log(`${runs} loads each, alternating; median (min–max), ms after navigation; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(['phase', ...Object.keys(builds)].join('\t'));
    for (const key of keys) {
      console.log([key, ...Object.keys(builds).map((b) => {
        const v = got[b].map((p) => p[key]).filter(Number.isFinite);
        return v.length ? `${med(v).toFixed(0)} (${range(v)})` : '–';
      })].join('\t'));
    }
  } else {
    await profileOnce(args.path ?? '/app/');
  }
} finally {
  await browser.close();
  await server.close();
}

async function profileOnce(path) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // As bench/page.mjs: press play on ready, note the first trained frame.
    new MutationObserver((_, obs) => {
      if (document.body?.dataset.state !== 'ready') return;
      obs.disconnect();
      performance.mark('bench:ready');
      const epoch = document.getElementById('epoch'), initial = epoch.textContent;
      new MutationObserver((__, o) => {
        if (epoch.textContent !== initial) { performance.mark('bench:firstFrame'); o.disconnect(); }
      }).observe(epoch, { childList: true, characterData: true, subtree: true });
      document.getElementById('play').click();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8', 'v8.wasm',
    'disabled-by-default-v8.compile', 'loading', 'navigation'] });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}${path}#${B_HASH}`);
  await page.waitForFunction(() => performance.getEntriesByName('bench:firstFrame').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(100);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await browser.stopTracing();
  if (args.trace) writeFileSync(args.trace, trace);
  const { out: marks, files } = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const wasm = res.find((e) => /\.wasm$/.test(e.name));
    const out = { 'wasm requested': wasm?.startTime, 'wasm arrived': wasm?.responseEnd };
    for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    out.html = nav.responseEnd;
    out.domContentLoaded = nav.domContentLoadedEventEnd;
    const files = res.map((e) => `${e.startTime.toFixed(0).padStart(6)}–${e.responseEnd.toFixed(0).padEnd(6)} ${e.name.split('/').pop()}`);
    return { out, files };
  });
  await context.close();

  // The CPU profile's clock is the trace's (µs, monotonic): the page's marks are placed on it
  // through the trace's copy of one of them.
  const { traceEvents } = JSON.parse(trace.toString());
  const coreMark = traceEvents.find((e) => e.name === 'descent:core' && e.cat.includes('user_timing'));
  if (!coreMark) throw new Error('no descent:core mark in the trace');
  const zero = coreMark.ts - marks['descent:core'] * 1000;  // navigation, on the trace clock
  const phases = Object.entries(marks).filter(([, v]) => Number.isFinite(v)).sort((a, b) => a[1] - b[1]);
  console.log(`files (requested–arrived, ms after navigation):\n  ${files.join('\n  ')}`);
  console.log('marks (ms after navigation):');
  for (const [k, v] of phases) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);

  // V8's WebAssembly work on any thread, from the trace (compile runs off the main thread too).
  const wasmEvents = new Map();
  for (const e of traceEvents) {
    if (!/wasm/i.test(e.cat + e.name) || e.ph !== 'X') continue;
    const w = wasmEvents.get(e.name) ?? { n: 0, ms: 0, first: Infinity, last: 0 };
    w.n++; w.ms += e.dur / 1000;
    w.first = Math.min(w.first, (e.ts - zero) / 1000); w.last = Math.max(w.last, (e.ts + e.dur - zero) / 1000);
    wasmEvents.set(e.name, w);
  }
  console.log('WebAssembly trace events (count, total ms, first start – last end after navigation):');
  for (const [name, w] of [...wasmEvents].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
    console.log(`  ${String(w.n).padStart(5)} ${w.ms.toFixed(1).padStart(8)}  ${w.first.toFixed(0)}–${w.last.toFixed(0)}  ${name}`);

  // The renderer's main thread from the trace, per phase: top-level events only (tasks and
  // what runs outside a task), so nothing is counted twice; and the largest events inside them.
  const main = traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === coreMark.pid && e.args.name === 'CrRendererMain');
  const onMain = traceEvents.filter((e) => e.ph === 'X' && e.pid === coreMark.pid && e.tid === main.tid && e.dur).sort((a, b) => a.ts - b.ts);
  const ms = (e) => (e.ts - zero) / 1000;
  const cuts = [0, ...phases.map(([, v]) => v), Infinity];
  const phaseOf = (t) => cuts.findIndex((c, i) => t >= c && t < cuts[i + 1]);
  const busy = cuts.slice(0, -1).map(() => ({ top: 0, byName: new Map() }));
  let topEnd = -Infinity;
  for (const e of onMain) {
    const b = busy[phaseOf(ms(e))];
    if (!b) continue;
    if (e.ts >= topEnd) { b.top += e.dur / 1000; topEnd = e.ts + e.dur; }
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') b.byName.set(e.name, (b.byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log('main thread busy per phase (trace, top-level events; then the largest events by name, nested ones overlap):');
  busy.forEach((b, i) => {
    if (b.top < 1) return;
    const from = i === 0 ? 'start' : phases[i - 1][0], to = i < phases.length ? phases[i][0] : 'end';
    const names = [...b.byName].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`  ${from} → ${to}: busy ${b.top.toFixed(0)} ms; ${names}`);
  });

  // Samples by phase: self time (the function on top) and inclusive time (anywhere in the stack).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const cf = n.callFrame;
    return `${cf.functionName || '(anonymous)'} ${cf.url ? `${cf.url.split('/').pop()}:${cf.lineNumber + 1}` : ''}`.trim();
  };
  const bounds = [['start', 0], ...phases, ['end', Infinity]];
  const windows = bounds.slice(0, -1).map(([name, from], i) => ({ name: `${name} → ${bounds[i + 1][0]}`, from, to: bounds[i + 1][1], self: new Map(), incl: new Map(), ms: 0 }));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const ms = (t - zero) / 1000, dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const w = windows.find((x) => ms >= x.from && ms < x.to);
    if (!w) continue;
    let id = profile.samples[i];
    const leaf = label(nodes.get(id));
    if (leaf === '(idle)' || leaf === '(program)') continue;
    w.ms += dt;
    w.self.set(leaf, (w.self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    for (; id !== undefined; id = parent.get(id)) {
      const name = label(nodes.get(id));
      if (seen.has(name) || name === '(root)') continue;
      seen.add(name);
      w.incl.set(name, (w.incl.get(name) ?? 0) + dt);
    }
  }
  for (const w of windows) {
    if (w.ms < 1) continue;
    console.log(`\n${w.name} (${w.from.toFixed(0)}–${Number.isFinite(w.to) ? w.to.toFixed(0) : '…'} ms): ${w.ms.toFixed(0)} ms of main-thread samples`);
    const list = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `    ${v.toFixed(1).padStart(7)}  ${k}`).join('\n');
    console.log(`  inclusive:\n${list(w.incl)}\n  self:\n${list(w.self)}`);
  }
}
