// Fully connected layer: z = W·x + b, W is out×in, b is out×1. Without bias (followed by batch
// norm, whose β does the bias's job) z = W·x.
#pragma once
#include "nn/layer.h"

namespace nn {

class Dense final : public Layer {
 public:
  Dense(Index in, Index out, bool bias = true)
      : m_in(in), m_out(out), m_has_bias(bias), m_W(nullptr, out, in), m_b(nullptr, 0),
        m_dW(nullptr, out, in), m_db(nullptr, 0) {}

  const char* kind() const override { return "dense"; }
  Index in_size() const override { return m_in; }
  Index out_size() const override { return m_out; }

  // Flat layout: W column-major (out·in values), then b (out values). Gradients mirror it.
  Index param_count() const override { return m_out * m_in + (m_has_bias ? m_out : 0); }
  bool has_bias() const { return m_has_bias; }
  void bind(Scalar* params, Scalar* grads) override;
  // Xavier/Glorot: Var = 2/(in+out); He: Var = 2/in. Biases start at zero.
  void init_params(Rng& rng, Init init) override;

  void forward(const Matrix& in, Phase phase) override;
  const Matrix& output() const override { return m_z; }
  // ∂L/∂W = G·xᵀ, ∂L/∂b = Σ_columns G, ∂L/∂x = Wᵀ·G, with G = ∂L/∂z (already divided by B).
  void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) override;
  // Off: backward() leaves grad_in untouched. The network's first layer needs no ∂L/∂x (the
  // data is not trained), and skipping it saves a third of that layer's backward work
  // (784 × 256 × batch multiply-adds in the MNIST-sized network).
  void set_input_gradient(bool on) { m_input_gradient = on; }

  const MatrixMap& weights() const { return m_W; }
  const VectorMap& bias() const { return m_b; }
  const MatrixMap& weight_grads() const { return m_dW; }

 private:
  Index m_in, m_out;
  bool m_has_bias;
  bool m_input_gradient = true;
  MatrixMap m_W;
  VectorMap m_b;
  MatrixMap m_dW;
  VectorMap m_db;
  Matrix m_z;
  Matrix m_Wt;  // Wᵀ, scratch for the small-layer backward pass
};

}  // namespace nn
