// The chapter's three review questions, answered with the core's own numbers (web/concepts.html):
//   1. activation functions and their derivatives, evaluated on a grid (activation_curves);
//   2. softmax and cross-entropy for a handful of logits, every intermediate value of the stable
//      form (softmax_breakdown);
//   3. one training example through a small network, forward and backward one operation at a
//      time, with a finite-difference estimate beside every gradient (Walkthrough).
// Nothing here re-implements the math: values come from activate/activate_backward, Loss, the
// Network's layer caches and the SGD optimizer. This file only arranges and explains them.
#pragma once
#include <memory>
#include <vector>

#include "nn/activation.h"
#include "nn/loss.h"
#include "nn/network.h"
#include "nn/optimizer.h"

namespace nn {

// Every activation of the catalog, in the order the page lists them.
const std::vector<Activation>& concept_activations();

// ---- 1. activation curves ---------------------------------------------------------------

struct ActivationCurves {
  int n = 0;                     // grid points
  std::vector<Scalar> x;         // n points from x_min to x_max inclusive
  std::vector<Scalar> values;    // activations × n, row r = f_r(x) for concept_activations()[r]
  std::vector<Scalar> slopes;    // activations × n, row r = f′_r(x)
};

constexpr int kMaxCurvePoints = 4096;
// f and f′ of every activation on n evenly spaced points (2 ≤ n ≤ kMaxCurvePoints, x_min < x_max).
// f′ is activate_backward applied to ∂L/∂a = 1; at the kink of ReLU-like functions (x = 0) it
// takes the value the core uses in training (the left derivative).
ActivationCurves activation_curves(double x_min, double x_max, int n);

// ---- 2. softmax and cross-entropy -------------------------------------------------------

constexpr int kMinLogits = 3, kMaxLogits = 6;
constexpr double kLogitLimit = 10;                          // bars are dragged in [−10, 10]
constexpr double kMinTemperature = 0.1, kMaxTemperature = 10;

struct SoftmaxBreakdown {
  std::vector<double> logits;       // z as given
  double temperature = 1;           // T
  std::vector<double> scaled;       // u = z / T
  double max = 0;                   // m = max u (subtracted before exponentiating)
  std::vector<double> exps;         // e^(u − m), each ≤ 1
  double sum = 0;                   // Σ e^(u − m)
  std::vector<double> probs;        // p = softmax(u) from Loss::predict
  int target = 0;                   // y
  double loss = 0;                  // −log p_y from Loss::value (softmax + cross-entropy)
  std::vector<double> grad;         // ∂L/∂u = p − onehot(y), from Loss::gradient
  std::vector<double> grad_logits;  // ∂L/∂z = (p − onehot(y)) / T
};

// Throws std::invalid_argument for a count outside [kMinLogits, kMaxLogits], a logit outside
// ±kLogitLimit or not finite, a target outside [0, count) or a temperature outside the range.
SoftmaxBreakdown softmax_breakdown(const std::vector<double>& logits, int target, double temperature);

// ---- 3. forward and backward, one operation at a time ------------------------------------

// A network of one hidden layer: inputs → hidden (activation f) → outputs. One output means a
// sigmoid output with binary cross-entropy, two mean softmax with cross-entropy.
struct WalkthroughShape {
  int inputs = 2;
  int hidden = 2;
  int outputs = 1;
  Activation activation = Activation::Sigmoid;
};
constexpr int kMaxWalkInputs = 3, kMaxWalkHidden = 3, kMaxWalkOutputs = 2;

// The operations, in the order backpropagation performs them. `layer` counts neuron layers:
// 0 inputs, 1 hidden, 2 output; Dense block b connects layer b to layer b + 1.
enum class WalkOp {
  Forward,    // neuron (layer, neuron): z = Σ wᵢaᵢ + b, a = f(z) (output with sigmoid: a = σ(z))
  Softmax,    // output layer: p = e^z / Σ e^z (softmax networks only)
  Loss,       // L from the output and the target
  Backward,   // neuron (layer, neuron): δ = ∂L/∂z as a chain-rule product
  Gradients,  // all links into `layer`: ∂L/∂w = δ · a_prev, ∂L/∂b = δ
  Update,     // every parameter: w ← w − α·∂L/∂w; the loss after the update
};
const char* walk_op_name(WalkOp op);

struct WalkStep {
  WalkOp op;
  int layer = -1;   // -1: not tied to a layer (loss, update)
  int neuron = -1;  // -1: the whole layer
};

class Walkthrough {
 public:
  // Step h of the finite-difference estimate. The network computes in float: with h = 1e-3 the
  // rounding of L (≈ 1e-7) divided by 2h would already be ≈ 1e-4; h = 1e-2 keeps both the
  // rounding and the truncation error (h²/6 · L‴) near 1e-5.
  static constexpr double kFiniteStep = 1e-2;

  // Readable default parameters (see default_params); throws std::invalid_argument for a shape
  // outside 1…3 inputs, 1…3 hidden, 1…2 outputs.
  explicit Walkthrough(const WalkthroughShape& shape = {});

