#include "nn/dense.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <stdexcept>
#include <string>

namespace nn {
namespace {
// Products run over slabs of at most 64 samples: Eigen's blocking buffers (at most
// depth × 64 values per operand) then stay on the stack (EIGEN_STACK_ALLOCATION_LIMIT in
// CMakeLists.txt) for layers up to 2048 inputs, even when a whole data set is evaluated,
// so no training step or metric evaluation allocates.
constexpr Index kSlab = 64;
}  // namespace

void Dense::bind(Scalar* params, Scalar* grads) {
  new (&m_W) MatrixMap(params, m_out, m_in);
  new (&m_dW) MatrixMap(grads, m_out, m_in);
  if (m_has_bias) {
    new (&m_b) VectorMap(params + m_out * m_in, m_out);
    new (&m_db) VectorMap(grads + m_out * m_in, m_out);
  }
}

void Dense::init_params(Rng& rng, Init init) {
  const double fan_in = double(m_in), fan_out = double(m_out);
  const bool he = init == Init::HeUniform || init == Init::HeNormal;
  const double variance = he ? 2.0 / fan_in : 2.0 / (fan_in + fan_out);
  const bool uniform = init == Init::XavierUniform || init == Init::HeUniform;
  const double limit = std::sqrt(3.0 * variance);  // U(−l, l) has variance l²/3
  const double stddev = std::sqrt(variance);
  for (Index j = 0; j < m_in; ++j)
    for (Index i = 0; i < m_out; ++i)
      m_W(i, j) = Scalar(uniform ? rng.uniform(-limit, limit) : rng.normal(0.0, stddev));
  m_b.setZero();
}

void Dense::forward(const Matrix& in, Phase) {
  m_z.resize(m_out, in.cols());
  for (Index c = 0; c < in.cols(); c += kSlab) {
    const Index k = std::min(kSlab, in.cols() - c);
    m_z.middleCols(c, k).noalias() = m_W * in.middleCols(c, k);
  }
  if (m_has_bias) m_z.colwise() += m_b;
}

void Dense::backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) {
  // ∂L/∂W = Σ over slabs of samples of G·xᵀ (a sum over the batch, so slabs just add up)
  for (Index c = 0; c < in.cols(); c += kSlab) {
    const Index k = std::min(kSlab, in.cols() - c);
    if (c == 0) m_dW.noalias() = grad_out.leftCols(k) * in.leftCols(k).transpose();
    else m_dW.noalias() += grad_out.middleCols(c, k) * in.middleCols(c, k).transpose();
  }
  if (m_has_bias) m_db = grad_out.rowwise().sum();
  grad_in.resize(m_in, grad_out.cols());
  for (Index c = 0; c < in.cols(); c += kSlab) {
    const Index k = std::min(kSlab, in.cols() - c);
    grad_in.middleCols(c, k).noalias() = m_W.transpose() * grad_out.middleCols(c, k);
  }
}

const char* init_name(Init init) {
  switch (init) {
    case Init::XavierUniform: return "xavier_uniform";
    case Init::XavierNormal: return "xavier_normal";
    case Init::HeUniform: return "he_uniform";
    case Init::HeNormal: return "he_normal";
  }
  return "?";
}

Init parse_init(const std::string& name) {
  for (Init i : {Init::XavierUniform, Init::XavierNormal, Init::HeUniform, Init::HeNormal})
    if (name == init_name(i)) return i;
  throw std::invalid_argument("unknown initialization '" + name +
                              "' (expected xavier_uniform, xavier_normal, he_uniform or he_normal)");
}

}  // namespace nn
