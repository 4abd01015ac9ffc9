// The JavaScript API of the WebAssembly core (web/wasm/nn.mjs, built from wasm/bindings/):
// every class, method, enum, value object and free function the module exports. Written by
// hand; tests/js/declaration.test.js checks it against the real module both ways (everything
// declared exists, nothing exported is undeclared), so a binding added without a line here
// fails the tests.
//
// Conventions:
// - A method that can fail throws a JS `Error` whose message is the core's, naming the field
//   and the problem ("model.hidden[1]: must be from 1 to 1024, got 0"); nothing changes then.
// - Float32Array / Float64Array / Int32Array results are views into the WASM heap, not copies:
//   any later call into the module may grow the heap and detach them (length 0). Take a fresh
//   view after every call; never keep one.
// - Handles (`Trainer`, `Lab`) own C++ memory: call `delete()` when done.
// - Value objects (Metrics, OptimizerParams, RacerHead, …) are plain JS objects copied out;
//   passing one in requires every field.

/** An embind enum value; compare with `===` against the module's constants (`core.Status.Ok`). */
export interface EnumValue<Name extends string> {
  readonly value: number;
  /** Type tag only (not present at run time). */
  readonly __enum?: Name;
}

/** Ok: training may go on. Diverged: a loss or weight stopped being finite (the weights of the
 *  last finite epoch are kept). EarlyStopped: the test loss stopped improving for `patience`
 *  epochs (the weights of the best epoch are restored). DeadLayer: every neuron of one hidden
 *  layer (Metrics.deadLayer) gives one output for every training point — dead ReLUs or saturated
 *  tanh/sigmoid — so the output no longer depends on the input. Stalled (classification): for 30
 *  epochs the training loss stayed above, on average 1.5 times above, the loss of always guessing
 *  the class shares (steps that overshoot). After any, nothing more trains. */
export type Status = EnumValue<'Status'>;
export interface StatusEnum {
  readonly Ok: Status;
  readonly Diverged: Status;
  readonly EarlyStopped: Status;
  readonly DeadLayer: Status;
  readonly Stalled: Status;
}

/** What `Trainer.applySpec` did: changed the run in place, or started a new one. */
export type SpecChange = EnumValue<'SpecChange'>;
export interface SpecChangeEnum {
  readonly Live: SpecChange;
  readonly Rebuilt: SpecChange;
}

/** A trainer's metrics after its last evaluation (the command-line runner prints the same
 *  fields; non-finite values are NaN here and null there). */
export interface Metrics {
  epoch: number;
  /** Data term, mean over the training set, measured after the epoch in evaluation mode. */
  trainLoss: number;
  /** Data term, mean over the validation set; NaN without one (data.validationRatio 0). */
  validationLoss: number;
  /** Data term, mean over the test set; NaN without a test set. */
  testLoss: number;
  /** L1/L2 term on the weights. */
  penalty: number;
  /** NaN for regression. */
  trainAccuracy: number;
  /** NaN without a validation set or for regression. */
  validationAccuracy: number;
  testAccuracy: number;
  /** Weights exactly 0 (what L1 makes). */
  zeroWeights: number;
  /** Epoch with the lowest loss so far on the monitored set (early stopping's choice): the
   *  validation set if there is one, else the test set; bestTestLoss is that loss. */
  bestEpoch: number;
  bestTestLoss: number;
  /** The rate the optimizer uses now: the schedule's for the current epoch. */
  learningRate: number;
  status: Status;
  /** With Status.DeadLayer: the hidden layer (0-based) whose output is constant; else −1. */
  deadLayer: number;
}

/** Counts of values in equal bins over [lo, hi] (a copy, not a view). */
export interface Histogram {
  lo: number;
  hi: number;
  counts: Int32Array;
  /** Values counted, and how many of them are exactly 0. */
  total: number;
  zeros: number;
  mean: number;
  sd: number;
}

/** Every optimizer's hyperparameters by the spec's names; unused ones are ignored. */
export interface OptimizerParams {
  learningRate: number;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
  /** Adam/AdamW: divide the moments by (1 − βᵗ); false shows the uncorrected first steps. */
  biasCorrection: boolean;
}

