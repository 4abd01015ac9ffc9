#include "nn/linear_regression.h"

#include <Eigen/Dense>
#include <cmath>
#include <stdexcept>

namespace nn {
namespace {

using MatrixD = Eigen::MatrixXd;
using VectorD = Eigen::VectorXd;

void check_shapes(const Matrix& x, const Matrix& y) {
  if (y.rows() != 1 || y.cols() != x.cols() || x.cols() < 1)
    throw std::invalid_argument("linear regression needs one target per point and at least one point");
}

}  // namespace

Dataset generate_line(const LineSpec& s, Rng& rng) {
  if (s.points < 2) throw std::invalid_argument("line: at least 2 points");
  if (!(s.x_min < s.x_max)) throw std::invalid_argument("line: xMin must be below xMax");
  Dataset d;
  d.num_classes = 0;
  d.inputs.resize(1, s.points);
  d.values.resize(std::size_t(s.points));
  for (int i = 0; i < s.points; ++i) {
    const double x = rng.uniform(s.x_min, s.x_max);
    d.inputs(0, i) = Scalar(x);
    d.values[std::size_t(i)] = Scalar(s.weight * x + s.bias + s.noise * rng.normal());
  }
  return d;
}

LeastSquares least_squares(const Matrix& x, const Matrix& y) {
  check_shapes(x, y);
  const MatrixD X = x.cast<double>().transpose();  // n × d
  const VectorD t = y.cast<double>().transpose();
  const Eigen::RowVectorXd x_mean = X.colwise().mean();
  const double y_mean = t.mean();
  const MatrixD Xc = X.rowwise() - x_mean;
  const VectorD tc = t.array() - y_mean;
  Eigen::ColPivHouseholderQR<MatrixD> qr(Xc);
  // Columns whose pivot is below this (relative to the largest) count as dependent.
  qr.setThreshold(1e-12);
  LeastSquares out;
  out.rank = int(qr.rank());
  VectorD w = VectorD::Zero(X.cols());
  if (out.rank > 0) w = qr.solve(tc);
  out.weights.assign(w.data(), w.data() + w.size());
  out.bias = y_mean - x_mean.dot(w);
  out.loss = squared_loss(x, y, out.weights.data(), out.bias);
  return out;
}

double squared_loss(const Matrix& x, const Matrix& y, const double* w, double b) {
  check_shapes(x, y);
  double total = 0;
  for (Index i = 0; i < x.cols(); ++i) {
    double e = b - double(y(0, i));
    for (Index k = 0; k < x.rows(); ++k) e += w[k] * double(x(k, i));
    total += 0.5 * e * e;
  }
  return total / double(x.cols());
}

double squared_loss_gradient(const Matrix& x, const Matrix& y, const double* w, double b, double* gw) {
  check_shapes(x, y);
  const Index d = x.rows(), n = x.cols();
  for (Index k = 0; k < d; ++k) gw[k] = 0;
  double gb = 0;
  for (Index i = 0; i < n; ++i) {
    double e = b - double(y(0, i));
    for (Index k = 0; k < d; ++k) e += w[k] * double(x(k, i));
    for (Index k = 0; k < d; ++k) gw[k] += e * double(x(k, i));
    gb += e;
  }
  for (Index k = 0; k < d; ++k) gw[k] /= double(n);
  return gb / double(n);
}

Curvature loss_curvature(const Matrix& x) {
  if (x.cols() < 1) throw std::invalid_argument("linear regression needs at least one point");
  const Index d = x.rows(), n = x.cols();
  MatrixD A(d + 1, n);  // [x; 1] per column
  A.topRows(d) = x.cast<double>();
  A.row(d).setOnes();
  const MatrixD H = A * A.transpose() / double(n);
  Eigen::SelfAdjointEigenSolver<MatrixD> eig(H, Eigen::EigenvaluesOnly);
  Curvature c;
  c.lambda_min = std::max(0.0, eig.eigenvalues()(0));
  c.lambda_max = eig.eigenvalues()(d);
  return c;
}

// With u = x_k − x̄_k, c = b + w_k·x̄_k and r the rest of the residual (Σ_{j≠k} w_j·x_j − y):
//   2L = w_k²·mean(u²) + 2·w_k·mean(u·(r − r̄)) + var(r) + (c + r̄)²
// The centred sums keep the cancellation small where L is small compared with its terms.
std::vector<double> loss_grid(const Matrix& x, const Matrix& y, const std::vector<double>& w, int k, const Bounds& window,
                              int n, double reference) {
  check_shapes(x, y);
  if (k < 0 || k >= x.rows()) throw std::invalid_argument("loss grid: no weight " + std::to_string(k));
  if (Index(w.size()) != x.rows()) throw std::invalid_argument("loss grid: need one weight per input");
  if (n < 2 || n > 1024) throw std::invalid_argument("loss grid: n must be from 2 to 1024");
  const Index m = x.cols();
  double x_mean = 0, r_mean = 0;
  std::vector<double> r(static_cast<std::size_t>(m));
  for (Index i = 0; i < m; ++i) {
    double ri = -double(y(0, i));
    for (Index j = 0; j < x.rows(); ++j)
      if (j != k) ri += w[std::size_t(j)] * double(x(j, i));
    r[std::size_t(i)] = ri;
    x_mean += double(x(k, i));
    r_mean += ri;
  }
  x_mean /= double(m);
  r_mean /= double(m);
  double suu = 0, sur = 0, srr = 0;
  for (Index i = 0; i < m; ++i) {
    const double u = double(x(k, i)) - x_mean, v = r[std::size_t(i)] - r_mean;
    suu += u * u;
    sur += u * v;
    srr += v * v;
  }
  suu /= double(m);
  sur /= double(m);
  srr /= double(m);
  std::vector<double> out(std::size_t(n) * n);
  const double dw = (window.x_max - window.x_min) / (n - 1), db = (window.y_max - window.y_min) / (n - 1);
  for (int i = 0; i < n; ++i) {
    const double b = window.y_max - i * db;
    for (int j = 0; j < n; ++j) {
      const double wk = window.x_min + j * dw;
      const double c = b + wk * x_mean + r_mean;
      out[std::size_t(i) * n + j] = 0.5 * (wk * wk * suu + 2 * wk * sur + srr + c * c) - reference;
    }
  }
  return out;
}

}  // namespace nn
