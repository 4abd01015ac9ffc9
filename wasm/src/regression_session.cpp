#include "nn/regression_session.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nn {
namespace {

constexpr std::size_t kMaxPathPoints = std::size_t(1) << 17;
constexpr double kDivergenceFactor = 1e6;

void check_linear(const ExperimentSpec& s) {
  if (!s.model.hidden.empty())
    throw SpecError("model.hidden: linear regression has no hidden layer, got " + std::to_string(s.model.hidden.size()));
  if (s.model.output != "auto" && s.model.output != "linear")
    throw SpecError("model.output: linear regression needs a linear output");
  if (s.model.loss != "auto" && s.model.loss != "squared_error")
    throw SpecError("model.loss: linear regression minimises the squared error");
  if (s.regularization.kind != Regularization::None)
    throw SpecError("regularization.kind: the linear-regression page has no penalty (the closed form is plain least squares)");
}

}  // namespace

RegressionSession::RegressionSession(const ExperimentSpec& spec, const std::string& csv_text)
    : m_spec(spec), m_csv(csv_text) {
  check_linear(m_spec);
  build();
}

void RegressionSession::build() {
  m_trainer = std::make_unique<Trainer>(m_spec, m_csv);
  if (!m_trainer->train_set().regression())
    throw SpecError("data: linear regression needs real-valued targets (data.target 'value' or the line source)");
  m_solution = least_squares(m_trainer->train_inputs(), m_trainer->train_targets());
  m_curvature = loss_curvature(m_trainer->train_inputs());
  restart_path();
}

void RegressionSession::restart_path() {
  m_update = RegressionUpdate{};
  m_path.clear();
  m_losses.clear();
  m_iters.clear();
  m_iteration = 0;
  m_stride = 1;
  m_status = Status::Ok;
  m_start_excess = loss() - m_solution.loss;
  record();
}

void RegressionSession::reset() { build(); }

Index RegressionSession::w_offset() const {
  return Index(m_trainer->network().dense(0).weights().data() - m_trainer->params().data());
}
Index RegressionSession::b_offset() const {
  return Index(m_trainer->network().dense(0).bias().data() - m_trainer->params().data());
}

std::vector<double> RegressionSession::weights() const {
  const auto& W = m_trainer->network().dense(0).weights();
  std::vector<double> w(std::size_t(W.cols()));
  for (Index k = 0; k < W.cols(); ++k) w[std::size_t(k)] = double(W(0, k));
  return w;
}

double RegressionSession::bias() const { return double(m_trainer->network().dense(0).bias()(0)); }

void RegressionSession::set_start(double w1, double b) {
  if (!std::isfinite(w1) || !std::isfinite(b)) throw std::invalid_argument("the start (w, b) must be finite numbers");
  m_trainer->params()[w_offset()] = Scalar(w1);
  m_trainer->params()[b_offset()] = Scalar(b);
  m_trainer->optimizer().reset();
  m_trainer->loaded(0);
  restart_path();
}

double RegressionSession::loss() const {
  const auto w = weights();
  return squared_loss(m_trainer->train_inputs(), m_trainer->train_targets(), w.data(), bias());
}

std::array<double, 2> RegressionSession::gradient() const {
  const auto w = weights();
  std::vector<double> gw(w.size());
  const double gb = squared_loss_gradient(m_trainer->train_inputs(), m_trainer->train_targets(), w.data(), bias(), gw.data());
  return {gw[0], gb};
}

Status RegressionSession::step(int iterations) {
  Trainer& t = *m_trainer;
  const Matrix& x = t.train_inputs();
  const Matrix& y = t.train_targets();
  const Index wo = w_offset(), bo = b_offset();
  for (int s = 0; s < iterations && m_status == Status::Ok; ++s) {
    RegressionUpdate& u = m_update;
    t.prepare_batch();
    const auto& batch = t.prepared_batch();
    u.batch = int(batch.size());
    u.w_before = double(t.params()[wo]);
    u.b_before = double(t.params()[bo]);
    const auto w = weights();
    u.sum_w = u.sum_b = 0;
    for (Index i : batch) {  // the batch's residuals at the weights before the step
      double e = u.b_before - double(y(0, i));
      for (Index k = 0; k < x.rows(); ++k) e += w[std::size_t(k)] * double(x(k, i));
      u.sum_w += e * double(x(0, i));
      u.sum_b += e;
    }
    u.grad_w = u.sum_w / u.batch;
    u.grad_b = u.sum_b / u.batch;
    u.rate = t.optimizer().params.learning_rate;
    const Status trained = t.apply_batch();
    ++m_iteration;
    u.t = t.optimizer().t();
    u.w_after = double(t.params()[wo]);
    u.b_after = double(t.params()[bo]);
    u.state_names.clear();
    u.state_w.clear();
    u.state_b.clear();
    for (auto& [name, values] : t.optimizer().named_state()) {
      u.state_names.emplace_back(name);
      u.state_w.push_back(values->empty() ? 0.0 : double((*values)[std::size_t(wo)]));
      u.state_b.push_back(values->empty() ? 0.0 : double((*values)[std::size_t(bo)]));
    }
    const double l = loss();
    const double excess = l - m_solution.loss;
    const double allowed = kDivergenceFactor * std::max({m_start_excess, m_solution.loss, 1e-12});
    if (trained == Status::Diverged || !std::isfinite(l) || excess > allowed) m_status = Status::Diverged;
    if (m_iteration % m_stride == 0 || m_status != Status::Ok) record();
  }
  return m_status;
}

