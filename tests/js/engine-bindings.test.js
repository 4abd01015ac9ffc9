// The JS contract of the training engine's bindings: CSV data, early-stop status, dropout
// masks, model save/load (exact, and invalid files rejected without changes), errors as
// JS Errors with the core's message.
import { test, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';

let nn;
beforeAll(async () => {
  const url = new URL('../../web/wasm/', import.meta.url);
  const { default: createNNModule } = await import(new URL('nn.mjs', url).href);
  nn = await createNNModule({ wasmBinary: readFileSync(new URL('nn.wasm', url)) });
});

test('CSV text goes in through the two-argument constructor; such data has no grid', () => {
  const rows = ['a,b,c,label'];
  for (let i = 0; i < 40; i++) rows.push(`${i % 7},${(i * 3) % 5},${i % 2},${i % 3}`);
  const t = new nn.Trainer(JSON.stringify({ data: { source: 'csv' }, model: { hidden: [4] } }), rows.join('\n'));
  expect(t.dims()).toBe(3);
  expect(t.numClasses()).toBe(3);
  expect(t.outputs()).toBe(3);
  expect(t.trainPoints().length).toBe(3 * 20);
  expect(() => t.grid(10)).toThrow('the decision-boundary grid needs 2-D data; this data has 3 dimensions');
  t.delete();
  expect(() => new nn.Trainer('{"data": {"source": "csv"}}', '1,2,0\n1,x,1\n')).toThrow("CSV line 2, column 2: not a decimal number: 'x'");
  expect(() => new nn.Trainer('{"data": {"source": "csv"}}')).toThrow("data.source: 'csv' needs the CSV text");
});

test('metrics report early stopping and the best epoch', () => {
  const t = new nn.Trainer(JSON.stringify({
    seed: 4, data: { generator: 'xor', points: 80, noise: 0.4 }, model: { hidden: [32, 32], activation: 'relu' },
    optimizer: { kind: 'adam', learningRate: 0.01 }, training: { earlyStopping: { patience: 5 } },
  }));
  let status = nn.Status.Ok;
  for (let i = 0; i < 200 && status === nn.Status.Ok; i++) status = t.trainEpochs(1);
  expect(status).toBe(nn.Status.EarlyStopped);
  const m = t.metrics();
  expect(m.status).toBe(nn.Status.EarlyStopped);
  expect(m.status).not.toBe(nn.Status.Diverged);
  expect(m.epoch).toBe(m.bestEpoch + 5);
  expect(m.testLoss).toBe(m.bestTestLoss);
  expect(m.learningRate).toBeCloseTo(0.01, 12);
  t.delete();
});

test('dropoutMask is a view of 0/1 values, neurons × last batch', () => {
  const t = new nn.Trainer(JSON.stringify({ data: { points: 100 }, model: { hidden: [6, 3], dropout: [0.5, 0] }, training: { batchSize: 10 } }));
  expect(t.dropoutMask(0).length).toBe(0);
  t.trainEpochs(1);
  const mask = t.dropoutMask(0);
  expect(mask.length).toBe(6 * 10);
  expect(mask.every((v) => v === 0 || v === 1)).toBe(true);
  expect(t.dropoutMask(1).length).toBe(0);
  expect(() => t.dropoutMask(2)).toThrow('no hidden layer 2');
  t.delete();
});

test('saveModel/loadModel round-trip exactly; bad files throw and change nothing', () => {
  const spec = JSON.stringify({ data: { generator: 'moons' }, model: { hidden: [5, 4], batchNorm: true }, optimizer: { kind: 'adam' } });
  const a = new nn.Trainer(spec);
  a.trainEpochs(3);
  const saved = a.saveModel();
  expect(JSON.parse(saved).format).toBe('descent-model');
  expect(JSON.parse(a.saveModel(false)).optimizer).toBeUndefined();
  const b = new nn.Trainer(spec);
  const before = Array.from(b.params());
  expect(() => b.loadModel(saved.slice(0, 100))).toThrow('model file is not valid JSON');
  const wrong = JSON.parse(saved);
  wrong.params.pop();
  expect(() => b.loadModel(JSON.stringify(wrong))).toThrow('model file.params: must have');
  expect(Array.from(b.params())).toEqual(before);
  b.loadModel(saved);
  expect(Array.from(b.params())).toEqual(Array.from(a.params()));
  expect(Array.from(b.batchNormState())).toEqual(Array.from(a.batchNormState()));
  expect(b.metrics().epoch).toBe(3);
  expect(b.saveModel()).toBe(saved);
  a.delete();
  b.delete();
});

test('a trainer from an empty spec trains, gives grids and names a bad layer size', () => {
  const t = new nn.Trainer('{}');
  expect(t.trainEpochs(2)).toBe(nn.Status.Ok);
  expect(t.grid(8).length).toBe(64);
  expect(t.hiddenGrid(0).length).toBe(4 * 64);
  expect(JSON.parse(t.specJson()).model.activations).toEqual(['tanh', 'tanh']);
  expect(() => new nn.Trainer('{"model": {"hidden": [4, 0]}}')).toThrow('model.hidden[1]: must be from 1 to 1024, got 0');
  t.delete();
});
