// A training session: one core Trainer plus the bookkeeping the page needs (history for the
// loss chart). All numbers come from the core; this only calls it and keeps what it said.

// The loss history is bounded: past MAX_HISTORY entries every second one of the older half is
// dropped (each entry keeps its epoch, so the chart's x axis stays true). The chart draws at
// most one vertex per pixel column, so thousands of entries draw the same picture; the
// newest half keeps every recorded epoch. Memory stays flat however long the page runs.
export const MAX_HISTORY = 8000;

/** history with every second entry of its older half dropped (the first entry stays). */
export function thinHistory(history) {
  const half = history.length >> 1;
  return [...history.slice(0, half).filter((_, i) => i % 2 === 0), ...history.slice(half)];
}

export class Session {
  /** spec: an object or JSON text. Throws Error with the core's message if it is invalid. */
  constructor(core, spec) {
    this.core = core;
    // Text is handed over as it is, so the core's strict reader sees what JSON.parse hides
    // (a key given twice).
    this.handle = new core.Trainer(typeof spec === 'string' ? spec : JSON.stringify(spec));
    this.spec = JSON.parse(this.handle.specJson());
    this.history = [];  // one {epoch, trainLoss, testLoss, trainAccuracy, testAccuracy} per recorded epoch
    this.record(this.handle.metrics());
  }

  /**
   * Keeps the metrics the page shows and adds the epoch to the curve. After early stopping the
   * metrics describe the restored best weights, but the curve gets the losses of the epoch
   * really trained last (the core's lastEpochMetrics), so it does not dip at its end.
   */
  record(m) {
    this.metrics = m;
    const real = m.status === this.core.Status.EarlyStopped ? this.handle.lastEpochMetrics() : m;
    const last = this.history[this.history.length - 1];
    if (!last || last.epoch !== m.epoch) {
      this.history.push({ epoch: m.epoch, trainLoss: real.trainLoss, testLoss: real.testLoss, trainAccuracy: real.trainAccuracy, testAccuracy: real.testAccuracy });
    }
    if (this.history.length > MAX_HISTORY) this.history = thinHistory(this.history);
  }

  /** Trains `epochs` epochs; returns the new metrics. */
  train(epochs) {
    this.handle.trainEpochs(epochs);
    this.record(this.handle.metrics());
    return this.metrics;
  }

  /**
   * Applies a whole spec: the core changes the run in place where it can (optimizer,
   * regularization, training settings) and starts a new one where it must (data, features,
   * model, seed). Returns core.SpecChange.Live or .Rebuilt; throws (changing nothing) on an
   * invalid spec.
   */
  applySpec(spec) {
    const change = this.handle.applySpec(JSON.stringify(spec));
    this.spec = JSON.parse(this.handle.specJson());
    if (change === this.core.SpecChange.Rebuilt) {
      this.history = [];
      this.record(this.handle.metrics());
    } else {
      this.metrics = this.handle.metrics();
    }
    return change;
  }

  /** Training has stopped for good (diverged, stopped early or a dead layer). */
  get stopped() { return this.metrics.status !== this.core.Status.Ok; }

  /** Why it stopped: the loss became non-finite, or early stopping ended it. */
  get diverged() { return this.metrics.status === this.core.Status.Diverged; }
  get earlyStopped() { return this.metrics.status === this.core.Status.EarlyStopped; }
  /** The hidden layer (0-based) whose every neuron gives one output for every point, or −1. */
  get stalled() { return this.metrics.status === this.core.Status.Stalled; }
  get deadLayer() { return this.metrics.status === this.core.Status.DeadLayer ? this.metrics.deadLayer : -1; }

  get outputs() { return this.handle.outputs(); }
  get regression() { return this.handle.regression(); }
  get numClasses() { return this.handle.numClasses(); }

  // Fresh views every call (see wasm.js).
  trainPoints() { return this.handle.trainPoints(); }
  testPoints() { return this.handle.testPoints(); }
  trainTargets() { return this.handle.trainTargets(); }
  testTargets() { return this.handle.testTargets(); }
  grid(n) { return this.handle.grid(n); }
  hiddenGrid(block) { return this.handle.hiddenGrid(block); }
  inputGrid() { return this.handle.inputGrid(); }
  weights(layer) { return this.handle.weights(layer); }
  biases(layer) { return this.handle.biases(layer); }

  weightGrads(layer) { return this.handle.weightGrads(layer); }
  neuronSignals(layer) { return this.handle.neuronSignals(layer); }
  featureGrid() { return this.handle.featureGrid(); }
  dropoutMask(layer) { return this.handle.dropoutMask(layer); }
  /** classes × classes counts (row: true class, column: predicted) of the test set. */
  confusion() { return this.handle.confusion(true); }
  /** The core's histogram of the Dense weights ({lo, hi, counts, total, zeros, …}). */
  weightHistogram(bins) { return this.handle.weightHistogram(bins); }
  /** Hidden layer `block` with batch norm: {before, after} histograms of its pre-activations. */
  batchNormHistograms(block, bins) { return this.handle.batchNormHistograms(block, bins); }

  /** Sets one weight (throws on bad indices or values); the metrics follow. */
  setWeight(layer, to, from, value) {
    this.handle.setWeight(layer, to, from, value);
    this.metrics = this.handle.metrics();
    const last = this.history[this.history.length - 1];
    if (last && last.epoch === this.metrics.epoch) Object.assign(last, { trainLoss: this.metrics.trainLoss, testLoss: this.metrics.testLoss });
  }

  /** Step-by-step: forward + backward of the next mini-batch; returns its training-point indices. */
  prepareBatch() { return Array.from(this.handle.prepareBatch()); }
  /** Applies the prepared mini-batch's update; returns the new metrics. */
  applyBatch() {
    this.handle.applyBatch();
    this.record(this.handle.metrics());
    return this.metrics;
  }
  get batchPrepared() { return this.handle.batchPrepared(); }
  /** The same mini-batch in two clicks (see stepper.js): forward pass only, then backward. */
  forwardBatch() { return Array.from(this.handle.forwardBatch()); }
  backwardBatch() { this.handle.backwardBatch(); }
  get batchPhase() { return this.handle.batchPhase(); }
  get batchLoss() { return this.handle.batchLoss(); }
  neuronValues(block, example) { return this.handle.neuronValues(block, example); }
  batchNormValues(block, example) { return this.handle.batchNormValues(block, example); }
  weightState(block, to, from) { return this.handle.weightState(block, to, from); }
  get batchPosition() { return this.handle.batchPosition(); }

  /** The model file (spec, weights, optimizer state) as JSON text. */
  saveModel() { return this.handle.saveModel(true); }

  /** Loads a model file made for this architecture; throws (changing nothing) if it is not. */
  loadModel(text) {
    this.handle.loadModel(text);
    this.history = [];
    this.record(this.handle.metrics());
  }

  /** This run's run record (JSON text) from the core; throws an Error saying why there is none. */
  runRecord() { return this.handle.runRecord(); }

  /**
   * Loads a run record's final model (this session was built from the record's spec); the
   * record's history (the core's reading of it, readRunRecord) becomes this session's.
   */
  loadRunRecord(text, history) {
    this.handle.loadRunRecord(text);
    this.metrics = this.handle.metrics();
    const num = (v) => (v === null ? NaN : v);
    this.history = history.map((h) => ({
      epoch: h.epoch, trainLoss: num(h.trainLoss), testLoss: num(h.testLoss), trainAccuracy: num(h.trainAccuracy), testAccuracy: num(h.testAccuracy),
    }));
    if (!this.history.length) this.record(this.metrics);
  }

  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