  const WalkthroughShape& shape() const { return m_shape; }
  const Architecture& architecture() const { return m_arch; }

  // The example: x (inputs values, each in [−5, 5]) and its target (0/1 for a sigmoid output,
  // the class for softmax). Recomputes and restarts at step −1.
  void set_example(const std::vector<double>& x, int target);
  const Matrix& input() const { return m_x; }
  int target() const { return m_target; }
  // α of the update step, in (0, 10].
  void set_learning_rate(double alpha);
  double learning_rate() const { return m_sgd->params.learning_rate; }

  // Parameters: the readable default pattern, seeded Xavier-uniform values, or one value by its
  // flat index. Each recomputes and restarts at step −1.
  void use_default_params();
  void randomize(uint64_t seed);
  void set_param(Index i, double value);

  // The operations of one round (forward, loss, backward, gradients, update) and the cursor:
  // -1 before the first operation, steps().size() − 1 at the update.
  const std::vector<WalkStep>& steps() const { return m_steps; }
  int cursor() const { return m_cursor; }
  // Advances one operation. Reaching Update applies w ← w − α·∂L/∂w (the core's SGD); the
  // step after the update starts a new round on the updated parameters (cursor −1).
  void step();
  // Back to −1 with the current parameters (an update already applied stays applied).
  void restart();

  // ---- values (all valid for the current round) ----
  // Flat buffers in the Network's layout: per Dense block W (out × in, column-major) then b.
  const std::vector<Scalar>& params() const { return m_params; }          // before the update
  const std::vector<Scalar>& grads() const { return m_grads; }            // backprop ∂L/∂θ
  const std::vector<Scalar>& updated_params() const { return m_updated; } // θ − α·∂L/∂θ
  const std::vector<double>& finite_differences() const { return m_fd; }  // (L⁺ − L⁻) / 2h
  const std::vector<double>& loss_plus() const { return m_loss_plus; }    // L(θᵢ + h)
  const std::vector<double>& loss_minus() const { return m_loss_minus; }  // L(θᵢ − h)
  // Offset of Dense block b in the flat buffers, and of its biases.
  Index weight_offset(int block) const { return m_offsets[std::size_t(block)]; }
  Index bias_offset(int block) const;

  // Layer caches of the network (1 column: the example).
  const Matrix& z(int layer) const;       // layer 1 or 2: Dense output
  const Matrix& a(int layer) const;       // layer 0: x; 1: hidden activation; 2: σ(z) or softmax
  // δ = ∂L/∂z of layer 1 or 2: the Dense layer's bias gradient (∂L/∂b = δ for one example).
  const Scalar* delta(int layer) const { return m_grads.data() + bias_offset(layer - 1); }
  // Chain-rule factors of the hidden δ: f′(z_h) and Σ_k w_kh·δ_k = ∂L/∂a_h (the network's
  // backward signal). δ_h = f′(z_h) · ∂L/∂a_h.
  const Matrix& hidden_slope() const { return m_hidden_slope; }
  const Matrix& hidden_signal() const { return m_net->hidden_signal(0); }
  // Per link of Dense block b (out × in, column-major like W): the forward term w·a_prev and the
  // backward term w·δ (summed over the outputs it is the next layer's ∂L/∂a).
  const Matrix& forward_terms(int block) const { return m_forward_terms[std::size_t(block)]; }
  const Matrix& backward_terms(int block) const { return m_backward_terms[std::size_t(block)]; }
  // The target as the output layer sees it: y (sigmoid) or onehot(y) (softmax).
  const Matrix& target_vector() const { return m_y; }

  double loss() const { return m_loss; }                 // L with params()
  double loss_after_update() const { return m_loss_after; }  // L with updated_params()
  bool updated() const { return m_cursor == int(m_steps.size()) - 1; }
  // Weights changed by updates since the last restart of the example/parameters.
  int rounds() const { return m_rounds; }

  // The readable parameters the page starts with: weights cycle through a fixed list of
  // one-decimal values, biases through another (so students can check every product by hand).
  static std::vector<Scalar> default_params(const Architecture& arch);

 private:
  void compute();
  void copy_params(const std::vector<Scalar>& values);
  double loss_with(const std::vector<Scalar>& params);
  void build_steps();

  WalkthroughShape m_shape;
  Architecture m_arch;
  Loss m_loss_fn;
  std::vector<Scalar> m_params, m_grads, m_updated, m_probe_grads;
  std::vector<double> m_fd, m_loss_plus, m_loss_minus;
  std::vector<Index> m_offsets;
  std::unique_ptr<Network> m_net;    // the displayed caches
  std::unique_ptr<Network> m_probe;  // finite differences and the loss after the update
  std::vector<Scalar> m_probe_params;
  std::unique_ptr<Optimizer<Scalar>> m_sgd;
  Matrix m_x, m_y, m_p, m_grad_logits, m_hidden_slope;
  std::vector<Matrix> m_forward_terms, m_backward_terms;
  int m_target = 1;
  double m_loss = 0, m_loss_after = 0;
  std::vector<WalkStep> m_steps;
  int m_cursor = -1;
  int m_rounds = 0;
};

}  // namespace nn
