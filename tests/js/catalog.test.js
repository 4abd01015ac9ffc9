// The module's vocabulary and its decisions, through the real binding: catalog() lists what a
// page may offer with the parser's own ranges, the lab and the playground reject the same
// values with the same message, and applySpec says whether a change kept the run.
import { describe, test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

let core, catalog;
beforeAll(async () => {
  core = await loadTestCore();
  catalog = JSON.parse(core.catalog());
});

/** The core's message for a spec, or '' if it is accepted. */
function specError(spec) {
  try { core.normalizeSpec(JSON.stringify(spec)); } catch (e) { return e.message; }
  return '';
}

describe('catalog()', () => {
  test('offers every generator with its problem type, class count and domain', () => {
    const byName = Object.fromEntries(catalog.generators.map((g) => [g.name, g]));
    expect(byName.circle).toEqual({ name: 'circle', problem: 'classification', classes: null, domain: 6, dims: 2 });
    expect(byName.spiral.classes).toEqual({ min: 2, max: 8, default: 2 });
    expect(byName.blobs.classes.default).toBe(3);
    expect(byName.plane.problem).toBe('regression');
    expect(byName.clusters.dims).toBe(null);
    for (const g of catalog.generators) expect(specError({ data: { generator: g.name } })).toBe('');
  });

  test('every option list is what the parser accepts', () => {
    for (const a of catalog.activations) expect(specError({ model: { activation: a } })).toBe('');
    for (const i of catalog.inits) expect(specError({ model: { init: i } })).toBe('');
    for (const o of catalog.optimizers) expect(specError({ optimizer: { kind: o.name } })).toBe('');
    for (const s of catalog.schedules) expect(specError({ optimizer: { schedule: { kind: s.name } } })).toBe('');
    for (const r of catalog.regularizers) expect(specError({ regularization: { kind: r } })).toBe('');
    expect(specError({ features: catalog.features.map((f) => f.name) })).toBe('');
    expect(catalog.optimizers.find((o) => o.name === 'adam').params).toEqual(['learningRate', 'beta1', 'beta2', 'epsilon']);
    expect(catalog.schedules.find((s) => s.name === 'step').params).toEqual(['stepEpochs', 'gamma']);
  });

  test('numeric fields carry the parser\'s ranges, defaults and the menus\' values', () => {
    const lr = catalog.fields['optimizer.learningRate'];
    expect(lr).toMatchObject({ min: 1e-7, max: 10, default: 0.03, scale: 'log', integer: false });
    expect(lr.choices).toContain(0.03);
    expect(specError({ optimizer: { learningRate: lr.max } })).toBe('');
    expect(specError({ optimizer: { learningRate: lr.max * 1.001 } })).toMatch(/^optimizer.learningRate: must be from 1e-07 to 10/);
    expect(catalog.fields['model.hidden']).toMatchObject({ minLength: 0, maxLength: 16, min: 1, max: 1024, default: [4, 2] });
    expect(catalog.fields['view.speed'].choices).toEqual([1, 2, 5, 10, 20, 50]);
    const defaults = JSON.parse(core.normalizeSpec('{}'));
    expect(defaults.data.noise).toBe(catalog.fields['data.noise'].default);
    expect(defaults.training.batchSize).toBe(catalog.fields['training.batchSize'].default);
  });
});

describe('the lab and the playground share the ranges', () => {
  test.each([
    ['learningRate', 100], ['learningRate', 0], ['momentum', 1], ['rho', -0.1], ['beta1', 0.99999], ['beta2', 1], ['epsilon', 0],
    ['weightDecay', 2],
  ])('%s = %s is rejected by both with the same message', (name, value) => {
    const fromSpec = specError({ optimizer: { [name]: value } });
    expect(fromSpec).toMatch(new RegExp(`^optimizer.${name}: must be from`));
    const lab = new core.Lab(1);
    const i = lab.addRacer('adam', core.defaultOptimizerParams());
    expect(() => lab.setParams(i, { ...core.defaultOptimizerParams(), [name]: value })).toThrow(fromSpec);
    expect(() => lab.addRacer('sgd', { ...core.defaultOptimizerParams(), [name]: value })).toThrow(fromSpec);
    expect(lab.racerCount()).toBe(1);
    lab.delete();
  });
});

describe('applySpec', () => {
  const base = { seed: 2, data: { generator: 'circle', points: 100 }, model: { hidden: [4] } };

  test('an optimizer change keeps the run; a data change starts a new one', () => {
    const t = new core.Trainer(JSON.stringify(base));
    t.trainEpochs(3);
    const weights = Array.from(t.params());
    expect(t.applySpec(JSON.stringify({ ...base, optimizer: { kind: 'adam', learningRate: 0.01 } }))).toBe(core.SpecChange.Live);
    expect(t.metrics().epoch).toBe(3);
    expect(Array.from(t.params())).toEqual(weights);
    expect(t.applySpec(JSON.stringify({ ...base, regularization: { kind: 'l2', rate: 0.1 } }))).toBe(core.SpecChange.Live);
    expect(t.metrics().penalty).toBeGreaterThan(0);
    expect(t.applySpec(JSON.stringify({ ...base, data: { generator: 'xor', points: 100 } }))).toBe(core.SpecChange.Rebuilt);
    expect(t.metrics().epoch).toBe(0);
    expect(JSON.parse(t.specJson()).data.generator).toBe('xor');
    t.delete();
  });

  test('an invalid spec throws and changes nothing', () => {
    const t = new core.Trainer(JSON.stringify(base));
    t.trainEpochs(2);
    const before = t.specJson();
    expect(() => t.applySpec(JSON.stringify({ ...base, model: { hidden: [0] } }))).toThrow('model.hidden[0]: must be from 1 to 1024, got 0');
    expect(() => t.applySpec(JSON.stringify({ ...base, data: { source: 'csv' } }))).toThrow(/csv/);
    expect(t.specJson()).toBe(before);
    expect(t.metrics().epoch).toBe(2);
    t.delete();
  });
});
