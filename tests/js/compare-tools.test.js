// The comparison tools' pure parts: the chart's tick choice, the pins' settings diff, colours
// and limit, and the curve points a pin keeps.
import { test, expect } from 'vitest';
import { linearTicks, logTicks, tickLabel } from '../../web/playground/render/loss-chart.js';
import { Pins, MAX_PINS, specDiff, curvePoints } from '../../web/playground/pins.js';

test('linear ticks are round numbers covering the range', () => {
  expect(linearTicks(0, 1, 4)).toEqual([0, 0.5, 1]);  // 0.25 apart would not be round: 0.5
  expect(linearTicks(0, 0.7, 4)).toEqual([0, 0.2, 0.4, 0.6]);
  expect(linearTicks(0, 300, 4)).toEqual([0, 100, 200, 300]);
  expect(linearTicks(1, 1)).toEqual([1]);
});

test('log ticks are decades, with 2 and 5 when the span is short', () => {
  expect(logTicks(0.001, 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  expect(logTicks(0.05, 0.9)).toEqual([0.05, 0.1, 0.2, 0.5]);
});

test('tick labels carry no float noise', () => {
  expect(tickLabel(0.1 + 0.2)).toBe('0.3');
  expect(tickLabel(0.0001)).toBe('1e-4');
  expect(tickLabel(0)).toBe('0');
  expect(tickLabel(200)).toBe('200');
});

test('a pin’s settings are the differences from the current spec, both ways', () => {
  const a = { optimizer: { kind: 'sgd', learningRate: 0.1 }, model: { hidden: [4, 2] } };
  const b = { optimizer: { kind: 'sgd', learningRate: 0.03 }, model: { hidden: [4, 2, 2] }, seed: 3 };
  expect(specDiff(a, b)).toEqual([
    { path: 'optimizer.learningRate', pinned: '0.1', current: '0.03' },
    { path: 'model.hidden', pinned: '[4,2]', current: '[4,2,2]' },
    { path: 'seed', pinned: '–', current: '3' },
  ]);
  expect(specDiff(a, structuredClone(a))).toEqual([]);
});

test('at most six pins, each in its own colour; a removed pin’s colour is free again', () => {
  const pins = new Pins();
  const run = { spec: {}, history: [{ epoch: 0, trainLoss: 1, testLoss: 1 }], metrics: { epoch: 0, trainLoss: 1, testLoss: 1, zeroWeights: 0 } };
  for (let i = 0; i < MAX_PINS; i++) expect(pins.add(run)).not.toBeNull();
  expect(pins.add(run)).toBeNull();
  expect(new Set(pins.list.map((p) => p.colour)).size).toBe(MAX_PINS);
  const freed = pins.list[2].colour;
  pins.remove(pins.list[2].id);
  expect(pins.add(run).colour).toBe(freed);
  expect(pins.list.at(-1).id).toBe(7);  // names stay: run 7, not a second run 3
});

test('a long history is kept as at most a few thousand points, first and last included', () => {
  const history = Array.from({ length: 20001 }, (_, i) => ({ epoch: i, trainLoss: 1 / (i + 1), testLoss: null }));
  const pts = curvePoints(history, 4000);
  expect(pts.length).toBeLessThanOrEqual(4001);
  expect(pts[0].epoch).toBe(0);
  expect(pts.at(-1).epoch).toBe(20000);
  expect(Number.isNaN(pts[5].testLoss)).toBe(true);  // a missing number is a gap, not a 0
});
