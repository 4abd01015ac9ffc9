// Linear regression's exact answers, for checking what gradient descent does on it.
//
// The model is ŷ = wᵀx + b: a network with no hidden layer and a linear output, trained by the
// same Trainer and optimizers as every other network (regression_session.h). Its loss is the
// core's squared error (loss.h) averaged over the n training points:
//
//   L(w, b) = (1/n) · Σᵢ ½·(ŷᵢ − yᵢ)²
//   ∂L/∂w   = (1/n) · Σᵢ (ŷᵢ − yᵢ)·xᵢ          ∂L/∂b = (1/n) · Σᵢ (ŷᵢ − yᵢ)
//   H       = (1/n) · Σᵢ [xᵢ; 1]·[xᵢ; 1]ᵀ      (constant: L is quadratic in (w, b))
//
// The ½ is why the gradient has 1/n and not the 2/n of the mean of (ŷ − y)². Everything here
// is computed in double from the trainer's own inputs x (features × n, standardized if the spec
// asks) and targets y (1 × n).
#pragma once
#include <limits>
#include <vector>

#include "nn/dataset.h"
#include "nn/rng.h"
#include "nn/surface.h"
#include "nn/tensor.h"

namespace nn {

// Points on a line with Gaussian noise: x uniform in [x_min, x_max], y = w·x + b + N(0, σ²).
struct LineSpec {
  double weight = 2.0;  // true w
  double bias = 1.0;    // true b
  double noise = 1.0;   // σ of the noise added to y
  int points = 40;
  double x_min = -3.0;
  double x_max = 3.0;
};

// A regression data set (1-D inputs, values = y); draws x then the noise of each point from rng.
Dataset generate_line(const LineSpec& spec, Rng& rng);

// The least-squares solution: the minimum of L, from the normal equations solved stably. The
// problem is centred first (b* = ȳ − x̄ᵀw*, w* = argmin ‖(X − x̄)w − (y − ȳ)‖), which removes the
// bias column's coupling, and then solved by column-pivoting Householder QR, never by forming
// and inverting XᵀX. With collinear or constant columns the minimum is not unique; rank says so
// and the solution has zeros in the dependent columns' places.
struct LeastSquares {
  std::vector<double> weights;  // w*
  double bias = 0;              // b*
  double loss = 0;              // L(w*, b*)
  int rank = 0;                 // rank of the centred inputs (features if unique)
};
LeastSquares least_squares(const Matrix& x, const Matrix& y);

// L(w, b) and its gradient, in double (w has x.rows() entries).
double squared_loss(const Matrix& x, const Matrix& y, const double* w, double b);
// ∂L/∂w into gw (x.rows() entries); returns ∂L/∂b.
double squared_loss_gradient(const Matrix& x, const Matrix& y, const double* w, double b, double* gw);

// Eigenvalues of the Hessian H above (SelfAdjointEigenSolver). Gradient descent with a fixed
// step α on a quadratic multiplies the error along eigenvector k by (1 − α·λ_k) each step, so
// full-batch GD converges if and only if α < 2/λ_max; the slowest direction shrinks by
// (1 − α·λ_min), which is why a large condition number λ_max/λ_min makes GD crawl.
struct Curvature {
  double lambda_max = 0;
  double lambda_min = 0;
  double stable_rate() const { return 2.0 / lambda_max; }  // the stability limit of α
  double condition() const { return lambda_min > 0 ? lambda_max / lambda_min : std::numeric_limits<double>::infinity(); }
};
Curvature loss_curvature(const Matrix& x);

// L over an n × n grid of (w_k, b) with the other weights held at `w`: node (i, j) is at
// w_k = window.x_min + j·(x_max − x_min)/(n − 1), b = window.y_max − i·(y_max − y_min)/(n − 1)
// (row 0 at the top, as contour_map expects). Returned row-major, minus `reference`. Costs
// O(n_points) once for the sums and O(1) per node, so it can be redrawn every frame.
std::vector<double> loss_grid(const Matrix& x, const Matrix& y, const std::vector<double>& w, int k, const Bounds& window,
                              int n, double reference = 0);

}  // namespace nn
