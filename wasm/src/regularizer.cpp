#include "nn/regularizer.h"

namespace nn {

double penalty(Regularization kind, double rate, const Vector& params, const Ranges& ranges) {
  double sum = 0;
  for (const auto& [offset, count] : ranges) {
    auto w = params.segment(offset, count);
    if (kind == Regularization::L1) sum += double(w.cwiseAbs().sum());
    if (kind == Regularization::L2) sum += 0.5 * double(w.squaredNorm());
  }
  return kind == Regularization::None ? 0.0 : rate * sum;
}

void add_penalty_gradient(Regularization kind, double rate, const Vector& params, Vector& grads,
                          const Ranges& ranges) {
  if (kind != Regularization::L2 || rate == 0) return;
  const Scalar lambda = Scalar(rate);
  for (const auto& [offset, count] : ranges)
    grads.segment(offset, count) += lambda * params.segment(offset, count);
}

void apply_l1_proximal(Regularization kind, double rate, double learning_rate, Vector& params,
                       const Ranges& ranges) {
  if (kind != Regularization::L1 || rate == 0) return;
  const Scalar t = Scalar(learning_rate * rate);
  for (const auto& [offset, count] : ranges) {
    auto w = params.segment(offset, count).array();
    w = w.sign() * (w.abs() - t).max(Scalar(0));
  }
}

long long count_zeros(const Vector& params, const Ranges& ranges) {
  long long zeros = 0;
  for (const auto& [offset, count] : ranges)
    zeros += (params.segment(offset, count).array() == Scalar(0)).count();
  return zeros;
}

}  // namespace nn
