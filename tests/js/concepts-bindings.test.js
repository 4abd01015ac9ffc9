// The concepts page's bindings: the numbers arrive as views of the core's own caches, in the
// documented layout, and bad input becomes a JS Error with the core's message.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

let core;
beforeAll(async () => { core = await loadTestCore(); });

const sigma = (z) => 1 / (1 + Math.exp(-z));

describe('Walkthrough', () => {
  it('exposes z, a, δ and ∂L/∂w of the default 2 → 2 → 1 network in the flat layout', () => {
    const w = new core.Walkthrough(2, 2, 1, 'sigmoid');
    try {
      expect(Array.from(w.z(1))).toEqual([expect.closeTo(0.75, 6), expect.closeTo(-0.2, 6)]);
      const a0 = sigma(0.75), a1 = sigma(-0.2);
      const p = sigma(-0.6 * a0 + 0.2 * a1 + 0.1);
      expect(w.a(2)[0]).toBeCloseTo(p, 6);
      expect(w.delta(2)[0]).toBeCloseTo(p - 1, 6);
      // W² starts at weightOffset(1); ∂L/∂W²₀ = δ²·a¹₀
      expect(w.grads()[w.weightOffset(1)]).toBeCloseTo((p - 1) * a0, 6);
      expect(w.biasOffset(1)).toBe(8);
      expect(w.steps().map((s) => s.op)).toEqual(['forward', 'forward', 'forward', 'loss', 'backward', 'gradients', 'backward', 'backward', 'gradients', 'update']);
      for (let i = 0; i < 10; ++i) w.step();
      expect(w.cursor()).toBe(9);
      const after = w.lossAfterUpdate();
      w.step();
      expect(w.loss()).toBeCloseTo(after, 9);
    } finally {
      w.delete();
    }
  });

  it('names a bad shape or example', () => {
    expect(() => new core.Walkthrough(4, 2, 1, 'relu')).toThrow('inputs must be from 1 to 3');
    expect(() => new core.Walkthrough(2, 2, 1, 'swish')).toThrow("unknown activation 'swish'");
    const w = new core.Walkthrough(2, 2, 1, 'relu');
    expect(() => w.setExample([1, 99], 0)).toThrow('each input must be from');
    w.delete();
  });
});

describe('softmaxBreakdown and ActivationCurves', () => {
  it('returns the stable form and names a bad temperature', () => {
    const s = core.softmaxBreakdown([2, 1, 0.1], 0, 1);
    expect(s.exps[0]).toBe(1);
    expect(s.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(() => core.softmaxBreakdown([1, 2, 3], 0, 0)).toThrow('temperature');
  });

  it('evaluates every activation of the catalog on one grid', () => {
    const c = new core.ActivationCurves();
    const r = c.compute(-1, 1, 3);
    expect(Array.from(r.x)).toEqual([-1, 0, 1]);
    const names = core.conceptsCatalog().activations;
    expect(r.values.length).toBe(3 * names.length);
    const relu = names.indexOf('relu');
    expect(Array.from(r.values.subarray(3 * relu, 3 * relu + 3))).toEqual([0, 0, 1]);
    expect(() => c.compute(1, 1, 3)).toThrow('x range');
    c.delete();
  });
});
