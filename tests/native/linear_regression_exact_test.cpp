// The closed-form fit and the curvature are plain-loop pivoted QR and Jacobi (so that Eigen's
// double decompositions stay out of the WebAssembly module). Here they are checked against
// Eigen's ColPivHouseholderQR and SelfAdjointEigenSolver, computed the way the core computed
// them before, on full-rank, badly scaled, constant-column and collinear inputs.
#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "nn/linear_regression.h"

namespace nn {
namespace {

struct Reference {
  std::vector<double> weights;
  double bias = 0;
  int rank = 0;
  double lambda_min = 0, lambda_max = 0;
};

Reference eigen_reference(const Matrix& x, const Matrix& y) {
  const Eigen::MatrixXd X = x.cast<double>().transpose();
  const Eigen::VectorXd t = y.cast<double>().transpose();
  const Eigen::RowVectorXd x_mean = X.colwise().mean();
  const double y_mean = t.mean();
  const Eigen::MatrixXd Xc = X.rowwise() - x_mean;
  const Eigen::VectorXd tc = t.array() - y_mean;
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(Xc);
  qr.setThreshold(1e-12);
  Reference r;
  r.rank = int(qr.rank());
  Eigen::VectorXd w = Eigen::VectorXd::Zero(X.cols());
  if (r.rank > 0) w = qr.solve(tc);
  r.weights.assign(w.data(), w.data() + w.size());
  r.bias = y_mean - x_mean.dot(w);
  const Index d = x.rows(), n = x.cols();
  Eigen::MatrixXd A(d + 1, n);
  A.topRows(d) = x.cast<double>();
  A.row(d).setOnes();
  const Eigen::MatrixXd H = A * A.transpose() / double(n);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(H, Eigen::EigenvaluesOnly);
  r.lambda_min = std::max(0.0, eig.eigenvalues()(0));
  r.lambda_max = eig.eigenvalues()(d);
  return r;
}

double relative(double a, double b, double scale) { return std::abs(a - b) / std::max(std::abs(b), scale); }

// kind 0: independent columns of different means and scales; 1: one column in the thousands;
// 2: a constant column; 3: a column that is twice another (exactly collinear in float).
void make_problem(Rng& rng, int kind, int d, int n, Matrix& x, Matrix& y) {
  x.resize(d, n);
  y.resize(1, n);
  for (int i = 0; i < n; ++i) {
    double t = 0.5;
    for (int k = 0; k < d; ++k) {
      double v = rng.normal(k, 1.0 + k);
      if (kind == 1 && k == 0) v = rng.uniform(500, 3500);
      if (kind == 2 && k == d - 1) v = 4.0;
      if (kind == 3 && k == d - 1) v = 2.0 * double(x(0, i));
      x(k, i) = Scalar(v);
      t += (k % 3 - 1.2) * double(x(k, i));
    }
    y(0, i) = Scalar(t + rng.normal(0, 0.5));
  }
}

TEST(LinearRegressionExact, ClosedFormAndCurvatureAgreeWithEigensDecompositions) {
  Rng rng(2026);
  double worst_w = 0, worst_lambda = 0, worst_loss = 0;
  int cases = 0;
  for (int kind = 0; kind < 4; ++kind)
    for (int d = (kind == 3 ? 3 : 1); d <= 13; d += 2)
      for (int n : {d + 1, 2 * d + 3, 40, 200}) {
        Matrix x, y;
        make_problem(rng, kind, d, n, x, y);
        const Reference ref = eigen_reference(x, y);
        const LeastSquares ls = least_squares(x, y);
        const Curvature c = loss_curvature(x);
        ++cases;
        EXPECT_EQ(ls.rank, ref.rank) << "kind " << kind << " d " << d << " n " << n;
        // λ_min of a singular H is rounding noise in both: compare it on λ_max's scale.
        worst_lambda = std::max({worst_lambda, relative(c.lambda_max, ref.lambda_max, 0),
                                 relative(c.lambda_min, ref.lambda_min, ref.lambda_max)});
        // The loss at the minimum is unique whatever the rank (with dependent columns Eigen's
        // weights were huge and opposite, so its loss carries their rounding: ours is not above it).
        std::vector<double> rw = ref.weights;
        const double ref_loss = squared_loss(x, y, rw.data(), ref.bias);
        // On the scale of the targets' own spread (the loss of the constant fit): with n = d + 1
        // points the fit interpolates and both losses are rounding noise near 0.
        const std::vector<double> zero(std::size_t(d), 0.0);
        const double spread = squared_loss(x, y, zero.data(), double(y.mean()));
        worst_loss = std::max(worst_loss, (ls.loss - ref_loss) / std::max(ref_loss, 1e-12 * spread));
        if (ref.rank < d) continue;  // the weights of a rank-deficient fit are not unique
        double scale = std::abs(ref.bias);
        for (double w : ref.weights) scale = std::max(scale, std::abs(w));
        for (int k = 0; k < d; ++k) worst_w = std::max(worst_w, relative(ls.weights[k], ref.weights[k], 1e-3 * scale));
        worst_w = std::max(worst_w, relative(ls.bias, ref.bias, 1e-3 * scale));
      }
  std::printf("  %d problems: weights %.1e, eigenvalues %.1e (largest relative difference), loss %.1e above\n", cases,
              worst_w, worst_lambda, worst_loss);
  EXPECT_LT(worst_w, 1e-9);
  EXPECT_LT(worst_lambda, 1e-9);
  EXPECT_LT(worst_loss, 1e-9);
}

TEST(LinearRegressionExact, DependentColumnsGetZeroWeightsAndTheSameFit) {
  // A duplicated column and a constant one: the rank says so, and the fit is the one-column fit.
  Rng rng(8);
  Matrix x(3, 50), y(1, 50);
  for (int i = 0; i < 50; ++i) {
    x(0, i) = Scalar(rng.uniform(-2, 2));
    x(1, i) = Scalar(7.0);
    x(2, i) = Scalar(2.0 * double(x(0, i)));
    y(0, i) = Scalar(3.0 * double(x(0, i)) + 1.0 + rng.normal(0, 0.1));
  }
  const LeastSquares ls = least_squares(x, y);
  const Reference ref = eigen_reference(x, y);
  EXPECT_EQ(ls.rank, 1);
  EXPECT_EQ(ref.rank, 1);
  EXPECT_NEAR(ls.weights[0] + 2 * ls.weights[2], 3.0, 0.05);
  EXPECT_EQ(ls.weights[1], 0.0);  // the constant column
  EXPECT_LE(ls.loss, squared_loss(x, y, ref.weights.data(), ref.bias) * (1 + 1e-9));
  std::printf("  dependent columns: weights %.6g %.6g %.6g (Eigen's %.6g %.6g %.6g)\n", ls.weights[0], ls.weights[1],
              ls.weights[2], ref.weights[0], ref.weights[1], ref.weights[2]);
}

}  // namespace
}  // namespace nn
