// Batch normalization (Ioffe & Szegedy 2015), per feature (row), over the batch (columns):
//   train:  μ = mean_j x_j,  σ² = mean_j (x_j − μ)²,  x̂ = (x − μ)/√(σ² + ε),  y = γ ⊙ x̂ + β
//           running ← (1 − m)·running + m·batch  (m = 0.1; the running variance uses the
//           unbiased B/(B − 1)·σ², as PyTorch does)
//   eval:   x̂ = (x − running mean)/√(running var + ε),  y = γ ⊙ x̂ + β
// Backward (train), with G = ∂L/∂y:
//   ∂L/∂γ = Σ_j G ⊙ x̂,   ∂L/∂β = Σ_j G,
//   ∂L/∂x = γ/(B·√(σ² + ε)) ⊙ (B·G − ∂L/∂β − x̂ ⊙ ∂L/∂γ)
// γ and β are trainable (the network's flat parameter buffer); the running statistics live in
// a separate flat state buffer that every network sharing the parameters also shares, so the
// evaluation and grid networks see what the training network learned.
#pragma once
#include "nn/layer.h"

namespace nn {

class BatchNorm final : public Layer {
 public:
  static constexpr double kMomentum = 0.1;
  static constexpr double kEpsilon = 1e-5;

  explicit BatchNorm(Index size)
      : m_n(size),
        m_gamma(nullptr, size),
        m_beta(nullptr, size),
        m_dgamma(nullptr, size),
        m_dbeta(nullptr, size),
        m_run_mean(nullptr, size),
        m_run_var(nullptr, size) {}

  const char* kind() const override { return "batch_norm"; }
  Index in_size() const override { return m_n; }
  Index out_size() const override { return m_n; }

  // Flat layout: γ (n values), then β (n values). State: running mean (n), running var (n).
  Index param_count() const override { return 2 * m_n; }
  void bind(Scalar* params, Scalar* grads) override;
  void init_params(Rng& rng, Init init) override;  // γ = 1, β = 0
  Index state_count() const override { return 2 * m_n; }
  void bind_state(Scalar* state) override;
  void init_state() override;  // mean 0, variance 1

  void forward(const Matrix& in, Phase phase) override;
  const Matrix& output() const override { return m_out; }
  void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) override;

  const VectorMap& running_mean() const { return m_run_mean; }
  const VectorMap& running_var() const { return m_run_var; }
  // Of the last forward pass: μ and σ² it normalized with (the batch's in training, the
  // running ones in evaluation), x̂ (features × B), and the trained γ and β.
  const Vector& mean() const { return m_mean; }
  const Vector& variance() const { return m_var; }
  const Matrix& normalized() const { return m_xhat; }
  const VectorMap& gamma() const { return m_gamma; }
  const VectorMap& beta() const { return m_beta; }

 private:
  Index m_n;
  VectorMap m_gamma, m_beta, m_dgamma, m_dbeta, m_run_mean, m_run_var;
  Vector m_mean, m_var, m_inv_std;  // of the last forward pass (batch or running)
  Matrix m_xhat, m_out;
  Phase m_phase = Phase::Eval;
};

}  // namespace nn
