// bench/targets.js: what `npm run bench` prints as met or missed. Each threshold is checked on
// both sides of its line, so a target that drifted (or a direction turned round) fails here.
import { describe, expect, it } from 'vitest';
import { allTargets, ratioTargets, startTargets } from '../../bench/targets.js';

const sps = (cell, system, samplesPerSecond) => ({ cell, system, samplesPerSecond });
const find = (targets, cell, ratio) => targets.find((t) => t.cell === cell && t.ratio === ratio);

describe('bench targets', () => {
  it('C and D need 8× tfjs-wasm and 0.9× native', () => {
    const t = ratioTargets([sps('C-sgd', 'descent', 90), sps('C-sgd', 'tfjs-wasm', 10), sps('C-sgd', 'native', 100),
      sps('D-adam', 'descent', 89), sps('D-adam', 'tfjs-wasm', 11.2), sps('D-adam', 'native', 100)]);
    expect(find(t, 'C-sgd', 'descent / tfjs-wasm')).toMatchObject({ value: 9, met: true });
    expect(find(t, 'C-sgd', 'descent / native')).toMatchObject({ value: 0.9, met: true, goal: '≥ 0.9' });
    expect(find(t, 'D-adam', 'descent / tfjs-wasm').met).toBe(false);  // 7.95
    expect(find(t, 'D-adam', 'descent / native').met).toBe(false);     // 0.89
  });

  it('E is time per grid: at most 1.5× native', () => {
    const e = (d, n) => find(ratioTargets([{ cell: 'E', system: 'descent', msPerGrid: d }, { cell: 'E', system: 'native', msPerGrid: n }]), 'E', 'descent / native');
    expect(e(1.5, 1)).toMatchObject({ met: true, goal: '≤ 1.5' });
    expect(e(1.51, 1).met).toBe(false);
    expect(e(0.5, 1).met).toBe(true);
  });

  it('skipped cells and missing baselines give no target', () => {
    const t = ratioTargets([sps('A-sgd', 'descent', 10), { cell: 'A-sgd', system: 'plain-js', skipped: 'no' }]);
    expect(t).toEqual([]);
  });

  it('size is module and glue together, in kB of 1,000 bytes', () => {
    const size = (w, g) => find(startTargets({ module: { wasm: { gzipBytes: w }, glue: { gzipBytes: g } } }), 'size', 'wasm + glue, kB gzipped');
    expect(size(136000, 14000)).toMatchObject({ value: 150, met: true });
    expect(size(136001, 14000).met).toBe(false);
    expect(size(211571, 13795).value).toBeCloseTo(225.366, 3);
  });

  it('start-up: ready by 400 ms and the first trained frame by 500 ms', () => {
    const t = startTargets({ startup: { readyMs: 400, firstTrainedFrameMs: 501 } });
    expect(find(t, 'start-up', 'ready, ms').met).toBe(true);
    expect(find(t, 'start-up', 'first trained frame, ms').met).toBe(false);
  });

  it('a whole result lists every kind of target it has figures for', () => {
    const result = {
      records: [sps('A-sgd', 'descent', 30), sps('A-sgd', 'plain-js', 10),
        { cell: 'B-adam-20k', system: 'descent', kind: 'longrun', ratio: 0.89 }],
      page: { displayFps: 60, epochsPerSecondAt55: 999 },
      module: { wasm: { gzipBytes: 1 }, glue: { gzipBytes: 1 } },
      startup: { readyMs: 1, firstTrainedFrameMs: 2 },
      imagesEpoch: { trainMs: 3001 },
    };
    const t = allTargets(result);
    expect(t.map((x) => `${x.cell}: ${x.met}`)).toEqual([
      'A-sgd: true', 'B-adam-20k: false', 'page 8×8: true', 'page 8×8: false',
      'size: true', 'start-up: true', 'start-up: true', 'images: false']);
  });
});
