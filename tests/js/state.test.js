// URL hash ⇄ state: what the page writes, it reads back; bad parts are reported, not guessed.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { fromHash as readHash, toHash, defaultView as viewDefaults } from '../../web/playground/state.js';

let core, catalog;  // the core's catalog: the view's defaults and limits come from it
beforeAll(async () => {
  core = await loadTestCore();
  catalog = JSON.parse(core.catalog());
});
const fromHash = (hash) => readHash(hash, catalog);
const defaultView = () => viewDefaults(catalog);

test('a spec with lists, nested objects and drawn points survives the hash', () => {
  const spec = {
    version: 1, seed: 42,
    data: { source: 'inline', trainRatio: 0.5, inline: [[1.5, -2, 0], [0.25, 3, 1], [-1, -1, 1], [2, 2, 0]] },
    features: ['x1', 'x2', 'x1^2'],
    model: { hidden: [4, 2], activations: ['relu', 'tanh'], dropout: [0.1, 0], batchNorm: true },
    optimizer: { kind: 'adam', learningRate: 0.003, beta1: 0.8, schedule: { kind: 'cosine' } },
  };
  const view = { ...defaultView(), palette: 'colourblind', showGradients: true };
  const back = fromHash(`#${toHash({ spec, view, hide: ['data', 'files'] })}`);
  expect(back.errors).toEqual([]);
  expect(back.spec.data).toEqual(spec.data);  // no generator defaults left over for inline data
  expect(back.spec.features).toEqual(spec.features);
  expect(back.spec.model).toMatchObject(spec.model);
  expect(back.spec.optimizer).toMatchObject(spec.optimizer);
  expect(back.view).toEqual(view);
  expect(back.hide).toEqual(['data', 'files']);
});

test('bad parts of a link are named', () => {
  const r = fromHash('#view.palette=rainbow&data.inline=[[1,2&view.speed=0&nonsense');
  expect(r.errors.join('; ')).toMatch(/view.palette: must be standard or colourblind, got rainbow/);
  expect(r.errors.join('; ')).toMatch(/data.inline: not a list of lists/);
  expect(r.errors.join('; ')).toMatch(/view.speed: must be an integer from 1 to 100/);
  expect(r.errors.join('; ')).toMatch(/'nonsense' has no value/);
  expect(r.view.palette).toBe('standard');
});

test('a badly encoded part is reported and the rest of the link still applies', () => {
  const { spec, errors } = fromHash('#%E0%A4%A=1&data.noise=0.1&model.hidden=%ZZ');
  expect(errors).toContain("'%E0%A4%A=1': bad encoding");
  expect(errors).toContain('model.hidden: bad encoding');
  expect(spec.data.noise).toBe(0.1);
  // The bad part is dropped, so the core's default applies.
  expect(JSON.parse(core.normalizeSpec(JSON.stringify(spec))).model.hidden).toEqual([4, 2]);
});
