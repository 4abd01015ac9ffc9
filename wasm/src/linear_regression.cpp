#include "nn/linear_regression.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace nn {
namespace {

void check_shapes(const Matrix& x, const Matrix& y) {
  if (y.rows() != 1 || y.cols() != x.cols() || x.cols() < 1)
    throw std::invalid_argument("linear regression needs one target per point and at least one point");
}

// Column-pivoting Householder QR of the n × d column-major matrix a, in place: R on and above
// the diagonal, the Householder vectors' essential parts below it. The same algorithm as
// Eigen's ColPivHouseholderQR (which this replaced: its double instantiation and the
// eigensolver below were 40 KB of the WebAssembly module for systems of 1–13 unknowns), step
// for step: the column of largest remaining norm first, LAPACK's norm downdate with a direct
// recomputation when it loses accuracy, and "nonzero" counting the pivots above
// ε·(largest column norm) the way Eigen does, so the answers agree to rounding.
struct PivotedQr {
  std::vector<double> tau;   // Householder coefficients
  std::vector<Index> perm;   // perm[k]: the input column in position k
  Index nonzero = 0;         // pivots that are not numerically zero (Eigen's nonzeroPivots)
  double max_pivot = 0;      // largest |R_kk|
};

double column_norm(const std::vector<double>& a, Index n, Index col, Index from) {
  double s = 0;
  for (Index i = from; i < n; ++i) s += a[std::size_t(col * n + i)] * a[std::size_t(col * n + i)];
  return std::sqrt(s);
}

PivotedQr pivoted_qr(std::vector<double>& a, Index n, Index d) {
  const Index size = std::min(n, d);
  PivotedQr qr;
  qr.tau.assign(std::size_t(size), 0.0);
  qr.perm.resize(std::size_t(d));
  for (Index k = 0; k < d; ++k) qr.perm[std::size_t(k)] = k;
  std::vector<double> updated(static_cast<std::size_t>(d)), direct(static_cast<std::size_t>(d));
  double max_norm = 0;
  for (Index k = 0; k < d; ++k) {
    direct[std::size_t(k)] = updated[std::size_t(k)] = column_norm(a, n, k, 0);
    max_norm = std::max(max_norm, updated[std::size_t(k)]);
  }
  const double eps = std::numeric_limits<double>::epsilon();
  const double threshold_helper = (max_norm * eps) * (max_norm * eps) / double(n);
  const double downdate_threshold = std::sqrt(eps);
  qr.nonzero = size;
  auto at = [&](Index i, Index j) -> double& { return a[std::size_t(j * n + i)]; };
  for (Index k = 0; k < size; ++k) {
    Index best = k;  // the first of equal largest norms, as Eigen's maxCoeff
    for (Index j = k + 1; j < d; ++j)
      if (updated[std::size_t(j)] > updated[std::size_t(best)]) best = j;
    if (qr.nonzero == size && updated[std::size_t(best)] * updated[std::size_t(best)] < threshold_helper * double(n - k))
      qr.nonzero = k;
    if (best != k) {
      for (Index i = 0; i < n; ++i) std::swap(at(i, k), at(i, best));
      std::swap(updated[std::size_t(k)], updated[std::size_t(best)]);
      std::swap(direct[std::size_t(k)], direct[std::size_t(best)]);
      std::swap(qr.perm[std::size_t(k)], qr.perm[std::size_t(best)]);
    }
    // The reflector H = I − τ·v·vᵀ, v = [1; essential], with H·a_k = [β; 0 …].
    double tail = 0;
    for (Index i = k + 1; i < n; ++i) tail += at(i, k) * at(i, k);
    const double c0 = at(k, k);
    double beta, tau;
    if (tail <= std::numeric_limits<double>::min()) {
      tau = 0;
      beta = c0;
      for (Index i = k + 1; i < n; ++i) at(i, k) = 0;
    } else {
      beta = std::sqrt(c0 * c0 + tail);
      if (c0 >= 0) beta = -beta;
      for (Index i = k + 1; i < n; ++i) at(i, k) /= c0 - beta;
      tau = (beta - c0) / beta;
    }
    qr.tau[std::size_t(k)] = tau;
    at(k, k) = beta;
    qr.max_pivot = std::max(qr.max_pivot, std::abs(beta));
    for (Index j = k + 1; j < d; ++j) {  // apply H to the remaining columns
      if (tau == 0) break;
      double w = at(k, j);
      for (Index i = k + 1; i < n; ++i) w += at(i, k) * at(i, j);
      at(k, j) -= tau * w;
      for (Index i = k + 1; i < n; ++i) at(i, j) -= tau * w * at(i, k);
    }
    for (Index j = k + 1; j < d; ++j) {  // downdate the remaining columns' norms (LAPACK xGEQPF)
      double& u = updated[std::size_t(j)];
      if (u == 0) continue;
      double r = std::abs(at(k, j)) / u;
      r = std::max(0.0, (1 + r) * (1 - r));
      const double ratio = u / direct[std::size_t(j)];
      if (r * ratio * ratio <= downdate_threshold)
        direct[std::size_t(j)] = u = column_norm(a, n, j, k + 1);
      else
        u *= std::sqrt(r);
    }
  }
  return qr;
}

// The least-squares solution of a·w ≈ t from pivoted_qr's factors over the first r pivots: Qᵀt,
// then back substitution; the other columns' weights are 0.
std::vector<double> qr_solve(const PivotedQr& qr, const std::vector<double>& a, Index n, Index d, std::vector<double> t,
                             Index r) {
  std::vector<double> w(static_cast<std::size_t>(d), 0.0);
  for (Index k = 0; k < r; ++k) {  // t ← H_k·t, k = 0 … r − 1
    const double tau = qr.tau[std::size_t(k)];
    if (tau == 0) continue;
    double s = t[std::size_t(k)];
    for (Index i = k + 1; i < n; ++i) s += a[std::size_t(k * n + i)] * t[std::size_t(i)];
    t[std::size_t(k)] -= tau * s;
    for (Index i = k + 1; i < n; ++i) t[std::size_t(i)] -= tau * s * a[std::size_t(k * n + i)];
  }
  for (Index k = r - 1; k >= 0; --k) {
    double s = t[std::size_t(k)];
    for (Index j = k + 1; j < r; ++j) s -= a[std::size_t(j * n + k)] * t[std::size_t(j)];
    t[std::size_t(k)] = s / a[std::size_t(k * n + k)];
  }
  for (Index k = 0; k < r; ++k) w[std::size_t(qr.perm[std::size_t(k)])] = t[std::size_t(k)];
  return w;
}

// Eigenvalues of the symmetric m × m row-major matrix h, ascending, by the cyclic Jacobi method
// (rotations until the off-diagonal part is below rounding): for the 2–14 unknowns of the
// regression pages it is as exact as Eigen's tridiagonal QR (SelfAdjointEigenSolver) and a
// fraction of its code.
std::vector<double> symmetric_eigenvalues(std::vector<double> h, Index m) {
  auto at = [&](Index i, Index j) -> double& { return h[std::size_t(i * m + j)]; };
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0, diag = 0;
    for (Index i = 0; i < m; ++i) {
      diag += at(i, i) * at(i, i);
      for (Index j = i + 1; j < m; ++j) off += at(i, j) * at(i, j);
    }
    if (off <= 1e-36 * diag || off == 0) break;
    for (Index p = 0; p < m; ++p)
      for (Index q = p + 1; q < m; ++q) {
        const double apq = at(p, q);
        if (apq == 0) continue;
        // The rotation (c, s) that zeroes h_pq (Golub & Van Loan, algorithm 8.5.1).
        const double theta = (at(q, q) - at(p, p)) / (2 * apq);
        const double tn = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(tn * tn + 1), s = tn * c;
        for (Index k = 0; k < m; ++k) {  // columns p and q
          const double hkp = at(k, p), hkq = at(k, q);
          at(k, p) = c * hkp - s * hkq;
          at(k, q) = s * hkp + c * hkq;
        }
        for (Index k = 0; k < m; ++k) {  // rows p and q
          const double hpk = at(p, k), hqk = at(q, k);
          at(p, k) = c * hpk - s * hqk;
          at(q, k) = s * hpk + c * hqk;
        }
      }
  }
  std::vector<double> lambda(static_cast<std::size_t>(m));
  for (Index i = 0; i < m; ++i) lambda[std::size_t(i)] = at(i, i);
  std::sort(lambda.begin(), lambda.end());
  return lambda;
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
  const Index d = x.rows(), n = x.cols();
  // The centred inputs, n × d column-major (one column per feature), and centred targets.
  std::vector<double> a(static_cast<std::size_t>(n * d)), t(static_cast<std::size_t>(n)), x_mean(static_cast<std::size_t>(d), 0.0);
  double y_mean = 0;
  for (Index i = 0; i < n; ++i) y_mean += double(y(0, i));
  y_mean /= double(n);
  for (Index k = 0; k < d; ++k) {
    for (Index i = 0; i < n; ++i) x_mean[std::size_t(k)] += double(x(k, i));
    x_mean[std::size_t(k)] /= double(n);
    for (Index i = 0; i < n; ++i) a[std::size_t(k * n + i)] = double(x(k, i)) - x_mean[std::size_t(k)];
  }
  for (Index i = 0; i < n; ++i) t[std::size_t(i)] = double(y(0, i)) - y_mean;
  const PivotedQr qr = pivoted_qr(a, n, d);
  LeastSquares out;
  // Columns whose pivot is below this (relative to the largest) count as dependent.
  const double threshold = 1e-12 * qr.max_pivot;
  for (Index k = 0; k < qr.nonzero; ++k) out.rank += std::abs(a[std::size_t(k * n + k)]) > threshold;
  // Solved over the leading pivots above the threshold: a dependent column gets weight 0 (Eigen
  // solved over every pivot above ε, so an exactly dependent column's rounding residue became a
  // pivot and the weights of the dependent pair grew huge and opposite, with the same fit).
  Index used = 0;
  while (used < qr.nonzero && std::abs(a[std::size_t(used * n + used)]) > threshold) ++used;
  out.weights = qr_solve(qr, a, n, d, t, used);
  out.bias = y_mean;
  for (Index k = 0; k < d; ++k) out.bias -= x_mean[std::size_t(k)] * out.weights[std::size_t(k)];
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
  const Index d = x.rows(), n = x.cols(), m = d + 1;
  // H = (1/n) · Σᵢ [xᵢ; 1]·[xᵢ; 1]ᵀ, row-major m × m.
  std::vector<double> h(static_cast<std::size_t>(m * m), 0.0), row(static_cast<std::size_t>(m));
  for (Index i = 0; i < n; ++i) {
    for (Index k = 0; k < d; ++k) row[std::size_t(k)] = double(x(k, i));
    row[std::size_t(d)] = 1.0;
    for (Index r = 0; r < m; ++r)
      for (Index c = 0; c < m; ++c) h[std::size_t(r * m + c)] += row[std::size_t(r)] * row[std::size_t(c)];
  }
  for (double& v : h) v /= double(n);
  const std::vector<double> lambda = symmetric_eigenvalues(h, m);
  Curvature c;
  c.lambda_min = std::max(0.0, lambda.front());
  c.lambda_max = lambda.back();
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
