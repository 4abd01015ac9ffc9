// Used only while the core has no catalog() (before the catalog lands in this build): the
// menus this page needs, copied from the core's range table (wasm/src/ranges.cpp). With a
// catalog, main.js never imports these values.
export const FALLBACK_CATALOG = {
  activations: ['linear', 'relu', 'leaky_relu', 'tanh', 'sigmoid', 'elu'],
  optimizers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'].map((name) => ({ name })),
  fields: {
    'model.hidden': { min: 1, max: 1024, maxLength: 16, entryDefault: 4 },
    'model.dropout': { choices: [0, 0.1, 0.2, 0.3, 0.5] },
    'optimizer.learningRate': { choices: [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] },
    'regularization.rate': { choices: [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] },
    'training.batchSize': { min: 1, max: 100000 },
    'training.epochs': { min: 0, max: 10000000 },
    'training.earlyStopping.patience': { choices: [0, 5, 10, 20, 50, 100] },
  },
};
