// The theory of the course's quadratic f = a·u² + b·v² (u, v its rotated coordinates), as in
// Goh, "Why Momentum Really Works" (Distill, 2017). The Hessian has eigenvalues λ₁ = 2a (along
// u) and λ₂ = 2b (along v); κ = max/min. For the heavy ball in the core's form
// v ← β·v + g, w ← w − α·v, each eigen-component of the error evolves by the 2×2 matrix
//   [ β      λ    ]
//   [ −αβ  1 − αλ ]
// whose eigenvalues μ solve μ² − (1 + β − αλ)·μ + β = 0; the slower of the two components
// sets the convergence factor per step, max |μ| over λ₁ and λ₂.
#pragma once
#include <array>
#include <vector>

#include "nn/surface.h"

namespace nn {

struct QuadraticAnalysis {
  double lambda1, lambda2;           // Hessian eigenvalues along u and v
  std::array<double, 2> u, v;        // the unit eigen-directions in (x, y)
  double kappa;                      // condition number max(λ)/min(λ)
  double gd_step, gd_rate;           // α* = 2/(λ₁ + λ₂) = 1/(a + b), factor (κ − 1)/(κ + 1)
  // Gradient descent converges iff α < 2/λ_max = 1/max(a, b): along the steep direction the
  // error is multiplied by 1 − αλ_max per step, which must stay inside (−1, 1).
  double gd_stability_limit;
  double momentum_alpha;             // α* = (2/(√λ₁ + √λ₂))²
  double momentum_beta;              // β* = ((√κ − 1)/(√κ + 1))²
  double momentum_rate;              // (√κ − 1)/(√κ + 1)
};

QuadraticAnalysis analyze_quadratic(const QuadraticParams& q);

// Convergence factor per step of the heavy ball with (α, β): the spectral radius of its
// iteration matrix, the larger over the two eigenvalues. ≥ 1 means it does not converge.
// β = 0 is gradient descent: max |1 − αλ|.
double momentum_rate(double alpha, double beta, double lambda1, double lambda2);

// momentum_rate over a grid of the (α, β) plane, row-major from the top-left; cell centres:
// α = (j + ½)/n_alpha · alpha_max, β = 1 − (i + ½)/n_beta (top row β near 1).
std::vector<float> momentum_rate_map(const QuadraticParams& q, int n_alpha, int n_beta, double alpha_max);

}  // namespace nn
