// Which hyperparameters each optimizer of the core reads (wasm/include/nn/optimizer.h), and
// the values the page offers for them. A value from a link that is not in a list is added to
// it, so nothing a teacher typed is lost.

export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adagrad', 'adam', 'adamw'];

export const HYPERPARAMETERS = {
  momentum: [0, 0.5, 0.8, 0.9, 0.95, 0.99],
  rho: [0.5, 0.8, 0.9, 0.95, 0.99, 0.999],
  beta1: [0, 0.5, 0.8, 0.9, 0.95, 0.99],
  beta2: [0.9, 0.99, 0.999, 0.9999],
  epsilon: [1e-8, 1e-7, 1e-6, 1e-4, 1e-2],
  weightDecay: [0, 0.0001, 0.001, 0.01, 0.1],
};

export const USES = {
  sgd: [],
  momentum: ['momentum'],
  nesterov: ['momentum'],
  rmsprop: ['rho', 'epsilon'],
  adagrad: ['epsilon'],
  adam: ['beta1', 'beta2', 'epsilon'],
  adamw: ['beta1', 'beta2', 'epsilon', 'weightDecay'],
};
