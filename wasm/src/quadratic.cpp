#include "nn/quadratic.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <stdexcept>

namespace nn {

QuadraticAnalysis analyze_quadratic(const QuadraticParams& q) {
  if (!(q.a > 0 && q.b > 0)) throw std::invalid_argument("quadratic: a and b must be positive");
  QuadraticAnalysis r;
  r.lambda1 = 2 * q.a;
  r.lambda2 = 2 * q.b;
  const double c = std::cos(q.angle), s = std::sin(q.angle);
  r.u = {c, s};   // u = c·x + s·y  →  direction (c, s)
  r.v = {-s, c};  // v = −s·x + c·y →  direction (−s, c)
  const double lo = std::min(r.lambda1, r.lambda2), hi = std::max(r.lambda1, r.lambda2);
  r.kappa = hi / lo;
  r.gd_step = 2 / (r.lambda1 + r.lambda2);
  r.gd_stability_limit = 2 / hi;
  r.gd_rate = (r.kappa - 1) / (r.kappa + 1);
  const double root_k = std::sqrt(r.kappa);
  const double a = 2 / (std::sqrt(r.lambda1) + std::sqrt(r.lambda2));
  r.momentum_alpha = a * a;
  r.momentum_rate = (root_k - 1) / (root_k + 1);
  r.momentum_beta = r.momentum_rate * r.momentum_rate;
  return r;
}

namespace {

// Spectral radius of [[β, λ], [−αβ, 1 − αλ]]: trace 1 + β − αλ, determinant β.
double radius(double alpha, double beta, double lambda) {
  const std::complex<double> t(1 + beta - alpha * lambda, 0);
  const std::complex<double> root = std::sqrt(t * t - 4.0 * beta);
  return std::max(std::abs((t + root) / 2.0), std::abs((t - root) / 2.0));
}

}  // namespace

double momentum_rate(double alpha, double beta, double lambda1, double lambda2) {
  return std::max(radius(alpha, beta, lambda1), radius(alpha, beta, lambda2));
}

std::vector<float> momentum_rate_map(const QuadraticParams& q, int n_alpha, int n_beta, double alpha_max) {
  if (n_alpha < 2 || n_alpha > 1024 || n_beta < 2 || n_beta > 1024)
    throw std::invalid_argument("rate map: sizes must be from 2 to 1024");
  if (!(alpha_max > 0)) throw std::invalid_argument("rate map: alpha_max must be positive");
  const QuadraticAnalysis a = analyze_quadratic(q);
  std::vector<float> out(std::size_t(n_alpha) * n_beta);
  for (int i = 0; i < n_beta; ++i) {
    const double beta = 1 - (i + 0.5) / n_beta;
    for (int j = 0; j < n_alpha; ++j) {
      const double alpha = (j + 0.5) / n_alpha * alpha_max;
      out[std::size_t(i) * n_alpha + j] = float(momentum_rate(alpha, beta, a.lambda1, a.lambda2));
    }
  }
  return out;
}

}  // namespace nn