export declare class Trainer {
  /** Generated or inline data. Throws on an invalid spec. */
  constructor(specJson: string);
  /** data.source "csv": the text of the CSV file the user picked. */
  constructor(specJson: string, csvText: string);

  /** Trains k epochs (0 … 100000); returns early when the status leaves Ok. */
  trainEpochs(epochs: number): Status;
  /** k mini-batch updates without evaluating the metrics (benchmarks, fast-forward). */
  trainSteps(steps: number): Status;
  metrics(): Metrics;
  /** The last trained epoch's metrics: after early stopping, those before the best epoch's
   *  weights came back (metrics() then describes the restored weights). */
  lastEpochMetrics(): Metrics;
  /** Applies a whole spec: Live when only optimizer, schedule, regularization or training
   *  settings changed (weights and epoch kept), else Rebuilt (new data, network, epoch 0). */
  applySpec(specJson: string): SpecChange;
  /** The canonical spec: every field that applies. */
  specJson(): string;
  outputs(): number;
  regression(): boolean;
  numClasses(): number;
  /** Raw input dimension: 2 for the playground's sets. */
  dims(): number;

  /** dims() values per point. */
  trainPoints(): Float32Array;
  testPoints(): Float32Array;
  /** Labels (classification) or values (regression). */
  trainTargets(): Int32Array | Float32Array;
  testTargets(): Int32Array | Float32Array;

  /** outputs × n² predictions over [−6, 6]², row-major from the top-left cell; 2 ≤ n ≤ 1024. */
  grid(n: number): Float32Array;
  /** neurons × n² activations of hidden layer `block` on the last grid(). */
  hiddenGrid(block: number): Float32Array;
  /** features × n² network inputs on the last grid(). */
  inputGrid(): Float32Array;
  /** All seven features (x1, x2, x1², x2², x1·x2, sin x1, sin x2) × n² on the last grid(). */
  featureGrid(): Float32Array;
  /** Dense block `block` (0 … hidden layers; the last is the output layer): W column-major, out × in. */
  weights(block: number): Float32Array;
  biases(block: number): Float32Array;
  /** The flat parameter buffer (layout in docs/spec.md, model files). */
  params(): Float32Array;
  /** Batch norm's running means then variances per BN layer; empty without BN. */
  batchNormState(): Float32Array;
  /** neurons × B, 1 kept / 0 dropped in the last training mini-batch; empty without dropout. */
  dropoutMask(block: number): Float32Array;

  /** The model file (JSON); `false` leaves out optimizer state and Rng position. */
  saveModel(withOptimizerState?: boolean): string;
  /** Same architecture required; a bad file throws and changes nothing. */
  loadModel(json: string): void;
  /** The experiment as a self-contained PyTorch script (docs/export-torch.md) that trains
   *  `epochs` more epochs from the current state; throws the core's reason when it cannot. */
  exportTorch(epochs: number): string;
  /**
   * This run's run record (docs/run-records.md, platform "wasm"); throws an Error saying why
   * when the run is not its spec's training from the start (a setting changed mid-run, a
   * weight edited, a model loaded, the middle of an epoch).
   */
  runRecord(): string;
  /** Loads a run record's final model (the trainer built from its spec); its history goes on. */
  loadRunRecord(recordJson: string): void;

