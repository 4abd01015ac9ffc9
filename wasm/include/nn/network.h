// A multilayer perceptron: a chain of layers over one flat parameter buffer.
// Hidden block i is Dense → [BatchNorm] → Activation → [Dropout]; the output block is one
// Dense producing logits (the output link — sigmoid, softmax or identity — belongs to the Loss).
// With batch norm the hidden Dense layers have no bias (β takes its place).
//
// The network does not own its parameters: several networks can share one buffer (and one
// state buffer for batch norm's running statistics). The trainer uses that to keep separate
// activation caches for training batches, for metric evaluation and for the decision-boundary
// grid, so that none of them reallocates the others'.
#pragma once
#include <memory>
#include <vector>

#include "nn/activation.h"
#include "nn/dense.h"
#include "nn/layer.h"

namespace nn {

class Dropout;
class BatchNorm;

struct Architecture {
  Index inputs = 2;
  std::vector<int> hidden;               // neurons per hidden layer
  std::vector<Activation> activations;   // one per hidden layer
  Index outputs = 1;
  std::vector<double> dropout;           // rate per hidden layer (empty: none)
  bool batch_norm = false;               // BatchNorm after every hidden Dense

  bool operator==(const Architecture& o) const {
    return inputs == o.inputs && hidden == o.hidden && activations == o.activations && outputs == o.outputs &&
           dropout == o.dropout && batch_norm == o.batch_norm;
  }
};

class Network {
 public:
  // Number of values the architecture needs in the flat parameter and state buffers.
  static Index count_params(const Architecture& arch);
  static Index count_state(const Architecture& arch);

  // params and grads point to count_params(arch) values each, state to count_state(arch)
  // (may be null without batch norm); rng draws dropout masks (may be null without dropout or
  // if the network only evaluates). The caller keeps them all alive.
  Network(const Architecture& arch, Scalar* params, Scalar* grads, Scalar* state = nullptr, Rng* rng = nullptr);

  const Architecture& architecture() const { return m_arch; }
  // Initializes the parameters (seeded) and the state (batch norm: mean 0, variance 1).
  void init_params(Rng& rng, Init init);

  // x: inputs × B. Returns the logits (outputs × B); every layer keeps its output.
  const Matrix& forward(const Matrix& x, Phase phase);
  // After forward(x): back-propagates ∂L/∂logits, filling every parameter gradient.
  void backward(const Matrix& x, const Matrix& grad_logits);

  // The activations of hidden layer `block` (neurons × B) from the last forward pass, after the
  // activation function and before dropout: what the page draws as the neurons' values.
  const Matrix& hidden_output(int block) const;
  // The input of hidden layer `block`'s activation from the last forward pass (neurons × B):
  // the batch-norm output γ·x̂ + β with batch norm, else the Dense output W·x + b.
  const Matrix& pre_activation(int block) const;
  // ∂L/∂(activation) of hidden layer `block` from the last backward pass: the "backward signal".
  const Matrix& hidden_signal(int block) const;
  // z of hidden layer `block` (neurons × B): the activation function's input (after batch norm
  // when there is one), and δ = ∂L/∂z from the last backward pass (empty before one).
  const Matrix& hidden_preactivation(int block) const;
  const Matrix& hidden_delta(int block) const;
  // Hidden block `block`'s batch norm (between its Dense and its activation), null without one.
  const BatchNorm* batch_norm(int block) const;
  // Dropout mask of hidden layer `block` (neurons × B, 1 kept, 0 dropped) from the last
  // training forward pass; empty if the block has no dropout or none ran yet.
  const Matrix& dropout_mask(int block) const;
  // While frozen, dropout reuses its masks (finite-difference checks).
  void freeze_dropout(bool frozen);
  // Dense layer `block` (0 … hidden.size(); the last one is the output layer).
  const Dense& dense(int block) const { return *m_dense[std::size_t(block)]; }
  int dense_count() const { return int(m_dense.size()); }

  // Offset and length in the flat buffer of each Dense layer's weight matrix (not biases, not
  // batch norm's γ, β): what L1/L2 penalize.
  const std::vector<std::pair<Index, Index>>& weight_ranges() const { return m_weight_ranges; }

 private:
  Architecture m_arch;
  std::vector<std::unique_ptr<Layer>> m_layers;
  std::vector<Dense*> m_dense;
  std::vector<Dropout*> m_dropout;   // per hidden block, null without dropout
  std::vector<int> m_block_output;   // index in m_layers of each hidden block's activation layer
  std::vector<Matrix> m_grad_in;     // m_grad_in[i] = ∂L/∂(input of layer i)
  std::vector<std::pair<Index, Index>> m_weight_ranges;
  Matrix m_empty;
};

}  // namespace nn
