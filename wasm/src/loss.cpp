#include "nn/loss.h"

#include <cmath>
#include <stdexcept>

#include "nn/activation.h"

namespace nn {

Loss::Loss(OutputLink link, LossKind kind) : m_link(link), m_kind(kind) {
  if (link == OutputLink::Linear && kind == LossKind::CrossEntropy)
    throw std::invalid_argument("cross-entropy needs a sigmoid or softmax output, not linear");
}

void Loss::predict(const ConstMatrixRef& z, Matrix& p) const {
  p.resize(z.rows(), z.cols());
  switch (m_link) {
    case OutputLink::Linear: p = z; break;
    case OutputLink::Sigmoid: p = z.unaryExpr([](Scalar v) { return sigmoid(v); }); break;
    case OutputLink::Softmax:
      for (Index j = 0; j < z.cols(); ++j) {
        const Scalar m = z.col(j).maxCoeff();  // shift by the max: e^(z−m) ≤ 1, no overflow
        p.col(j) = (z.col(j).array() - m).exp();
        p.col(j) /= p.col(j).sum();
      }
      break;
  }
}

double Loss::value(const ConstMatrixRef& z, const ConstMatrixRef& y) const {
  const Index B = z.cols();
  if (B == 0) return 0.0;
  double total = 0.0;
  for (Index j = 0; j < B; ++j) {
    // logsumexp of the column, for softmax (shifted by the max: no overflow at z = ±1000)
    double lse = 0.0;
    if (m_link == OutputLink::Softmax) {
      const double m = z.col(j).maxCoeff();
      double s = 0.0;
      for (Index k = 0; k < z.rows(); ++k) s += std::exp(double(z(k, j)) - m);
      lse = m + std::log(s);
    }
    for (Index k = 0; k < z.rows(); ++k) {
      const double v = z(k, j), t = y(k, j);
      if (m_kind == LossKind::CrossEntropy && m_link == OutputLink::Sigmoid) {
        total += std::max(v, 0.0) - v * t + std::log1p(std::exp(-std::abs(v)));
      } else if (m_kind == LossKind::CrossEntropy) {
        total += t * (lse - v);
      } else {
        const double p = m_link == OutputLink::Linear    ? v
                         : m_link == OutputLink::Sigmoid ? double(sigmoid(Scalar(v)))
                                                         : std::exp(v - lse);
        total += 0.5 * (p - t) * (p - t);
      }
    }
  }
  return total / double(B);
}

// Written in place into grad (p first, then the gradient from it), so that a training step
// allocates nothing once the shapes are known.
void Loss::gradient(const Matrix& z, const Matrix& y, Matrix& grad) const {
  const Scalar inv_b = Scalar(1) / Scalar(std::max<Index>(z.cols(), 1));
  predict(z, grad);
  if (m_kind == LossKind::CrossEntropy || m_link == OutputLink::Linear) {
    grad = (grad - y) * inv_b;  // the cancellation that makes these pairs canonical
  } else if (m_link == OutputLink::Sigmoid) {  // (p − y)·σ'(z), σ' = p(1 − p)
    grad.array() = (grad - y).array() * grad.array() * (Scalar(1) - grad.array()) * inv_b;
  } else {  // softmax + squared error: J = diag(p) − p pᵀ, so Jᵀd = p ⊙ (d − pᵀd), d = p − y
    for (Index j = 0; j < z.cols(); ++j) {
      const Scalar pd = grad.col(j).dot(grad.col(j) - y.col(j));
      grad.col(j).array() = grad.col(j).array() * (grad.col(j).array() - y.col(j).array() - pd) * inv_b;
    }
  }
}

const char* link_name(OutputLink link) {
  switch (link) {
    case OutputLink::Sigmoid: return "sigmoid";
    case OutputLink::Softmax: return "softmax";
    case OutputLink::Linear: return "linear";
  }
  return "?";
}

OutputLink parse_link(const std::string& name) {
  for (OutputLink l : {OutputLink::Sigmoid, OutputLink::Softmax, OutputLink::Linear})
    if (name == link_name(l)) return l;
  throw std::invalid_argument("unknown output '" + name + "' (expected sigmoid, softmax or linear)");
}

const char* loss_name(LossKind kind) {
  return kind == LossKind::CrossEntropy ? "cross_entropy" : "squared_error";
}

LossKind parse_loss(const std::string& name) {
  if (name == "cross_entropy") return LossKind::CrossEntropy;
  if (name == "squared_error") return LossKind::SquaredError;
  throw std::invalid_argument("unknown loss '" + name + "' (expected cross_entropy or squared_error)");
}

}  // namespace nn
