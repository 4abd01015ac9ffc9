// What the playground's step-by-step mode shows of one prepared mini-batch, read from the
// trainer's own caches (nothing is recomputed): z, a and δ of every neuron, and the
// optimizer's state for one parameter. The chapter's picture of forward and backward pass on
// the real network.
#pragma once
#include <string>
#include <vector>

#include "nn/network.h"
#include "nn/optimizer.h"
#include "nn/trainer.h"

namespace nn {

// Columns of neuron_values(): the mini-batch mean of z, a and δ, then z, a and δ of one example.
enum NeuronColumn { kZMean = 0, kAMean, kDeltaMean, kZ, kA, kDelta, kNeuronColumns };

// Dense block `block` (0 … hidden layers; the last is the output layer) of the prepared
// mini-batch → out (neurons × kNeuronColumns).
//   hidden: z = the activation function's input (after batch norm if any), a = f(z) (before
//           dropout), δ = ∂L/∂z;
//   output: z = the logits, a = link(z) (probability, or the value for regression), δ = ∂L/∂z.
// The trainer's loss L is the mean of the examples' own losses ℓⱼ, so its ∂L/∂z column j is
// ∂ℓⱼ/∂zⱼ / B. The example's δ is its own ∂ℓⱼ/∂zⱼ (what the chapter writes for one example,
// e.g. δ_out = a − y for sigmoid + cross-entropy) and the mini-batch's δ is their mean; then
// ∂L/∂w = mean over the mini-batch of δ · a_prev. δ is NaN until backward_batch() ran.
// Throws std::invalid_argument if no mini-batch is prepared or block / example is out of range.
void neuron_values(const Trainer& t, int block, Index example, Matrix& out);

// Columns of batch_norm_values(): for one example, z before normalization (the Dense output
// W·a + b), the mini-batch's μ and σ² of it, x̂ = (z_before − μ)/√(σ² + ε), and the layer's γ
// and β; neuron_values()'s z is then γ·x̂ + β, the activation function's input.
enum BatchNormColumn { kBnBefore = 0, kBnMean, kBnVariance, kBnNormalized, kBnGamma, kBnBeta, kBatchNormColumns };

// Hidden block `block`'s batch norm in the prepared mini-batch, example `example` → out
// (neurons × kBatchNormColumns). Throws std::invalid_argument if no mini-batch is prepared, the
// block is not a hidden one with batch norm, or the example is out of range.
void batch_norm_values(const Trainer& t, int block, Index example, Matrix& out);

// Position of W(to, from) of Dense block `block` in the flat parameter (and gradient, and
// optimizer-state) buffer. Throws std::invalid_argument when out of range.
Index weight_index(const Network& net, int block, Index to, Index from);

// The optimizer's state for parameter `index`: its named buffers (Momentum v, AdaGrad G,
// RMSProp s, Adam m and s) and, for Adam/AdamW, the bias-corrected m̂ = m / (1 − β₁ᵗ) and
// ŝ = s / (1 − β₂ᵗ) the update divides. Empty for SGD or before the first step (t = 0).
struct StateValue {
  std::string name;
  double value;
};
std::vector<StateValue> optimizer_state_at(Optimizer<Scalar>& opt, std::size_t index);

}  // namespace nn
