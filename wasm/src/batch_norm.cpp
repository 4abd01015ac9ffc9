#include "nn/batch_norm.h"

#include <new>
#include <stdexcept>

namespace nn {

void BatchNorm::bind(Scalar* params, Scalar* grads) {
  new (&m_gamma) VectorMap(params, m_n);
  new (&m_beta) VectorMap(params + m_n, m_n);
  new (&m_dgamma) VectorMap(grads, m_n);
  new (&m_dbeta) VectorMap(grads + m_n, m_n);
}

void BatchNorm::bind_state(Scalar* state) {
  new (&m_run_mean) VectorMap(state, m_n);
  new (&m_run_var) VectorMap(state + m_n, m_n);
}

void BatchNorm::init_params(Rng&, Init) {
  m_gamma.setOnes();
  m_beta.setZero();
}

void BatchNorm::init_state() {
  m_run_mean.setZero();
  m_run_var.setOnes();
}

void BatchNorm::forward(const Matrix& in, Phase phase) {
  if (m_run_mean.data() == nullptr) throw std::logic_error("batch norm used without a state buffer");
  m_phase = phase;
  const Index B = in.cols();
  m_mean.resize(m_n);
  m_var.resize(m_n);
  if (phase == Phase::Train && B > 0) {
    m_mean = in.rowwise().mean();
    m_var = (in.colwise() - m_mean).array().square().rowwise().mean().matrix();
    const Scalar m = Scalar(kMomentum);
    const Scalar unbiased = B > 1 ? Scalar(double(B) / double(B - 1)) : Scalar(1);
    m_run_mean = (Scalar(1) - m) * m_run_mean + m * m_mean;
    m_run_var = (Scalar(1) - m) * m_run_var + (m * unbiased) * m_var;
  } else {
    m_mean = m_run_mean;
    m_var = m_run_var;
  }
  m_inv_std = (m_var.array() + Scalar(kEpsilon)).rsqrt().matrix();
  m_xhat.resize(m_n, B);
  m_xhat.array() = (in.array().colwise() - m_mean.array()).colwise() * m_inv_std.array();
  m_out.resize(m_n, B);
  m_out.array() = (m_xhat.array().colwise() * m_gamma.array()).colwise() + m_beta.array();
}

void BatchNorm::backward(const Matrix&, const Matrix& grad_out, Matrix& grad_in) {
  const Index B = grad_out.cols();
  m_dbeta = grad_out.rowwise().sum();
  m_dgamma = grad_out.cwiseProduct(m_xhat).rowwise().sum();
  grad_in.resize(m_n, B);
  if (m_phase == Phase::Train) {
    // γ/(B·σ) ⊙ (B·G − Σ G − x̂ ⊙ Σ G⊙x̂)
    grad_in.array() = ((grad_out.array() * Scalar(B)).colwise() - m_dbeta.array() -
                       m_xhat.array().colwise() * m_dgamma.array())
                          .colwise() *
                      (m_gamma.array() * m_inv_std.array() / Scalar(B));
  } else {  // running statistics are constants: ∂L/∂x = G ⊙ γ/√(var + ε)
    grad_in.array() = grad_out.array().colwise() * (m_gamma.array() * m_inv_std.array());
  }
}

}  // namespace nn
