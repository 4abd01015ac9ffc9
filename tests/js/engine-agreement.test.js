// Native and WebAssembly builds run the same math: the same spec, trained 100 mini-batch steps
// by the native command-line runner and by the WASM module in Node, reports the same losses
// to within 1e-4 relative. Needs build-native/descent-cli and web/wasm/nn.{mjs,wasm}
// (npm test builds both first).
import { test, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build-native/descent-cli`;
const wasmBinary = `${root}web/wasm/nn.wasm`;

// 250 training points in batches of 10: 25 steps per epoch, 4 epochs = 100 steps.
const specs = {
  'spiral, Adam, tanh': {
    seed: 7, data: { generator: 'spiral', points: 500, noise: 0.2 },
    features: ['x1', 'x2', 'sin_x1', 'sin_x2'], model: { hidden: [8, 6], activation: 'tanh' },
    optimizer: { kind: 'adam', learningRate: 0.01 }, training: { batchSize: 10 },
  },
  'circle, momentum, batch norm, dropout, L2': {
    seed: 3, data: { generator: 'circle', points: 500, noise: 0.1 },
    model: { hidden: [8, 8], activation: 'relu', batchNorm: true, dropout: [0.2, 0.1] },
    optimizer: { kind: 'momentum', learningRate: 0.02, schedule: { kind: 'cosine', periodEpochs: 4 } },
    regularization: { kind: 'l2', rate: 0.001 }, training: { batchSize: 10, clipNorm: 2 },
  },
  'blobs, softmax, RMSProp, L1, elu': {
    seed: 11, data: { generator: 'blobs', classes: 4, points: 500, noise: 0.2 },
    model: { hidden: [6], activation: 'elu' }, optimizer: { kind: 'rmsprop', learningRate: 0.01 },
    regularization: { kind: 'l1', rate: 0.001 }, training: { batchSize: 10 },
  },
};

function nativeRun(spec) {
  const file = `${root}build-native/agreement-spec.json`;
  writeFileSync(file, JSON.stringify(spec));
  const out = execFileSync(cli, ['run', file, '--epochs', '4'], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => JSON.parse(line)).filter((m) => !m.summary);
}

function relative(a, b) {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
}

test('native and WebAssembly builds agree to 1e-4 relative over 100 steps', async () => {
  expect(existsSync(cli), `${cli} missing: run scripts/build-native.sh`).toBe(true);
  expect(existsSync(wasmBinary), `${wasmBinary} missing: run scripts/build-wasm.sh`).toBe(true);
  const { default: createNNModule } = await import(`${root}web/wasm/nn.mjs`);
  const nn = await createNNModule({ wasmBinary: readFileSync(wasmBinary) });
  let worst = 0;
  for (const [name, spec] of Object.entries(specs)) {
    const native = nativeRun(spec);
    expect(native.length, name).toBe(4);
    const trainer = new nn.Trainer(JSON.stringify(spec));
    for (const epoch of native) {
      expect(trainer.trainEpochs(1), name).toBe(nn.Status.Ok);
      const m = trainer.metrics();
      expect(m.epoch).toBe(epoch.epoch);
      for (const key of ['trainLoss', 'testLoss', 'penalty']) {
        const r = relative(m[key], epoch[key]);
        worst = Math.max(worst, r);
        expect(r, `${name}, epoch ${epoch.epoch}, ${key}: wasm ${m[key]} native ${epoch[key]}`).toBeLessThan(1e-4);
      }
    }
    trainer.delete();
  }
  console.log(`native vs wasm: worst relative loss difference ${worst.toExponential(2)}`);
});
