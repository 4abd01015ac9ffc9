// The targets `npm run bench` checks, as met or missed, from one run's results. The ratios
// are within the run (the same machine, the same minutes); size and start-up are the
// page's own figures. The thresholds are issue 16's (earlier issues' where it has none).

/** Speed ratios: each cell against the baselines measured beside it. */
export function ratioTargets(records) {
  const get = (cell, system) => records.find((r) => r.cell === cell && r.system === system && !r.skipped);
  const out = [];
  const ratio = (cell, a, b, goal, kind = 'min') => {
    const x = get(cell, a), y = get(cell, b);
    if (!x || !y) return;
    const v = x.msPerGrid !== undefined ? x.msPerGrid / y.msPerGrid : x.samplesPerSecond / y.samplesPerSecond;
    out.push({ cell, ratio: `${a} / ${b}`, value: v, goal: `${kind === 'min' ? '≥' : '≤'} ${goal}`, met: kind === 'min' ? v >= goal : v <= goal });
  };
  for (const c of ['A-sgd', 'A-adam', 'B-sgd', 'B-adam']) {
    ratio(c, 'descent', 'plain-js', 3);
    ratio(c, 'descent', 'tfjs-wasm', 200);
  }
  for (const c of ['C-sgd', 'C-adam', 'D-sgd', 'D-adam']) {
    ratio(c, 'descent', 'tfjs-wasm', 8);
    ratio(c, 'descent', 'native', 0.9);
  }
  // E is milliseconds per grid: lower is better.
  ratio('E', 'descent', 'native', 1.5, 'max');
  for (const r of records.filter((x) => x.kind === 'longrun'))
    out.push({ cell: r.cell, ratio: `${r.system} last / first`, value: r.ratio, goal: '≥ 0.9', met: r.ratio >= 0.9 });
  return out;
}

/** The drawing targets: the 8 × 8 network at 1 epoch per frame, and epochs/s at ≥ 55 fps. */
export function pageTargets(page) {
  if (!page) return [];
  return [
    { cell: 'page 8×8', ratio: 'fps at 1 epoch/frame', value: page.displayFps, goal: '≥ 58', met: page.displayFps >= 58 },
    { cell: 'page 8×8', ratio: 'epochs/s at ≥ 55 fps', value: page.epochsPerSecondAt55 ?? 0, goal: '≥ 1000', met: (page.epochsPerSecondAt55 ?? 0) >= 1000 },
  ];
}

/** What a course page downloads and how soon it can be used: module + glue gzipped (kB of
 *  1,000 bytes), and the playground's ready and first trained frame (ms after navigation). */
export function startTargets({ module, startup, imagesEpoch } = {}) {
  const out = [];
  if (module) {
    const kB = (module.wasm.gzipBytes + module.glue.gzipBytes) / 1000;
    out.push({ cell: 'size', ratio: 'wasm + glue, kB gzipped', value: kB, goal: '≤ 150', met: kB <= 150 });
  }
  if (startup) {
    out.push({ cell: 'start-up', ratio: 'ready, ms', value: startup.readyMs, goal: '≤ 400', met: startup.readyMs <= 400 });
    out.push({ cell: 'start-up', ratio: 'first trained frame, ms', value: startup.firstTrainedFrameMs, goal: '≤ 500', met: startup.firstTrainedFrameMs <= 500 });
  }
  if (imagesEpoch) {
    const s = imagesEpoch.trainMs / 1000;
    out.push({ cell: 'images', ratio: 'Fashion epoch training, s', value: s, goal: '≤ 3', met: s <= 3 });
  }
  return out;
}

/** Every target of one run's result object. */
export function allTargets(result) {
  return [...ratioTargets(result.records ?? []), ...pageTargets(result.page), ...startTargets(result)];
}
