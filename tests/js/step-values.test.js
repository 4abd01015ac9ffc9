// The bindings of the playground's step-by-step mode: forward and backward pass as two calls,
// every neuron's z, a, δ as a view, and the optimizer's state of one weight.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

let core;
beforeAll(async () => { core = await loadTestCore(); });

const make = () => new core.Trainer(JSON.stringify({ seed: 3, data: { generator: 'xor', points: 100 },
  model: { hidden: [5, 3] }, optimizer: { kind: 'adam' }, training: { batchSize: 10 } }));

test('forwardBatch fills z and a, backwardBatch δ; nothing changes the weights before applyBatch', () => {
  const t = make();
  const params = Array.from(t.params());
  expect(t.batchPhase()).toBe(0);
  expect(() => t.neuronValues(0, 0)).toThrow(/no mini-batch is prepared/);
  expect(Array.from(t.forwardBatch())).toHaveLength(10);
  expect(t.batchPhase()).toBe(1);
  expect(t.batchLoss()).toBeGreaterThan(0);
  const v = Array.from(t.neuronValues(0, 0));
  expect(v).toHaveLength(5 * 6);
  expect(v.slice(0, 10).every(Number.isFinite)).toBe(true);   // mean z, mean a
  expect(v.slice(10, 15).every(Number.isNaN)).toBe(true);     // mean δ: not yet
  for (let i = 0; i < 5; i++) expect(v[20 + i]).toBeCloseTo(Math.tanh(v[15 + i]), 5);  // a = tanh(z)
  t.backwardBatch();
  expect(t.batchPhase()).toBe(2);
  const out = Array.from(t.neuronValues(2, 3));  // the output neuron, fourth point
  expect(out).toHaveLength(6);
  expect(out.every(Number.isFinite)).toBe(true);
  expect([0, 1].some((y) => Math.abs(out[5] - (out[4] - y)) < 1e-5)).toBe(true);  // δ = a − y
  expect(Array.from(t.params())).toEqual(params);
  expect(() => t.neuronValues(3, 0)).toThrow(/no layer 3/);
  expect(() => t.neuronValues(0, 10)).toThrow(/not in the mini-batch of 10/);
  t.delete();
});

test('weightState gives Adam’s m, s, m̂, ŝ of one weight; at t = 1, m̂ is its gradient', () => {
  const t = make();
  expect(t.weightState(1, 0, 0)).toEqual({ t: 0, state: {} });
  t.forwardBatch();
  t.backwardBatch();
  const g = t.weightGrads(1)[2 + 4 * 3];  // W(2, 4) of the 5 → 3 block
  t.applyBatch();
  const s = t.weightState(1, 2, 4);
  expect(s.t).toBe(1);
  expect(Object.keys(s.state)).toEqual(['m', 's', 'm̂', 'ŝ']);
  expect(s.state['m̂']).toBeCloseTo(g, 6);
  expect(s.state['ŝ']).toBeCloseTo(g * g, 6);
  expect(() => t.weightState(1, 3, 0)).toThrow(/has no weight/);
  t.delete();
});

test('batchNormValues gives, per neuron of a hidden layer with batch norm, the example’s W·a, μ, σ², x̂, γ, β; z = γ·x̂ + β', () => {
  const t = new core.Trainer(JSON.stringify({ seed: 3, data: { generator: 'xor', points: 100 },
    model: { hidden: [5, 3], batchNorm: true }, optimizer: { kind: 'adam' }, training: { batchSize: 10 } }));
  t.forwardBatch();
  const bn = Array.from(t.batchNormValues(1, 4)), v = Array.from(t.neuronValues(1, 4));
  expect(bn).toHaveLength(3 * 6);
  for (let i = 0; i < 3; i++) {
    const [before, mu, variance, xhat, gamma, beta] = [0, 1, 2, 3, 4, 5].map((c) => bn[c * 3 + i]);
    expect(xhat).toBeCloseTo((before - mu) / Math.sqrt(variance + 1e-5), 4);
    expect(v[3 * 3 + i]).toBeCloseTo(gamma * xhat + beta, 5);  // the z the activation gets
  }
  expect(Array.from(t.batchNormValues(1, 5))[0]).not.toBe(bn[0]);  // another example, another W·a
  expect(() => t.batchNormValues(2, 0)).toThrow(/no hidden layer 2/);
  t.delete();
  const plain = make();
  plain.forwardBatch();
  expect(() => plain.batchNormValues(0, 0)).toThrow(/has no batch norm/);
  plain.delete();
});
