// A multilayer perceptron: a chain of layers over one flat parameter buffer.
// Hidden block i is Dense → Activation; the output block is one Dense producing logits
// (the output link — sigmoid, softmax or identity — belongs to the Loss).
//
// The network does not own its parameters: several networks can share one buffer. The
// trainer uses that to keep separate activation caches for training batches, for metric
// evaluation and for the decision-boundary grid, so that none of them reallocates the others'.
#pragma once
#include <memory>
#include <vector>

#include "nn/activation.h"
#include "nn/dense.h"
#include "nn/layer.h"

namespace nn {

struct Architecture {
  Index inputs = 2;
  std::vector<int> hidden;               // neurons per hidden layer
  std::vector<Activation> activations;   // one per hidden layer
  Index outputs = 1;
};

class Network {
 public:
  // Total number of parameters the architecture needs in the flat buffer.
  static Index count_params(const Architecture& arch);

  // params and grads point to count_params(arch) values each; the caller keeps them alive.
  Network(const Architecture& arch, Scalar* params, Scalar* grads);

  const Architecture& architecture() const { return m_arch; }
  void init_params(Rng& rng, Init init);

  // x: inputs × B. Returns the logits (outputs × B); every layer keeps its output.
  const Matrix& forward(const Matrix& x, Phase phase);
  // After forward(x): back-propagates ∂L/∂logits, filling every parameter gradient.
  void backward(const Matrix& x, const Matrix& grad_logits);

  // The activations of hidden layer `block` (neurons × B) from the last forward pass.
  const Matrix& hidden_output(int block) const;
  // ∂L/∂(activation) of hidden layer `block` from the last backward pass: the "backward signal".
  const Matrix& hidden_signal(int block) const;
  // Dense layer `block` (0 … hidden.size(); the last one is the output layer).
  const Dense& dense(int block) const { return *m_dense[std::size_t(block)]; }
  int dense_count() const { return int(m_dense.size()); }

  // Offset and length in the flat buffer of each Dense layer's weight matrix (not biases):
  // what L1/L2 penalize.
  const std::vector<std::pair<Index, Index>>& weight_ranges() const { return m_weight_ranges; }

 private:
  Architecture m_arch;
  std::vector<std::unique_ptr<Layer>> m_layers;
  std::vector<Dense*> m_dense;
  std::vector<int> m_block_output;   // index in m_layers of each hidden block's activation layer
  std::vector<Matrix> m_grad_in;     // m_grad_in[i] = ∂L/∂(input of layer i)
  std::vector<std::pair<Index, Index>> m_weight_ranges;
};

}  // namespace nn
