// The bindings the playground page uses to inspect and edit a run.
import { describe, test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

let core;
beforeAll(async () => { core = await loadTestCore(); });

const make = (over = {}) => new core.Trainer(JSON.stringify({ seed: 3, data: { generator: 'xor', points: 300 },
  model: { hidden: [5, 3] }, ...over }));

describe('page tools', () => {
  test('setWeight edits one weight, the metrics follow, bad indices are errors', () => {
    const t = make();
    t.trainEpochs(2);
    const loss = t.metrics().trainLoss;
    t.setWeight(1, 2, 4, 3.5);  // block 1 is 5 → 3: W[2 + 4·3]
    expect(t.weights(1)[2 + 4 * 3]).toBe(3.5);
    expect(t.metrics().trainLoss).not.toBe(loss);
    expect(() => t.setWeight(1, 3, 0, 1)).toThrow(/has no weight/);
    expect(() => t.setWeight(9, 0, 0, 1)).toThrow(/no layer 9/);
    expect(() => t.setWeight(0, 0, 0, NaN)).toThrow(/finite/);
    t.delete();
  });

  test('the confusion matrix adds up to the test set and agrees with the accuracy', () => {
    const t = make();
    t.trainEpochs(20);
    const c = Array.from(t.confusion(true));
    expect(c.length).toBe(4);
    const n = t.testTargets().length;
    expect(c.reduce((a, b) => a + b, 0)).toBe(n);
    expect((c[0] + c[3]) / n).toBeCloseTo(t.metrics().testAccuracy, 10);
    const plane = new core.Trainer(JSON.stringify({ data: { generator: 'plane' } }));
    expect(() => plane.confusion(true)).toThrow(/regression/);
    plane.delete();
    t.delete();
  });

  test('gradients and backward signals have the layer shapes', () => {
    const t = make();
    t.trainEpochs(1);
    expect(t.weightGrads(0).length).toBe(5 * 2);
    expect(t.weightGrads(2).length).toBe(3);
    const s = t.neuronSignals(1);
    expect(s.length).toBe(3);
    expect(Array.from(s).some((v) => v !== 0)).toBe(true);
    t.delete();
  });

  test('featureGrid has all seven features on the grid, whatever is switched on', () => {
    const t = make({ features: ['x1'] });
    expect(t.grid(4).length).toBe(16);  // the feature grid is computed with the boundary grid
    const f = t.featureGrid();
    expect(f.length).toBe(7 * 16);
    // cell 0 is the top-left corner: x1 = −4.5, x2 = 4.5 on a 4 × 4 grid over [−6, 6]²
    expect(f[0]).toBeCloseTo(-4.5);
    expect(f[1]).toBeCloseTo(4.5);
    expect(f[4]).toBeCloseTo(-20.25);
    t.delete();
  });

  test('applySpec switches the optimizer in place, without touching the weights', () => {
    const t = make();
    t.trainEpochs(3);
    const before = Array.from(t.params());
    const spec = JSON.parse(t.specJson());
    spec.optimizer.kind = 'adam';
    spec.optimizer.learningRate = 0.01;
    expect(t.applySpec(JSON.stringify(spec))).toBe(core.SpecChange.Live);
    expect(JSON.parse(t.specJson()).optimizer.kind).toBe('adam');
    expect(Array.from(t.params())).toEqual(before);
    expect(t.trainEpochs(5)).toBe(core.Status.Ok);
    t.delete();
  });

  test('saveModel → loadModel in a fresh trainer gives the same predictions', () => {
    const spec = JSON.stringify({ seed: 4, data: { generator: 'blobs', classes: 3 }, model: { hidden: [6], dropout: 0.1, batchNorm: true } });
    const a = new core.Trainer(spec);
    a.trainEpochs(10);
    const file = a.saveModel(true);
    const before = Array.from(a.grid(10));
    const b = new core.Trainer(spec);
    expect(Array.from(b.grid(10))).not.toEqual(before);
    b.loadModel(file);
    expect(Array.from(b.grid(10))).toEqual(before);
    expect(b.metrics().epoch).toBe(10);
    expect(() => b.loadModel('{"format": "descent-model"')).toThrow(/model file|JSON/);
    expect(Array.from(b.grid(10))).toEqual(before);  // a bad file changed nothing
    expect(a.dropoutMask(0).length).toBeGreaterThan(0);
    a.delete();
    b.delete();
  });

  test('metrics report early stopping and the best epoch', () => {
    const t = new core.Trainer(JSON.stringify({ seed: 1, data: { generator: 'circle', points: 60, noise: 0.5 },
      model: { hidden: [8, 8] }, optimizer: { kind: 'adam', learningRate: 0.03 }, training: { earlyStopping: { patience: 5 } } }));
    let status = core.Status.Ok;
    for (let i = 0; i < 300 && status === core.Status.Ok; i++) status = t.trainEpochs(1);
    expect(status).toBe(core.Status.EarlyStopped);
    const m = t.metrics();
    expect(m.status).toBe(core.Status.EarlyStopped);
    expect(m.bestEpoch).toBeLessThan(m.epoch);
    expect(m.testLoss).toBeCloseTo(m.bestTestLoss, 6);
    t.delete();
  });

  test('step-by-step: prepareBatch changes nothing, applyBatch updates; an epoch of steps equals trainEpochs(1)', () => {
    const spec = JSON.stringify({ seed: 9, data: { generator: 'circle', points: 60 }, training: { batchSize: 8 } });
    const a = new core.Trainer(spec), b = new core.Trainer(spec);
    a.trainEpochs(1);
    let steps = 0;
    while (b.metrics().epoch < 1) {
      const before = Array.from(b.params());
      const idx = Array.from(b.prepareBatch());
      expect(idx.length).toBeGreaterThan(0);
      expect(idx.every((i) => i >= 0 && i < 30)).toBe(true);
      expect(b.batchPrepared()).toBe(true);
      expect(Array.from(b.params())).toEqual(before);
      expect(b.applyBatch()).toBe(core.Status.Ok);
      expect(Array.from(b.params())).not.toEqual(before);
      steps++;
    }
    expect(steps).toBe(4);  // 30 training points in batches of 8
    expect(Array.from(b.params())).toEqual(Array.from(a.params()));
    a.delete();
    b.delete();
  });
});
