import { describe, test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

let core;
beforeAll(async () => { core = await loadTestCore(); });

const spec = (over = {}) => JSON.stringify({ seed: 3, data: { generator: 'xor', points: 400 },
  model: { hidden: [8, 4], activation: 'tanh' }, optimizer: { kind: 'sgd', learningRate: 0.1 }, ...over });

describe('Trainer binding', () => {
  test('training reduces the loss on XOR', () => {
    const t = new core.Trainer(spec());
    const before = t.metrics();
    expect(before.epoch).toBe(0);
    expect(t.trainEpochs(100)).toBe(core.Status.Ok);
    const after = t.metrics();
    expect(after.epoch).toBe(100);
    expect(after.trainLoss).toBeLessThan(0.3 * before.trainLoss);
    expect(after.testAccuracy).toBeGreaterThan(0.9);
    t.delete();
  });

  test('trainSteps trains mini-batches without re-evaluating the metrics', () => {
    const a = new core.Trainer(spec()), b = new core.Trainer(spec());
    const before = b.metrics();
    expect(b.trainSteps(20)).toBe(core.Status.Ok);  // 200 training points, batch 10: exactly one epoch
    expect(b.metrics().epoch).toBe(1);
    expect(b.metrics().trainLoss).toBe(before.trainLoss);
    a.trainEpochs(1);
    expect(Array.from(b.params())).toEqual(Array.from(a.params()));
    expect(() => b.trainSteps(-1)).toThrow(/steps must be from 0/);
    a.delete();
    b.delete();
  });

  test('invalid specs raise an Error with a readable message', () => {
    expect(() => new core.Trainer(spec({ model: { hidden: [4, 0] } })))
      .toThrow('model.hidden[1]: must be from 1 to 1024, got 0');
    expect(() => new core.Trainer(spec({ optimizer: { learningRate: -0.5 } })))
      .toThrow(/optimizer.learningRate: must be from 1e-07 to 10, got -0.5/);
    expect(() => new core.Trainer('{"seed": ')).toThrow(/spec is not valid JSON/);
    expect(() => new core.Trainer(spec({ colour: 'blue' }))).toThrow('colour: unknown field');
    // The module is still usable after an error: nothing aborted.
    const t = new core.Trainer(spec());
    expect(t.trainEpochs(1)).toBe(core.Status.Ok);
    expect(() => t.trainEpochs(-1)).toThrow(/epochs must be from 0/);
    expect(() => t.grid(0)).toThrow(/grid size must be from 2 to 1024/);
    expect(() => t.hiddenGrid(7)).toThrow(/no hidden layer 7/);
    expect(() => t.applySpec(spec({ optimizer: { learningRate: 99 } }))).toThrow(/learningRate/);
    t.delete();
  });

  test('the boundary grid is a zero-copy view of outputs × n² probabilities', () => {
    const t = new core.Trainer(spec());
    t.trainEpochs(50);
    const g = t.grid(40);
    expect(g).toBeInstanceOf(Float32Array);
    expect(g.length).toBe(40 * 40);
    expect(g.buffer).toBe(core.HEAPF32.buffer);  // a view into the heap, not a copy
    // XOR: top-left (x1 < 0, x2 > 0) is class 0, top-right is class 1.
    expect(g[0]).toBeLessThan(0.2);
    expect(g[39]).toBeGreaterThan(0.8);
    const hidden = t.hiddenGrid(0);
    expect(hidden.length).toBe(8 * 40 * 40);
    t.delete();
  });

  test('points and labels come from the core and match the split', () => {
    const t = new core.Trainer(spec({ data: { generator: 'circle', points: 200, trainRatio: 0.7 } }));
    expect(t.trainPoints().length).toBe(2 * 140);
    expect(t.testPoints().length).toBe(2 * 60);
    const labels = t.trainTargets();
    expect(labels).toBeInstanceOf(Int32Array);
    expect(new Set(labels)).toEqual(new Set([0, 1]));
    t.delete();
  });

  test('a diverging learning rate stops with a status, keeping finite numbers', () => {
    const t = new core.Trainer(JSON.stringify({ data: { generator: 'plane' }, model: { hidden: [8, 8], activation: 'relu' },
      optimizer: { learningRate: 10 } }));
    let status = core.Status.Ok;
    for (let i = 0; i < 50 && status === core.Status.Ok; i++) status = t.trainEpochs(1);
    expect(status).toBe(core.Status.Diverged);
    const m = t.metrics();
    expect(m.status).toBe(core.Status.Diverged);
    expect(Number.isFinite(m.trainLoss)).toBe(true);
    expect(t.params().every(Number.isFinite)).toBe(true);
    t.delete();
  });

  test('normalizeSpec fills defaults and rejects unknown fields', () => {
    const s = JSON.parse(core.normalizeSpec('{}'));
    expect(s.model.hidden).toEqual([4, 2]);
    expect(s.optimizer.learningRate).toBe(0.03);
    expect(() => core.normalizeSpec('{"data": {"noize": 0.1}}')).toThrow('data.noize: unknown field');
  });
});
