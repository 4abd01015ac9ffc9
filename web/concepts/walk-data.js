// One plain snapshot of the core's Walkthrough (nn/concepts.h): every array copied out of its
// view right away (a view dies at the next call into the module), plus helpers to index the
// flat parameter layout and to ask which operations of the round are done.

const copy = (view) => Array.from(view);

export function snapshot(w) {
  const shape = w.shape();
  const ex = w.example();
  const s = {
    shape,
    sizes: [shape.inputs, shape.hidden, shape.outputs],
    steps: w.steps(),
    cursor: w.cursor(),
    rounds: w.rounds(),
    alpha: w.learningRate(),
    x: copy(ex.x),
    target: ex.target,
    y: copy(ex.y),
    loss: w.loss(),
    lossAfter: w.lossAfterUpdate(),
    params: copy(w.params()),
    grads: copy(w.grads()),
    updated: copy(w.updatedParams()),
    fd: copy(w.finiteDifferences()),
    lossPlus: copy(w.lossPlus()),
    lossMinus: copy(w.lossMinus()),
    wOff: [w.weightOffset(0), w.weightOffset(1)],
    bOff: [w.biasOffset(0), w.biasOffset(1)],
    z: [null, copy(w.z(1)), copy(w.z(2))],
    a: [copy(w.a(0)), copy(w.a(1)), copy(w.a(2))],
    delta: [null, copy(w.delta(1)), copy(w.delta(2))],
    slope: copy(w.hiddenSlope()),
    signal: copy(w.hiddenSignal()),
    fwd: [copy(w.forwardTerms(0)), copy(w.forwardTerms(1))],
    bwd: [copy(w.backwardTerms(0)), copy(w.backwardTerms(1))],
  };
  s.softmax = shape.outputs > 1;
  return s;
}

/** Flat index of W(block)[i][j] (neuron i of layer block+1, input j of layer block). */
export const wIndex = (s, block, i, j) => s.wOff[block] + i + j * s.sizes[block + 1];
/** Flat index of b(block)[i]. */
export const bIndex = (s, block, i) => s.bOff[block] + i;
/** Per-link term (column-major like W). */
export const term = (s, arr, block, i, j) => arr[block][i + j * s.sizes[block + 1]];

/** Position of an operation in the round, or -1. */
export function stepIndex(s, op, layer = -1, neuron = -1) {
  return s.steps.findIndex((st) => st.op === op && (layer < 0 || st.layer === layer) && (neuron < 0 || st.neuron === neuron));
}
/** True once the operation has been performed in this round. */
export function done(s, op, layer = -1, neuron = -1) {
  const i = stepIndex(s, op, layer, neuron);
  return i >= 0 && i <= s.cursor;
}
export const forwardDone = (s, layer, i) => layer === 0 || done(s, 'forward', layer, i);
export const outputDone = (s, k) => (s.softmax ? done(s, 'softmax') : done(s, 'forward', 2, k));
export const updateDone = (s) => done(s, 'update');