  /** Step by step: forward and backward pass of the next mini-batch; its training-set indices. */
  prepareBatch(): Int32Array;
  /** The prepared mini-batch's update. */
  applyBatch(): Status;
  batchPrepared(): boolean;
  /** Points of the current epoch already trained. */
  batchPosition(): number;
  /** Forward pass only of the next mini-batch (z and a cached); its training-set indices. */
  forwardBatch(): Int32Array;
  /** Backward pass of the mini-batch forwardBatch() ran: δ and ∂L/∂w. */
  backwardBatch(): void;
  /** 0: no mini-batch prepared, 1: forward pass done, 2: backward pass done. */
  batchPhase(): number;
  /** Mean data loss of the prepared mini-batch. */
  batchLoss(): number;
  /** Dense block `block`: neurons × 6 column-major — mini-batch mean of z, a, δ, then z, a, δ of example `example` (δ NaN before the backward pass). */
  neuronValues(block: number, example: number): Float32Array;
  /** Hidden block `block`'s batch norm: neurons × 6 column-major — z before normalization, μ, σ², x̂, γ, β for example `example`; throws without batch norm. */
  batchNormValues(block: number, example: number): Float32Array;
  /** Optimizer state of W(to, from): step count and named values (Adam: m, s, m̂, ŝ). */
  weightState(block: number, to: number, from: number): { t: number; state: Record<string, number> };
  /** Sets W(to, from) of Dense block `block`; the metrics follow. */
  setWeight(block: number, to: number, from: number, value: number): void;
  /** ∂L/∂W of the last training mini-batch, laid out like weights(). */
  weightGrads(block: number): Float32Array;
  /** Mean ∂L/∂a per neuron of hidden layer `block` over the last mini-batch. */
  neuronSignals(block: number): Float32Array;
  /** classes × classes counts (row: true, column: predicted) of the test (true) or training set. */
  confusion(test: boolean): Int32Array;
  /** The Dense weights (not biases) in `bins` bins over [−m, m], m a 1-2-5 ceiling of max |w|. */
  weightHistogram(bins: number): Histogram;
  /** Hidden layer `block` with batch norm: its pre-activations over the training set before
   *  normalization (W·x) and after it (γ·x̂ + β), from the last evaluation. Throws without BN. */
  batchNormHistograms(block: number, bins: number): { before: Histogram; after: Histogram };

  delete(): void;
}

