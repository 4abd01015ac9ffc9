// The racers the lab shows: one per optimizer of the course, each with its colour and the
// hyperparameters it has sliders for. The update rules themselves live only in the core
// (wasm/include/nn/optimizer.h); `kind` names the core's class.

export const RACERS = [
  { id: 'sgd', kind: 'sgd', color: '#d62728', params: ['lr'] },
  { id: 'momentum', kind: 'momentum', color: '#1f6fd1', params: ['lr', 'beta'], nesterov: true },
  { id: 'adagrad', kind: 'adagrad', color: '#e67e00', params: ['lr'] },
  { id: 'rmsprop', kind: 'rmsprop', color: '#2a9d3a', params: ['lr', 'rho'] },
  { id: 'adam', kind: 'adam', color: '#8e44ad', params: ['lr', 'beta1', 'beta2'] },
];

export const racerById = (id) => RACERS.find((r) => r.id === id);

// Slider ranges. The learning rate slider is logarithmic.
export const PARAM_RANGES = {
  lr: { min: 1e-4, max: 2, log: true },
  beta: { min: 0, max: 0.999, step: 0.001 },
  rho: { min: 0, max: 0.999, step: 0.001 },
  beta1: { min: 0, max: 0.999, step: 0.001 },
  beta2: { min: 0.9, max: 0.9999, step: 0.0001 },
};

/** The lab's racer settings → the core's OptimizerParams field names. */
export function coreParams(settings) {
  const p = { learningRate: settings.lr };
  if (settings.beta !== undefined) p.momentum = settings.beta;
  if (settings.rho !== undefined) p.rho = settings.rho;
  if (settings.beta1 !== undefined) p.beta1 = settings.beta1;
  if (settings.beta2 !== undefined) p.beta2 = settings.beta2;
  return p;
}

/** The core class a racer runs: Momentum's racer switches to the Nesterov class. */
export function coreKind(racer, settings) {
  return racer.nesterov && settings.nesterov ? 'nesterov' : racer.kind;
}
