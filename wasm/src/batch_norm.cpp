#include "nn/batch_norm.h"

#include <new>
#include <stdexcept>

namespace nn {

void BatchNorm::forward(const Matrix& in, Phase phase) {
  if (m_run_mean.data() == nullptr) throw std::logic_error("batch norm used without a state buffer");
  m_phase = phase;
  const Index B = in.cols();
  m_mean.resize(m_n);
  m_var.resize(m_n);
  if (phase == Phase::Train && B > 0) {
    for (Index r = 0; r < m_n; ++r) {      // row by row: Eigen's partial reductions of an
      const Scalar mu = in.row(r).mean();  // expression may allocate a temporary
      m_mean(r) = mu;
      m_var(r) = (in.row(r).array() - mu).square().mean();
    }
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
  m_out.resize(m_n, B);
  for (Index r = 0; r < m_n; ++r) {
    m_xhat.row(r).array() = (in.row(r).array() - m_mean(r)) * m_inv_std(r);
    m_out.row(r).array() = m_xhat.row(r).array() * m_gamma(r) + m_beta(r);
  }
}

void BatchNorm::backward(const Matrix&, const Matrix& grad_out, Matrix& grad_in) {
  const Index B = grad_out.cols();
  m_dbeta = grad_out.rowwise().sum();
  for (Index r = 0; r < m_n; ++r) m_dgamma(r) = grad_out.row(r).dot(m_xhat.row(r));
  grad_in.resize(m_n, B);
  // Row by row (nested broadcasts would make Eigen allocate temporaries).
  for (Index r = 0; r < m_n; ++r) {
    const Scalar k = m_gamma(r) * m_inv_std(r);
    if (m_phase == Phase::Train)  // γ/(B·σ) ⊙ (B·G − Σ G − x̂ ⊙ Σ G⊙x̂)
      grad_in.row(r).array() = (k / Scalar(B)) * (Scalar(B) * grad_out.row(r).array() - m_dbeta(r) -
                                                  m_xhat.row(r).array() * m_dgamma(r));
    else  // running statistics are constants: ∂L/∂x = G ⊙ γ/√(var + ε)
      grad_in.row(r) = k * grad_out.row(r);
  }
}

}  // namespace nn