void RegressionSession::record() {
  if (m_losses.size() >= kMaxPathPoints) {  // keep every second point, record half as often
    std::size_t keep = 0;
    for (std::size_t k = 0; k < m_losses.size(); k += 2, ++keep) {
      m_path[2 * keep] = m_path[2 * k];
      m_path[2 * keep + 1] = m_path[2 * k + 1];
      m_losses[keep] = m_losses[k];
      m_iters[keep] = m_iters[k];
    }
    m_path.resize(2 * keep);
    m_losses.resize(keep);
    m_iters.resize(keep);
    m_stride *= 2;
  }
  m_path.push_back(double(m_trainer->params()[w_offset()]));
  m_path.push_back(double(m_trainer->params()[b_offset()]));
  m_losses.push_back(loss());
  m_iters.push_back(double(m_iteration));
}

double RegressionSession::gap() const {
  const auto w = weights();
  double d2 = (bias() - m_solution.bias) * (bias() - m_solution.bias), n2 = m_solution.bias * m_solution.bias;
  for (std::size_t k = 0; k < w.size(); ++k) {
    d2 += (w[k] - m_solution.weights[k]) * (w[k] - m_solution.weights[k]);
    n2 += m_solution.weights[k] * m_solution.weights[k];
  }
  return std::sqrt(d2) / std::max(1.0, std::sqrt(n2));
}

Bounds RegressionSession::default_window() const {
  const Matrix& x = m_trainer->train_inputs();
  const double n = double(x.cols());
  const double hww = double(x.row(0).cast<double>().squaredNorm()) / n;  // H's diagonal: mean x₁², 1
  // Far enough from the minimum that the loss there is about twice L* (or some scale of the
  // data when the fit is exact), and always holding the start.
  const double excess = std::max({m_solution.loss, 1e-3 * std::max(m_start_excess, 0.0), 1e-12});
  const double w_star = m_solution.weights[0], b_star = m_solution.bias;
  const double w0 = m_path.empty() ? w_star : m_path[0], b0 = m_path.empty() ? b_star : m_path[1];
  const double rw = std::max(1.25 * std::abs(w0 - w_star), 2 * std::sqrt(2 * excess / std::max(hww, 1e-300)));
  const double rb = std::max(1.25 * std::abs(b0 - b_star), 2 * std::sqrt(2 * excess));
  return {w_star - rw, w_star + rw, b_star - rb, b_star + rb};
}

ContourMap RegressionSession::surface(const Bounds& window, int n, int levels) const {
  if (!(window.x_min < window.x_max) || !(window.y_min < window.y_max) || !std::isfinite(window.x_max - window.x_min) ||
      !std::isfinite(window.y_max - window.y_min))
    throw std::invalid_argument("loss surface: the window must have min < max on both axes");
  return contour_map(loss_grid(m_trainer->train_inputs(), m_trainer->train_targets(), weights(), 0, window, n, m_solution.loss),
                     n, window, levels);
}

const Vector& RegressionSession::predictions() {
  const Matrix& x = m_trainer->train_inputs();
  const auto& W = m_trainer->network().dense(0).weights();
  // A plain loop, not Eigen's W * x: the one-row product instantiated Eigen's general product
  // here (14 KB of the module) for a few hundred multiply-adds per frame.
  const Scalar b = Scalar(bias());
  m_pred.resize(x.cols());
  for (Index i = 0; i < x.cols(); ++i) {
    Scalar s = 0;
    for (Index k = 0; k < x.rows(); ++k) s += W(0, k) * x(k, i);
    m_pred(i) = s + b;
  }
  return m_pred;
}

}  // namespace nn
