// The benchmark configurations of issue 5, as experiment specs the core reads directly
// (native and WASM alike). The other systems build the same network from the same spec and
// train on the data and initial weights the core generated for it (see systems/*.js).
import { LONG_RUN } from './long_run.js';

const base = (data, model, batchSize) => ({
  version: 1,
  seed: 1,
  data,
  model,
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  regularization: { kind: 'none', rate: 0 },
  training: { batchSize },
});

const circle = { generator: 'circle', points: 500, noise: 0, trainRatio: 0.5 };

export const CONFIGS = {
  A: {
    title: 'A playground default',
    network: '2 → [4, 2] tanh → 1, sigmoid + BCE, batch 10, 500 circle points',
    spec: base(circle, { hidden: [4, 2], activation: 'tanh' }, 10),
  },
  B: {
    title: 'B playground max',
    network: '2 → 6 × [8] tanh → 1, sigmoid + BCE, batch 10, 500 circle points',
    spec: base(circle, { hidden: [8, 8, 8, 8, 8, 8], activation: 'tanh' }, 10),
  },
  C: {
    title: 'C digits',
    network: '64 → [128, 64] ReLU → 10, softmax + CE, batch 32, 1797 × 64',
    spec: base({ generator: 'clusters', points: 1797, dims: 64, classes: 10, noise: 0.3, trainRatio: 0.9 },
      { hidden: [128, 64], activation: 'relu', init: 'he_uniform' }, 32),
    needs: 'clusters',
  },
  D: {
    title: 'D MNIST-sized',
    network: '784 → [256, 128] ReLU → 10, softmax + CE, batch 64, 6400 × 784 synthetic',
    spec: base({ generator: 'clusters', points: 6400, dims: 784, classes: 10, noise: 0.3, trainRatio: 0.9 },
      { hidden: [256, 128], activation: 'relu', init: 'he_uniform' }, 64),
    needs: 'clusters',
  },
};

export const OPTIMIZERS = {
  sgd: { kind: 'sgd', learningRate: 0.03 },
  adam: { kind: 'adam', learningRate: 0.001 },
};

// Long runs (kind 'longrun', systems descent and native only): B and D trained without
// re-initialising, with momentum and with Adam; see long_run.js. Selected with --only long
// (or a cell id such as D-adam-20k).
export const LONG_RUN_OPTIMIZERS = {
  momentum: { kind: 'momentum', learningRate: 0.03, momentum: 0.9 },
  adam: { kind: 'adam', learningRate: 0.001 },
};

export const GRID_N = 100;  // E: B's network forward on a 100 × 100 grid
export const REINIT_EVERY = 1000;  // steps; keeps every system in the early-training regime

/** Every cell's workload, independent of the system: {id, config, kind, spec, gridN?}. */
export function workloads({ only = null } = {}) {
  const out = [];
  for (const [name, c] of Object.entries(CONFIGS)) {
    for (const [opt, o] of Object.entries(OPTIMIZERS)) {
      const id = `${name}-${opt}`;
      out.push({ id, config: name, optimizer: opt, kind: 'train', spec: { ...c.spec, optimizer: o }, needs: c.needs });
    }
  }
  out.push({ id: 'E', config: 'E', optimizer: null, kind: 'grid', spec: CONFIGS.B.spec, gridN: GRID_N });
  for (const name of ['B', 'D']) {
    for (const [opt, o] of Object.entries(LONG_RUN_OPTIMIZERS)) {
      out.push({ id: `${name}-${opt}-20k`, config: 'long', optimizer: opt, kind: 'longrun', spec: { ...CONFIGS[name].spec, optimizer: o },
        needs: CONFIGS[name].needs, longRun: LONG_RUN });
    }
  }
  return only ? out.filter((w) => only.some((o) => w.id === o || w.config === o)) : out;
}

/** The network a spec describes, for the systems that build their own. */
export function networkOf(spec, dims, classes) {
  const outputs = classes > 2 ? classes : 1;
  return {
    inputs: dims,
    hidden: spec.model.hidden,
    activation: spec.model.activation,
    outputs,
    link: outputs === 1 ? 'sigmoid' : 'softmax',
    batch: spec.training.batchSize,
    optimizer: spec.optimizer,
  };
}