/** The optimizer lab's current surface. */
export interface SurfaceInfo {
  name: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** False for saddles: losses are then f − f(critical point). */
  bounded: boolean;
  reference: number;
  minX: number;
  minY: number;
  startX: number;
  startY: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What the lab shows at a racer's head. */
export interface RacerHead {
  x: number;
  y: number;
  /** f − reference. */
  loss: number;
  gradX: number;
  gradY: number;
  stepX: number;
  stepY: number;
  /** Momentum's v or Adam's bias-corrected m̂; 0 for the others. */
  velocityX: number;
  velocityY: number;
  /** Step per unit gradient along each coordinate. */
  scaleX: number;
  scaleY: number;
  /** Adam's second moment v̂ as the step divides by it (s without bias correction); 0 for the others. */
  secondMomentX: number;
  secondMomentY: number;
  /** Nesterov: the classical iterate θ = w + α·β·v behind the look-ahead head (x, y); else (x, y). */
  ballX: number;
  ballY: number;
  iterations: number;
  diverged: boolean;
}

/** The theory of the quadratic a·u² + b·v² (see wasm/include/nn/quadratic.h). */
export interface QuadraticAnalysis {
  lambda1: number;
  lambda2: number;
  kappa: number;
  gdStep: number;
  gdRate: number;
  /** Gradient descent converges iff α < 2/λ_max. */
  gdStabilityLimit: number;
  momentumAlpha: number;
  momentumBeta: number;
  momentumRate: number;
  ux: number;
  uy: number;
  vx: number;
  vy: number;
}

export interface ContourMap {
  n: number;
  /** n² values of f − reference, row-major from the top-left. */
  values: Float64Array;
  levels: Float64Array;
  /** Each node's position on the levels' log scale, in [−1, 1]. */
  shade: Float32Array;
  /** x1, y1, x2, y2, level index per segment. */
  segments: Float32Array;
}

export declare class Lab {
  constructor(seed: number);
  /** a, b (lab.a, lab.b) and the angle in degrees (lab.angle) matter only for the quadratic. */
  setSurface(name: string, a: number, b: number, angleDegrees: number): void;
  surface(): SurfaceInfo;
  /** Checked against the spec's optimizer.* ranges; returns the racer's index. */
  addRacer(kind: string, params: OptimizerParams): number;
  racerCount(): number;
  kind(i: number): string;
  /** Replaces racer i's optimizer class; the race restarts. */
  setKind(i: number, kind: string): void;
  /** Live from the next step; checked like addRacer. */
  setParams(i: number, params: OptimizerParams): void;
  params(i: number): OptimizerParams;
  setStart(x: number, y: number): void;
  start(): Point;
  /** Gradient noise σ (lab.noise). */
  setNoise(sigma: number): void;
  setSeed(seed: number): void;
  reset(): void;
  step(n: number): void;
  /** Reset and run again to the current iteration. */
  replay(): void;
  iteration(): number;
  maxIterations(): number;
  head(i: number): RacerHead;
  /** x0, y0, x1, y1, … */
  path(i: number): Float64Array;
  losses(i: number): Float64Array;
  stepLengths(i: number): Float64Array;
  /** Quadratic only: error along u and v per iterate (pairs). */
  eigenErrors(i: number): Float64Array;
  contour(n: number, levelsPerSide: number): ContourMap;
  /** Quadratic only. */
  quadratic(): QuadraticAnalysis;
  momentumRate(alpha: number, beta: number): number;
  /** nBeta × nAlpha convergence factors at cell centres. */
  rateMap(nAlpha: number, nBeta: number, alphaMax: number): Float32Array;
  delete(): void;
}

/** A numeric setting's range (the one table the spec parser and the lab check against). */
export interface Field {
  /** Accepted values, both ends included. */
  min: number;
  max: number;
  /** For lists: the list's default (model.hidden: [4, 2]). */
  default: number | number[];
  integer: boolean;
  scale: 'linear' | 'log';
  /** A slider's step; 0 for none. */
  step: number;
  /** The part of [min, max] a page's slider or buttons span (a link may set any accepted value). */
  sliderMin: number;
  sliderMax: number;
  /** The values a page's menu offers; empty for sliders and free fields. */
  choices: number[];
  /** Lists only. */
  minLength?: number;
  maxLength?: number;
  sliderMaxLength?: number;
  /** Lists only: a new entry's value. */
  entryDefault?: number;
}

/** What catalog() describes: everything a page may offer. */
export interface Catalog {
  generators: {
    name: string;
    problem: 'classification' | 'regression';
    /** Generators that take a class count; max is what a page offers (the spec accepts fields['data.classes'].max). */
    classes: { min: number; max: number; default: number } | null;
    /** Half-width of the square [−domain, domain]² the points lie in. */
    domain: number;
    /** 2, or null when data.dims sets it (clusters). */
    dims: number | null;
  }[];
  activations: string[];
  outputs: string[];
  losses: string[];
  inits: string[];
  regularizers: string[];
  dataSources: string[];
  /** With the hyperparameters each one reads, by the spec's names. */
  optimizers: { name: string; params: string[] }[];
  schedules: { name: string; params: string[] }[];
  features: { name: string }[];
  /** The optimizer lab's surfaces: parameters, default start, window [xMin, xMax, yMin, yMax]. */
  surfaces: {
    name: string; params: string[]; start: [number, number]; domain: [number, number, number, number]; bounded: boolean; minimum: [number, number];
    /** Each racer's learning rate on this surface, set when the surface is chosen. */
    racers: Record<string, { learningRate: number }>;
  }[];
  /** The lab's racers: their sliders' starting values, their switches (nesterov, biasCorrection) and whether the opening scene shows them. */
  racers: { id: string; kind: string; params: Partial<OptimizerParams>; switches: Partial<Record<'nesterov' | 'biasCorrection', boolean>>; nesterov: boolean; on: boolean }[];
  /** The lab's opening scene. */
  lab: { surface: string; focus: string; chart: string; arrows: string[] };
  /** The data domain's half-width (kDomain). */
  domain: number;
  /** By spec path ("optimizer.learningRate"), page setting ("view.speed") or lab setting ("lab.noise"). */
  fields: Record<string, Field>;
}

/** The linear-regression page's session (wasm/bindings/regression_bindings.h): ŷ = w·x + b
 *  trained by the core's Trainer one mini-batch at a time, with its path over (w, b), the
 *  least-squares solution and the loss surface. Construct with (specJson, csvText). */
export declare class Regression {
  constructor(specJson: string, csvText: string);
  /** Trains `iterations` mini-batch updates; returns how many ran (fewer once it diverged). */
  step(iterations: number): number;
  /** Sets the starting (w₁, b) and restarts the path. */
  setStart(w: number, b: number): void;
  reset(): void;
  /** Applies optimizer, batch-size and learning-rate changes of a spec without a restart. */
  updateLive(specJson: string): void;
  /** The experiment as a self-contained PyTorch script (docs/export-torch.md) that trains
   *  `epochs` more epochs from the current state; throws the core's reason when it cannot. */
  exportTorch(epochs: number): string;
  /** Iteration, loss, the closed form's loss, λ_max, 2/λ_max, diverged, …(plain object). */
  state(): Record<string, unknown>;
  /** The last update written out: batch sums, gradient, weights before and after, optimizer state. */
  update(): Record<string, unknown>;
  weights(): Float64Array;
  solutionWeights(): Float64Array;
  /** (w₁, b) pairs of the path so far, their losses and iterations. */
  path(): Float64Array;
  pathLosses(): Float64Array;
  pathIterations(): Float64Array;
  inputs(): Float32Array;
  targets(): Float32Array;
  predictions(): Float32Array;
  /** [wMin, wMax, bMin, bMax] around the start and the solution. */
  defaultWindow(): number[];
  /** Log-spaced contours of the loss over (w₁, b), the other weights held. */
  surface(wMin: number, wMax: number, bMin: number, bMax: number, n: number, levels: number): Record<string, unknown>;
  delete(): void;
}

/** The images page's trainer (wasm/bindings/image_bindings.h): an MLP on 8×8 digits (CSV
 *  text) or Fashion-MNIST (four IDX files, gzip or raw bytes), trained mini-batch by
 *  mini-batch in a Web Worker (web/shared/training-worker.js). */
export declare class ImageTrainer {
  constructor(specJson: string, csvText: string);
  constructor(specJson: string, trainImages: Uint8Array, trainLabels: Uint8Array, testImages: Uint8Array, testLabels: Uint8Array);
  /** Trains `batches` mini-batches (an epoch ends after the last one); returns the Status value. */
  trainBatches(batches: number): number;
  /** Training examples of the current epoch already trained. */
  epochPosition(): number;
  /** Milliseconds the last epoch's end took: its last mini-batch and the metrics on every image. */
  epochEndMs(): number;
  trainSize(): number;
  testSize(): number;
  batchSize(): number;
  imageWidth(): number;
  imageHeight(): number;
  numClasses(): number;
  /** The experiment as a self-contained PyTorch script (docs/export-torch.md) that trains
   *  `epochs` more epochs from the current state; throws the core's reason when it cannot. */
  exportTorch(epochs: number): string;
  specJson(): string;
  /** The same Metrics as Trainer.metrics(). */
  metrics(): Metrics;
  /** Puts back the weights of the epoch with the lowest test loss (Stop keeps the best). */
  restoreBest(): void;
  /** Test images (pixels in [0, 1], one image after another), labels, probabilities, predictions. */
  testImages(): Float32Array;
  testLabels(): Int32Array;
  testProbabilities(): Float32Array;
  testPredicted(): Int32Array;
  /** classes × classes counts, row = true class. */
  confusion(): Int32Array;
  /** The first hidden layer's incoming weights, one image per unit. */
  firstLayerWeights(): Float32Array;
  firstLayerUnits(): number;
  /** Class probabilities of one image (pixels as the data set's). */
  predict(pixels: Float32Array): Float32Array;
  delete(): void;
}

/** A drawing, turned into the data set's format the way the data set was made (sketch.h):
 *  digits as a 32×32 bitmap counted in 4×4 blocks (0–16), Fashion-MNIST as 28×28 grey. */
export declare class Sketch {
  constructor();
  beginStroke(x: number, y: number): void;
  extend(x: number, y: number): void;
  clear(): void;
  pointCount(): number;
  /** "digits" or "fashion": the pixels the network sees. */
  render(format: string): Float32Array;
  /** The 32×32 bitmap the digits' blocks are counted from. */
  digitBitmap(): Uint8Array;
  delete(): void;
}

// ---- the house-price page (wasm/bindings/tabular_bindings.h)
/** A CSV file read by the core into typed columns (numeric or categorical, missing cells).
 *  Throws an Error naming line and column for a file it cannot read. */
export declare class Table {
  constructor(csvText: string);
  rows(): number;
  columns(): number;
  /** JSON: {rows, header, separator, columns: [{name, type, distinct, missing, min, mean, max,
   *  top: [[value, count]…], histogram: […]}]}. */
  summaryJson(): string;
  /** The cell as text ("" if missing). */
  cell(row: number, column: number): string;
  /** The file line a data row came from. */
  line(row: number): number;
  delete(): void;
}

/** A Trainer on a spec with data.table: preparation fitted on the training rows, a validation
 *  set for early stopping, the test set for the final numbers. */
export declare class TabularTrainer {
  constructor(specJson: string, csvText: string);
  /** Returns the Status value (0 ok, 1 diverged, 2 early stopped). */
  trainEpochs(epochs: number): number;
  /** Ends the run with the weights of the best epoch on the monitored set (status EarlyStopped). */
  stopAtBest(): void;
  metrics(): Metrics;
  /** "validation" if there is a validation set, else "test": what bestEpoch watches. */
  monitoredSet(): string;
  specJson(): string;
  numClasses(): number;
  /** JSON: {inputs, inputNames, classes, rule, target, threshold, thresholdGiven, cuts,
   *  droppedRows, train, validation, test, features: […]}. */
  preparationJson(): string;
  /** classes × classes counts on the test set, row = true class. */
  testConfusion(): Int32Array;
  /** Up to k test samples, lowest probability of the true class first, as (row, true, predicted) triples. */
  mostWrong(k: number): Int32Array;
  /** The probabilities of the true class of the last mostWrong() samples. */
  probabilities(): Float32Array;
  /** The experiment as a self-contained PyTorch script (docs/export-torch.md), the prepared
   *  table embedded; throws the core's reason when it cannot (a validation set, a stopped run). */
  exportTorch(epochs: number): string;
  delete(): void;
}

// ---- the concepts page (wasm/bindings/concepts_bindings.h)
/** Names and ranges of the concepts page's controls. */
export interface ConceptsCatalog {
  /** Every activation of the catalog, in the order the page lists them (rows of ActivationCurves). */
  activations: string[];
  minLogits: number;
  maxLogits: number;
  /** Logits are dragged in [−logitLimit, logitLimit]. */
  logitLimit: number;
  minTemperature: number;
  maxTemperature: number;
  maxInputs: number;
  maxHidden: number;
  maxOutputs: number;
  /** h of the finite-difference estimate (L(w+h) − L(w−h)) / 2h. */
  finiteStep: number;
  maxCurvePoints: number;
}

/** Every value of softmax + cross-entropy in the stable form (copied arrays of at most 6 numbers). */
export interface SoftmaxBreakdown {
  logits: number[];
  temperature: number;
  /** u = z / T */
  scaled: number[];
  /** m = max u */
  max: number;
  /** e^(u − m) */
  exps: number[];
  /** Σ e^(u − m) */
  sum: number;
  /** p = softmax(u) */
  probs: number[];
  target: number;
  /** −log p_y */
  loss: number;
  /** ∂L/∂u = p − onehot(y) */
  grad: number[];
  /** ∂L/∂z = (p − onehot(y)) / T */
  gradLogits: number[];
}

/** f and f′ of every activation on one grid; views valid until the next call. */
export interface ActivationCurvesResult {
  n: number;
  x: Float32Array;
  /** activations × n, row r for ConceptsCatalog.activations[r] */
  values: Float32Array;
  slopes: Float32Array;
}

export declare class ActivationCurves {
  constructor();
  /** Throws for n outside 2…maxCurvePoints or xMin ≥ xMax. */
  compute(xMin: number, xMax: number, n: number): ActivationCurvesResult;
  delete(): void;
}

/** One operation of a backpropagation round. layer: 1 hidden, 2 output, −1 none; neuron −1: all. */
export interface WalkStep {
  op: 'forward' | 'softmax' | 'loss' | 'backward' | 'gradients' | 'update';
  layer: number;
  neuron: number;
}

/** One training example through inputs → hidden → outputs (1: sigmoid + BCE, 2: softmax + CE),
 *  one operation per step(). Arrays are views of the core's caches and flat buffers (per Dense
 *  block W out × in column-major, then b); take them again after every call. */
export declare class Walkthrough {
  /** Throws for a shape outside 1…3 inputs, 1…3 hidden, 1…2 outputs or an unknown activation. */
  constructor(inputs: number, hidden: number, outputs: number, activation: string);
  shape(): { inputs: number; hidden: number; outputs: number; activation: string; output: 'sigmoid' | 'softmax' };
  steps(): WalkStep[];
  /** −1 before the first operation, steps().length − 1 at the update. */
  cursor(): number;
  /** Updates applied since the weights or the example were set. */
  rounds(): number;
  /** The next operation; after the update, a new round on the updated weights. */
  step(): void;
  restart(): void;
  /** Throws for the wrong count, an input outside [−5, 5] or a bad target. */
  setExample(x: number[], target: number): void;
  example(): { x: Float32Array; target: number; y: Float32Array };
  setLearningRate(alpha: number): void;
  learningRate(): number;
  useDefaultParams(): void;
  randomize(seed: number): void;
  setParam(index: number, value: number): void;
  params(): Float32Array;
  grads(): Float32Array;
  updatedParams(): Float32Array;
  finiteDifferences(): Float64Array;
  lossPlus(): Float64Array;
  lossMinus(): Float64Array;
  weightOffset(block: number): number;
  biasOffset(block: number): number;
  /** Dense output of layer 1 or 2. */
  z(layer: number): Float32Array;
  /** Layer 0: x; 1: hidden activation; 2: σ(z) or softmax(z). */
  a(layer: number): Float32Array;
  /** ∂L/∂z of layer 1 or 2. */
  delta(layer: number): Float32Array;
  /** f′(z) of the hidden layer. */
  hiddenSlope(): Float32Array;
  /** Σ_k w_k·δ_k = ∂L/∂a of the hidden layer. */
  hiddenSignal(): Float32Array;
  /** Per link of block 0 or 1 (out × in, column-major): w·a_prev. */
  forwardTerms(block: number): Float32Array;
  /** Per link: w·δ. */
  backwardTerms(block: number): Float32Array;
  loss(): number;
  lossAfterUpdate(): number;
  delete(): void;
}

/** What `await createNNModule()` resolves to. */
export interface NNModule {
  Trainer: typeof Trainer;
  Lab: typeof Lab;
  Status: StatusEnum;
  SpecChange: SpecChangeEnum;
  /** Validates a spec; returns its canonical JSON. */
  normalizeSpec(specJson: string): string;
  /** The Catalog as JSON text (JSON.parse it once). */
  catalog(): string;
  /**
   * A run record's parts, checked by the core, as JSON text: {spec, history: Metrics-like
   * objects per epoch (null for missing numbers), code, platform, epochs}. Throws on a bad record.
   */
  readRunRecord(recordJson: string): string;
  /** The lab's surface names, in menu order. */
  labSurfaces(): string[];
  /** The optimizer's own defaults, to start a racer from. */
  defaultOptimizerParams(): OptimizerParams;
  Regression: typeof Regression;
  ImageTrainer: typeof ImageTrainer;
  Sketch: typeof Sketch;
  Table: typeof Table;
  TabularTrainer: typeof TabularTrainer;
  ActivationCurves: typeof ActivationCurves;
  Walkthrough: typeof Walkthrough;
  /** Names and ranges of the concepts page's controls. */
  conceptsCatalog(): ConceptsCatalog;
  /** Throws for 3…6 logits out of range, a bad target or temperature. */
  softmaxBreakdown(logits: number[], target: number, temperature: number): SoftmaxBreakdown;
  /** The regression page's own fields (data.line.*, its speeds) as JSON text. */
  regressionCatalog(): string;
}

export default function createNNModule(options?: { wasmBinary?: ArrayBuffer | Uint8Array; locateFile?: (path: string) => string }): Promise<NNModule>;
