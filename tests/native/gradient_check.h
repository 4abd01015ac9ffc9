// Central finite differences, for comparing analytic gradients with the definition.
// The core computes in float, so the step is large enough (1e-3) to stay above rounding and
// losses are accumulated in double.
#pragma once
#include <cmath>
#include <functional>

#include "nn/tensor.h"

namespace nn::test {

// Numerical ∂f/∂x_i for every element of x; x is restored afterwards.
inline Matrix numeric_gradient(Matrix& x, const std::function<double()>& f, double h = 1e-3) {
  Matrix g(x.rows(), x.cols());
  for (Index i = 0; i < x.size(); ++i) {
    const Scalar saved = x(i);
    x(i) = Scalar(saved + h);
    const double up = f();
    x(i) = Scalar(saved - h);
    const double down = f();
    x(i) = saved;
    g(i) = Scalar((up - down) / (2 * h));
  }
  return g;
}

// max |a − b| / max(1, |b|): relative for large values, absolute near zero.
inline double max_relative_error(const Matrix& a, const Matrix& b) {
  double worst = 0;
  for (Index i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::abs(double(a(i)) - double(b(i))) / std::max(1.0, std::abs(double(b(i)))));
  return worst;
}

}  // namespace nn::test
