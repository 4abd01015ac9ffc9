// The playground's gradient colours: one absolute, logarithmic scale for every layer.
import { test, expect } from 'vitest';
import { gradientLevel } from '../../web/playground/render/gradient-scale.js';

test('the same gradient gets the same colour level in every layer; smaller gradients are paler', () => {
  expect(gradientLevel(1)).toBe(1);
  expect(gradientLevel(-3)).toBe(-1);
  expect(gradientLevel(0.01)).toBeCloseTo(0.5, 12);   // two of four decades above 10⁻⁴
  expect(gradientLevel(-1e-3)).toBeCloseTo(-0.25, 12);
  expect(gradientLevel(5e-5)).toBe(0);
  expect(gradientLevel(0)).toBe(0);
  expect(gradientLevel(NaN)).toBe(0);
  expect(Math.abs(gradientLevel(0.001))).toBeLessThan(Math.abs(gradientLevel(0.1)));
});
