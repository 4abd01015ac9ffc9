#include "nn/dropout.h"

#include <stdexcept>

namespace nn {

void Dropout::forward(const Matrix& in, Phase phase) {
  m_in = &in;
  m_active = phase == Phase::Train && m_rate > 0;
  if (!m_active) return;
  if (!m_frozen || m_mask.rows() != in.rows() || m_mask.cols() != in.cols()) {
    if (!m_rng) throw std::logic_error("dropout needs a random number generator in training");
    m_mask.resize(in.rows(), in.cols());
    for (Index i = 0; i < m_mask.size(); ++i) m_mask(i) = m_rng->uniform() < m_rate ? Scalar(0) : Scalar(1);
  }
  const Scalar scale = Scalar(1.0 / (1.0 - m_rate));
  m_out.resize(in.rows(), in.cols());
  m_out.array() = in.array() * m_mask.array() * scale;
}

void Dropout::backward(const Matrix&, const Matrix& grad_out, Matrix& grad_in) {
  grad_in.resize(grad_out.rows(), grad_out.cols());
  if (!m_active) {
    grad_in = grad_out;
    return;
  }
  const Scalar scale = Scalar(1.0 / (1.0 - m_rate));
  grad_in.array() = grad_out.array() * m_mask.array() * scale;
}

}  // namespace nn
