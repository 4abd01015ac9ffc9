// The JS contract of the house-price page's bindings: Table (column summaries, cells as
// text) and TabularTrainer (preparation, validation metrics, test confusion, most-wrong
// rows), with the core's messages as JS Errors.
import { test, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTestCore } from './load-core.js';

let nn;
beforeAll(async () => { nn = await loadTestCore(); });

const houses = 'size,town,price\n' + Array.from({ length: 40 }, (_, i) =>
  `${10 + i},${['A', 'B', 'C'][i % 3]},${i % 7 === 0 ? '' : 100 + 10 * i}`).join('\n');

test('a Table summarizes every column and gives cells back as text', () => {
  const t = new nn.Table('name;"a ""quoted"" <b>"\n"x, y";1\n;2\n');
  const s = JSON.parse(t.summaryJson());
  expect(s.separator).toBe(';');
  expect(s.columns.map((c) => c.name)).toEqual(['name', 'a "quoted" <b>']);
  expect(s.columns[0]).toMatchObject({ type: 'categorical', distinct: 1, missing: 1, top: [['x, y', 1]] });
  expect(s.columns[1]).toMatchObject({ type: 'numeric', min: 1, max: 2, mean: 1.5 });
  expect(t.cell(0, 0)).toBe('x, y');
  expect(t.cell(1, 0)).toBe('');
  expect(t.line(1)).toBe(3);
  t.delete();
  expect(() => new nn.Table('a,b\n1\n')).toThrow('CSV line 2, column 2: expected 2 fields, got 1');
});

test('a TabularTrainer prepares on training rows, watches the validation set and ranks its mistakes', () => {
  const spec = { seed: 3, data: { source: 'csv', trainRatio: 0.6, validationRatio: 0.2, table: { target: 'price' } },
    model: { hidden: [4] }, optimizer: { kind: 'adam', learningRate: 0.01 }, training: { batchSize: 8 } };
  const tr = new nn.TabularTrainer(JSON.stringify(spec), houses);
  const prep = JSON.parse(tr.preparationJson());
  expect(prep.inputs).toBe(4);  // size + town=A, B, C
  expect(prep.classes).toEqual(['low', 'high']);
  expect(prep.droppedRows).toBe(6);
  expect(prep.train + prep.validation + prep.test).toBe(34);
  tr.trainEpochs(5);
  const m = tr.metrics();
  expect(tr.monitoredSet()).toBe('validation');
  expect(Number.isFinite(m.validationLoss)).toBe(true);
  const counts = Array.from(tr.testConfusion());
  expect(counts.reduce((a, b) => a + b, 0)).toBe(prep.test);
  const wrong = Array.from(tr.mostWrong(3));
  const p = Array.from(tr.probabilities());
  expect(wrong).toHaveLength(9);
  expect(p[0]).toBeLessThanOrEqual(p[1]);
  tr.stopAtBest();
  expect(tr.metrics().status).toBe(nn.Status.EarlyStopped);
  tr.delete();
  expect(() => new nn.TabularTrainer(JSON.stringify({ ...spec, data: { ...spec.data, table: { target: 'town' } } }), houses))
    .toThrow("data.table.target: column 'town' holds text");
});

test('the Ames preset parses and prepares', () => {
  const preset = readFileSync(new URL('../../examples/house-prices.json', import.meta.url), 'utf8');
  const tr = new nn.TabularTrainer(preset, readFileSync(new URL('../../examples/data/ames.csv', import.meta.url), 'utf8'));
  const prep = JSON.parse(tr.preparationJson());
  expect([prep.train, prep.validation, prep.test]).toEqual([2344, 293, 293]);
  expect(prep.features).toHaveLength(73);
  tr.delete();
});
