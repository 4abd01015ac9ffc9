// Run records made by the page's core (WebAssembly): the record of a run trained from its spec
// in any chunks is what the native runner's `verify` accepts (within the browser tolerance of
// docs/run-records.md); a run changed on the way cannot be recorded and says why; a record
// opened again goes on from its history; a bad record is refused with the core's message.
// Needs build-native/descent-cli and web/wasm/nn.{mjs,wasm} (npm test builds both first).
import { describe, test, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTestCore } from './load-core.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build-native/descent-cli`;
const dir = mkdtempSync(join(tmpdir(), 'descent-run-'));

let core;
beforeAll(async () => { core = await loadTestCore(); });

const SPEC = JSON.stringify({
  seed: 5, data: { generator: 'spiral', points: 200, noise: 0.1 }, features: ['x1', 'x2', 'sin_x1', 'sin_x2'],
  model: { hidden: [8, 6], activation: 'tanh', dropout: [0.1, 0] }, optimizer: { kind: 'adam', learningRate: 0.01 },
  regularization: { kind: 'l1', rate: 0.001 }, training: { batchSize: 10 },
});

/** Runs `descent-cli verify` on `record`; returns {status, out}. */
function verify(name, record) {
  expect(existsSync(cli), `${cli} missing: run scripts/build-native.sh`).toBe(true);
  const file = join(dir, name);
  writeFileSync(file, record);
  try {
    return { status: 0, out: execFileSync(cli, ['verify', file], { encoding: 'utf8' }) };
  } catch (e) {
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('run records from the page', () => {
  test('a run trained in chunks of epochs and mini-batch steps is recorded epoch by epoch and verifies natively', () => {
    const t = new core.Trainer(SPEC);
    t.trainEpochs(3);
    t.trainEpochs(1);
    // One epoch walked mini-batch by mini-batch, as the step-by-step button does.
    while (t.metrics().epoch < 5) { t.prepareBatch(); t.applyBatch(); }
    t.trainEpochs(7);
    const record = t.runRecord();
    const parts = JSON.parse(core.readRunRecord(record));
    expect(parts.platform).toBe('wasm');
    expect(parts.epochs).toBe(12);
    expect(parts.history.map((h) => h.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(parts.history[11].trainLoss).toBe(t.metrics().trainLoss);
    const { status, out } = verify('chunks.json', record);
    expect(out).toMatch(/^verified: 12 epochs, within the browser tolerance/);
    expect(status).toBe(0);
    t.delete();
  });

  test('an edited record is told apart natively', () => {
    const t = new core.Trainer(SPEC);
    t.trainEpochs(4);
    const r = JSON.parse(t.runRecord());
    r.history[2].testAccuracy = Math.min(1, r.history[2].testAccuracy + 0.1);
    const { status, out } = verify('edited.json', JSON.stringify(r));
    expect(status).toBe(4);
    expect(out).toMatch(/differs at epoch 3: testAccuracy/);
    t.delete();
  });

  test('a run whose settings changed, whose weight was edited or that was loaded from a model file cannot be recorded', () => {
    const live = new core.Trainer(SPEC);
    live.trainEpochs(2);
    const spec = JSON.parse(live.specJson());
    spec.optimizer.learningRate = 0.003;
    expect(live.applySpec(JSON.stringify(spec))).toBe(core.SpecChange.Live);
    expect(() => live.runRecord()).toThrow('this run cannot be saved as a run record: its settings changed during the run (at epoch 2)');
    // A change that builds a new run starts a new record.
    spec.seed = 6;
    expect(live.applySpec(JSON.stringify(spec))).toBe(core.SpecChange.Rebuilt);
    live.trainEpochs(1);
    expect(JSON.parse(core.readRunRecord(live.runRecord())).epochs).toBe(1);

    const edited = new core.Trainer(SPEC);
    edited.trainEpochs(1);
    edited.setWeight(0, 0, 0, 0.5);
    expect(() => edited.runRecord()).toThrow(/a weight was edited by hand/);

    const loaded = new core.Trainer(SPEC);
    loaded.loadModel(edited.saveModel());
    expect(() => loaded.runRecord()).toThrow(/loaded from a model file/);

    const half = new core.Trainer(SPEC);
    half.prepareBatch();
    half.applyBatch();
    expect(() => half.runRecord()).toThrow(/in the middle of an epoch/);
    for (const t of [live, edited, loaded, half]) t.delete();
  });

  test('a record opened again loads its final model and goes on from its history', () => {
    const a = new core.Trainer(SPEC);
    a.trainEpochs(6);
    const first = a.runRecord();
    const b = new core.Trainer(JSON.stringify(JSON.parse(core.readRunRecord(first)).spec));
    b.loadRunRecord(first);
    expect(b.metrics().epoch).toBe(6);
    expect(Array.from(b.params())).toEqual(Array.from(a.params()));
    b.trainEpochs(4);
    a.trainEpochs(4);
    expect(b.metrics().trainLoss).toBe(a.metrics().trainLoss);  // the same training, bit for bit
    const { status, out } = verify('continued.json', b.runRecord());
    expect(out).toMatch(/^verified: 10 epochs/);
    expect(status).toBe(0);
    a.delete();
    b.delete();
  });

  test('a bad record is refused with a message naming what is wrong, and changes nothing', () => {
    const t = new core.Trainer(SPEC);
    t.trainEpochs(2);
    const good = JSON.parse(t.runRecord());
    expect(() => core.readRunRecord('{"format": "descent-run"')).toThrow('run record: not valid JSON');
    expect(() => core.readRunRecord('{"format": "descent-model"}')).toThrow(/not a run record/);
    expect(() => core.readRunRecord(JSON.stringify({ ...good, history: undefined }))).toThrow('run record.history: is missing');
    const skipped = structuredClone(good);
    skipped.history[1].epoch = 7;
    expect(() => core.readRunRecord(JSON.stringify(skipped))).toThrow('run record.history[1].epoch: must be 2, got 7');
    const badStatus = structuredClone(good);
    badStatus.history[0].status = 'great';
    expect(() => core.readRunRecord(JSON.stringify(badStatus))).toThrow(/history\[0\].status: must be ok, diverged or early_stopped/);

    // Another spec's trainer, or a model that does not fit: nothing changes.
    const other = new core.Trainer(JSON.stringify({ ...JSON.parse(SPEC), seed: 9 }));
    other.trainEpochs(1);
    const before = Array.from(other.params());
    expect(() => other.loadRunRecord(JSON.stringify(good))).toThrow('run record.spec: is not the spec this trainer was built from');
    const broken = structuredClone(good);
    broken.model.params = broken.model.params.slice(1);
    const same = new core.Trainer(JSON.stringify(good.spec));
    expect(() => same.loadRunRecord(JSON.stringify(broken))).toThrow(/model file/);
    expect(same.metrics().epoch).toBe(0);
    expect(Array.from(other.params())).toEqual(before);
    for (const x of [t, other, same]) x.delete();
  });
});
