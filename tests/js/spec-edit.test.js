// The page's spec edits give specs the core accepts (checked by the real core).
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { editSpec as edit } from '../../web/playground/spec-edit.js';

let core, catalog;
beforeAll(async () => {
  core = await loadTestCore();
  catalog = JSON.parse(core.catalog());
});
const editSpec = (spec, changes) => edit(spec, changes, catalog);
const canonical = (spec) => JSON.parse(core.normalizeSpec(JSON.stringify(spec)));

test('adding and removing layers keeps the per-layer lists the right length', () => {
  const s = canonical({ model: { hidden: [4, 2], activations: ['relu', 'tanh'], dropout: [0.1, 0.2] } });
  const more = canonical(editSpec(s, { 'model.hidden': [4, 2, 2] }));
  expect(more.model.activations).toEqual(['relu', 'tanh', 'tanh']);
  expect(more.model.dropout).toEqual([0.1, 0.2, 0.2]);
  const fewer = canonical(editSpec(more, { 'model.hidden': [4] }));
  expect(fewer.model.activations).toEqual(['relu']);
});

test('the activation select sets every layer', () => {
  const s = canonical({ model: { hidden: [4, 2], activations: ['relu', 'tanh'] } });
  expect(canonical(editSpec(s, { 'model.activation': 'elu' })).model.activations).toEqual(['elu', 'elu']);
});

test('changing the data set drops fields the new one does not take', () => {
  const spiral3 = canonical({ data: { generator: 'spiral', classes: 3 } });
  expect(spiral3.model.output).toBe('auto');
  const circle = canonical(editSpec(spiral3, { 'data.generator': 'circle' }));
  expect(circle.data.generator).toBe('circle');
  const plane = canonical(editSpec(canonical({ model: { loss: 'cross_entropy', output: 'sigmoid' } }), { 'data.generator': 'plane' }));
  expect(plane.model.loss).toBe('auto');
  const drawn = canonical(editSpec(circle, { 'data.source': 'inline', 'data.inline': [[1, 1, 0], [2, 2, 1], [-1, 1, 0], [3, -2, 1]] }));
  expect(drawn.data.source).toBe('inline');
  const back = canonical(editSpec(drawn, { 'data.source': 'generator', 'data.generator': 'xor' }));
  expect(back.data.generator).toBe('xor');
});
