// Step-by-step mode: one mini-batch in the chapter's three clicks — forward pass, backward
// pass, update — and the numbers each click leaves in the core's caches. Every number comes
// from the core (Trainer.forwardBatch/backwardBatch/applyBatch, neuronValues, weightGrads,
// weightState); this file only reads them out and remembers which click comes next.

const COLUMNS = 6;  // neuronValues: mean z, a, δ over the mini-batch, then z, a, δ of one example
const BN_COLUMNS = 6;  // batchNormValues: z before normalization, μ, σ², x̂, γ, β

export class Stepper {
  constructor() { this.clear(); }

  /** Leaves step-by-step display; the core's prepared mini-batch (if any) stays. */
  clear() {
    this.shown = null;    // the click whose numbers are on screen: 'forward' | 'backward' | 'update'
    this.batch = null;    // training-set indices of the mini-batch
    this.before = null;   // weights before the update, per Dense block (copies, for "w: old → new")
    this.example = 0;     // position in the mini-batch of the example whose values are shown
  }

  get active() { return this.shown !== null; }

  /** What the next click does, from the core's phase of the prepared mini-batch. */
  next(session) {
    const phase = session.batchPhase;
    return phase === 0 ? 'forward' : phase === 1 ? 'backward' : 'update';
  }

  /**
   * Runs the next click on a network of `blocks` Dense layers. Returns {action, n, from, to,
   * loss} (forward), {action, loss} (backward) or {action, metrics, epochDone} (update).
   */
  advance(session, blocks) {
    const action = this.next(session);
    if (action === 'forward') {
      const from = session.batchPosition + 1;
      this.batch = session.forwardBatch();
      this.before = null;
      this.example = 0;
      this.shown = action;
      return { action, n: this.batch.length, from, to: from + this.batch.length - 1, loss: session.batchLoss };
    }
    if (action === 'backward') {
      session.backwardBatch();
      this.shown = action;
      return { action, loss: session.batchLoss };
    }
    this.before = [];
    for (let l = 0; l < blocks; l++) this.before.push(Float32Array.from(session.weights(l)));
    const epoch = session.metrics.epoch;
    const metrics = session.applyBatch();
    this.shown = action;
    return { action, metrics, epochDone: metrics.epoch > epoch };
  }

  /** z, a, δ of neuron `index` of Dense block `block`: batch means and example `example`'s; null when no mini-batch is prepared. */
  neuron(session, block, index, example = this.example) {
    if (session.batchPhase === 0) return null;
    const v = session.neuronValues(block, example), n = v.length / COLUMNS;
    const at = (c) => v[index + c * n];
    return { zMean: at(0), aMean: at(1), dMean: at(2), z: at(3), a: at(4), d: at(5) };
  }

  /** Every neuron's example value of column 'a' or 'd' per Dense block, for the diagram's labels. */
  layerValues(session, blocks, example = this.example) {
    const col = this.shown === 'backward' ? 5 : 4;
    const out = [];
    for (let b = 0; b < blocks; b++) {
      const v = session.neuronValues(b, example), n = v.length / COLUMNS;
      out.push(Array.from(v.subarray(col * n, (col + 1) * n)));
    }
    return { kind: this.shown === 'backward' ? 'd' : 'a', values: out };
  }

  /**
   * Batch norm of neuron `index` of hidden block `block` for the chosen example: {before (z
   * before normalization), mean, variance, normalized (x̂), gamma, beta}; null without a mini-batch.
   */
  batchNorm(session, block, index, example = this.example) {
    if (session.batchPhase === 0) return null;
    const v = session.batchNormValues(block, example), n = v.length / BN_COLUMNS;
    const at = (c) => v[index + c * n];
    return { before: at(0), mean: at(1), variance: at(2), normalized: at(3), gamma: at(4), beta: at(5) };
  }

  /**
   * w, ∂L/∂w (after the backward click), the weight before the update and the optimizer's
   * state of link {layer, to, from}; `rows` is the number of neurons of that Dense block.
   */
  link(session, { layer, to, from }, rows) {
    const w = session.weights(layer), k = to + from * rows;  // W is column-major
    const out = { weight: w[k] };
    if (this.shown === 'backward' || this.shown === 'update') out.grad = session.weightGrads(layer)[k];
    if (this.shown === 'update' && this.before?.[layer]) out.before = this.before[layer][k];
    if (this.shown !== 'forward') Object.assign(out, session.weightState(layer, to, from));
    return out;
  }
}
