// The concepts page's part of the WebAssembly module's API (wasm/bindings/concepts_bindings.h),
// written for web/wasm/nn.d.ts: when that declaration file is in this branch, these blocks go
// into it and the NNModule interface gains:
//   ActivationCurves: typeof ActivationCurves;
//   Walkthrough: typeof Walkthrough;
//   /** Names and ranges of the concepts page's controls. */
//   conceptsCatalog(): ConceptsCatalog;
//   /** Throws for 3…6 logits out of range, a bad target or temperature. */
//   softmaxBreakdown(logits: number[], target: number, temperature: number): SoftmaxBreakdown;

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
