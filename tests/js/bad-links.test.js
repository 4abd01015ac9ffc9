// Links and files the pages refuse before touching anything: keys that are not plain setting
// names (prototype keys), parts applied one by one with exactly the bad ones left out, the
// playground's limits, and the bounded loss history.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { useCatalog } from '../../web/lab/racers.js';
import { badKey, hashPairs } from '../../web/shared/hash-state.js';
import { applyLink } from '../../web/shared/link-apply.js';
import { pageProblem as problemWith, pageLimits } from '../../web/playground/limits.js';
import { thinHistory, MAX_HISTORY } from '../../web/playground/session.js';
import { fromHash } from '../../web/lab/url-state.js';

// The lab's fields, racers and ranges are the core's.
let catalog;
beforeAll(async () => { catalog = JSON.parse((await loadTestCore()).catalog()); useCatalog(catalog); });
// The playground's limits are the catalog's: its buttons' and sliders' spans.
const pageProblem = (spec) => problemWith(spec, catalog);

test('prototype keys and odd names are refused before any object is indexed', () => {
  for (const key of ['__proto__', 'data.__proto__.x', '__proto__.toString', 'constructor', 'constructor.name',
    'data.constructor', 'toString', 'x.hasOwnProperty', 'a b', 'data..noise', '.x', 'x.', 'a'.repeat(101)])
    expect(badKey(key), key).not.toBeNull();
  for (const key of ['data.noise', 'model.hidden', 'momentum.lr', 'view.speed', 'seed', 'a'])
    expect(badKey(key), key).toBeNull();
  const errors = [];
  const pairs = hashPairs('#__proto__.polluted=1&data.noise=0.1&constructor.prototype.x=2', errors);
  expect(pairs).toEqual([['data.noise', '0.1']]);
  expect(errors).toHaveLength(2);
  expect(({}).polluted).toBeUndefined();
});

test('the lab reads only its own racers and fields', () => {
  const { state, errors } = fromHash('#focus=constructor&focus=toString&b=3&seed=1e300&a=1e308&t=99999999');
  expect(state.focus).toBe('momentum');
  expect(state.b).toBe(3);
  expect(state.seed).toBe(1);
  expect(state.a).toBe(1);
  expect(errors.join('\n')).toMatch(/focus: unknown racer 'constructor'/);
  expect(errors.join('\n')).toMatch(/seed: must be an integer from 0 to 9007199254740991, got 1e\+300/);
  expect(errors.join('\n')).toMatch(/a: must be from 0.001 to 1000, got 1e\+308/);
  expect(errors.join('\n')).toMatch(/^t: must be/m);
});

test('a link is applied part by part: the parts a message names are left out, the rest applied', () => {
  const tried = [];
  const bad = new Set(['data.noise', 'model.hidden']);
  const result = applyLink([['data.noise', '3'], ['data.points', '200'], ['model.hidden', '[0]'], ['seed', '4']], (kept) => {
    tried.push(kept.map(([k]) => k));
    const b = kept.find(([k]) => bad.has(k));
    if (b) throw new Error(b[0] === 'model.hidden' ? 'model.hidden[0]: must be from 1 to 1024, got 0' : `${b[0]}: must be from 0 to 0.5, got 3`);
  });
  expect(result.applied).toEqual(['data.points', 'seed']);
  expect(result.rejected).toEqual(['data.noise: must be from 0 to 0.5, got 3', 'model.hidden[0]: must be from 1 to 1024, got 0']);
  // A message naming no key of the link: the part without which the rest works is left out.
  const none = applyLink([['x', '1'], ['y', '2']], (kept) => { if (kept.some(([k]) => k === 'y')) throw new Error('something odd'); });
  expect(none).toEqual({ applied: ['x'], rejected: ['y: something odd'] });
  // A cross-field rule naming a field the link did not set.
  const group = applyLink([['data.dims', '3'], ['seed', '2']], (kept) => {
    if (kept.some(([k]) => k === 'data.dims')) throw new Error('features: only 2-D data has input features');
  });
  expect(group).toEqual({ applied: ['seed'], rejected: ['data.dims: features: only 2-D data has input features'] });
});

test('the playground refuses what it cannot show, naming the part and its limit', () => {
  expect(pageProblem({})).toBeNull();
  expect(pageProblem({ model: { hidden: [32, 32, 32, 32, 32, 32, 32, 32] } })).toBeNull();
  expect(pageProblem({ model: { hidden: [1024, 1024] } })).toBe('model.hidden[0]: this page shows at most 32 neurons per layer, got 1024');
  expect(pageProblem({ model: { hidden: Array(9).fill(2) } })).toMatch(/^model.hidden: this page shows at most 8 hidden layers/);
  expect(pageProblem({ data: { generator: 'clusters', dims: 3 } })).toMatch(/^data.dims: this page shows 2-D data only/);
  expect(pageProblem({ data: { source: 'inline', inline: [[0, 0, 0, 1]] } })).toMatch(/^data.inline: this page shows 2-D data only/);
  expect(pageProblem({ data: { source: 'inline', inline: [[0, 0, 0], [1, 1, 99]] } })).toMatch(/^data.inline\[1\]: this page shows at most 8 classes/);
  expect(pageProblem({ data: { generator: 'clusters', classes: 100 } })).toMatch(/^data.classes: this page shows at most 8 classes/);
  expect(pageProblem({ data: { source: 'csv' } })).toMatch(/^data.source: 'csv'/);
  expect(pageLimits(catalog).neurons).toBe(32);
});

test('the loss history stays bounded and keeps its newest half and its first epoch', () => {
  let h = Array.from({ length: MAX_HISTORY + 1 }, (_, i) => ({ epoch: i, trainLoss: 1 / (i + 1), testLoss: NaN }));
  h = thinHistory(h);
  expect(h.length).toBeLessThan(MAX_HISTORY * 0.8);
  expect(h[0].epoch).toBe(0);
  expect(h[h.length - 1].epoch).toBe(MAX_HISTORY);
  const newest = h.slice(-Math.floor(MAX_HISTORY / 2));
  newest.forEach((p, i) => i && expect(p.epoch).toBe(newest[i - 1].epoch + 1));
  for (let i = 1; i < h.length; i++) expect(h[i].epoch).toBeGreaterThan(h[i - 1].epoch);
});
