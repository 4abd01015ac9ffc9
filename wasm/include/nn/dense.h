// Fully connected layer: z = W·x + b, W is out×in, b is out×1.
#pragma once
#include "nn/layer.h"

namespace nn {

class Dense final : public Layer {
 public:
  Dense(Index in, Index out) : m_in(in), m_out(out), m_W(nullptr, out, in), m_b(nullptr, out),
                               m_dW(nullptr, out, in), m_db(nullptr, out) {}

  const char* kind() const override { return "dense"; }
  Index in_size() const override { return m_in; }
  Index out_size() const override { return m_out; }

  // Flat layout: W column-major (out·in values), then b (out values). Gradients mirror it.
  Index param_count() const override { return m_out * m_in + m_out; }
  void bind(Scalar* params, Scalar* grads) override;
  // Xavier/Glorot: Var = 2/(in+out); He: Var = 2/in. Biases start at zero.
  void init_params(Rng& rng, Init init) override;

  void forward(const Matrix& in, Phase phase) override;
  const Matrix& output() const override { return m_z; }
  // ∂L/∂W = G·xᵀ, ∂L/∂b = Σ_columns G, ∂L/∂x = Wᵀ·G, with G = ∂L/∂z (already divided by B).
  void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) override;

  const MatrixMap& weights() const { return m_W; }
  const VectorMap& bias() const { return m_b; }
  const MatrixMap& weight_grads() const { return m_dW; }

 private:
  Index m_in, m_out;
  MatrixMap m_W;
  VectorMap m_b;
  MatrixMap m_dW;
  VectorMap m_db;
  Matrix m_z;
};

}  // namespace nn
