#include "nn/race.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "nn/ranges.h"

namespace nn {

namespace {

// A racer leaves the map when it is this many window sizes away from the window's centre.
constexpr double kEscape = 1000;

const std::vector<double>* state(Optimizer<double>& o, const char* name) {
  for (auto& kv : o.named_state())
    if (std::string(kv.first) == name) return kv.second;
  return nullptr;
}

// Adam's 1 − β₂ᵗ, or 1 when the racer's bias correction is off.
double adam_correction2(const Optimizer<double>& o) {
  return o.params.bias_correction ? 1 - std::pow(o.params.beta2, double(o.t())) : 1;
}

}  // namespace

Race::Race(const Surface& surface, uint64_t seed)
    : m_surface(surface), m_seed(seed), m_start(surface.default_start()) {}

void Race::set_surface(const Surface& surface) {
  m_surface = surface;
  m_start = surface.default_start();
  reset();
}

std::size_t Race::add(OptimizerKind kind, const OptimizerParams& params) {
  check_optimizer_params(params);
  Racer r;
  r.kind = kind;
  r.optimizer = make_optimizer<double>(kind, params);
  m_racers.push_back(std::move(r));
  reset_racer(m_racers.size() - 1);
  // A racer added mid-race catches up, so all racers share the iteration count.
  for (long long k = 0; k < m_iteration; ++k) step_racer(m_racers.back());
  return m_racers.size() - 1;
}

void Race::set_params(std::size_t i, const OptimizerParams& params) {
  check_optimizer_params(params);
  m_racers.at(i).optimizer->params = params;
}

void Race::set_kind(std::size_t i, OptimizerKind kind) {
  Racer& r = m_racers.at(i);
  const OptimizerParams p = r.optimizer->params;
  r.kind = kind;
  r.optimizer = make_optimizer<double>(kind, p);
  reset();
}

void Race::set_start(double x, double y) {
  const Range& r = range("lab.start");
  m_start = {check_range(r, x, "start"), check_range(r, y, "start")};
  reset();
}

void Race::set_noise(double sigma) {
  m_noise = check_range(range("lab.noise"), sigma);
}

void Race::set_seed(uint64_t seed) {
  m_seed = seed;
  reset();
}

void Race::reset_racer(std::size_t i) {
  Racer& r = m_racers[i];
  r.optimizer->reset();
  // Racer i's noise stream depends only on the seed and i, not on which others run.
  r.rng.reseed(m_seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL * (i + 1));
  r.w = m_start;
  r.gradient = {0, 0};
  r.step = {0, 0};
  r.diverged = false;
  r.path.assign(m_start.begin(), m_start.end());
  r.losses.assign(1, m_surface.value(m_start[0], m_start[1]) - m_surface.reference());
  r.step_lengths.clear();
}

void Race::reset() {
  m_iteration = 0;
  for (std::size_t i = 0; i < m_racers.size(); ++i) reset_racer(i);
}

void Race::step_racer(Racer& r) {
  if (r.diverged) return;
  double g[2];
  m_surface.gradient(r.w[0], r.w[1], g);
  if (m_noise > 0) {
    g[0] += m_noise * r.rng.normal();
    g[1] += m_noise * r.rng.normal();
  }
  const std::array<double, 2> before = r.w;
  r.optimizer->step(r.w.data(), g, 2);
  r.gradient = {g[0], g[1]};
  r.step = {r.w[0] - before[0], r.w[1] - before[1]};
  const double f = m_surface.value(r.w[0], r.w[1]);
  const Bounds b = m_surface.bounds();
  const double size = std::max(b.x_max - b.x_min, b.y_max - b.y_min);
  const double cx = (b.x_min + b.x_max) / 2, cy = (b.y_min + b.y_max) / 2;
  if (!std::isfinite(f) || std::abs(r.w[0] - cx) > kEscape * size || std::abs(r.w[1] - cy) > kEscape * size) {
    r.diverged = true;  // the path keeps its last point on the map side
    r.w = before;
    return;
  }
  r.path.push_back(r.w[0]);
  r.path.push_back(r.w[1]);
  r.losses.push_back(f - m_surface.reference());
  r.step_lengths.push_back(std::hypot(r.step[0], r.step[1]));
}

void Race::step(int n) {
  if (n < 0) throw std::invalid_argument("steps must be non-negative");
  const long long todo = std::min<long long>(n, kMaxIterations - m_iteration);
  for (long long k = 0; k < todo; ++k) {
    for (Racer& r : m_racers) step_racer(r);
    ++m_iteration;
  }
}

void Race::replay() {
  const long long t = m_iteration;
  reset();
  step(int(t));
}

RacerHead Race::head(std::size_t i) {
  const Racer& r = m_racers.at(i);
  const auto v = velocity(i), sc = scale(i), s2 = second_moment(i);
  RacerHead h;
  h.x = r.w[0];
  h.y = r.w[1];
  h.loss = r.losses.back();
  h.grad_x = r.gradient[0];
  h.grad_y = r.gradient[1];
  h.step_x = r.step[0];
  h.step_y = r.step[1];
  h.velocity_x = v[0];
  h.velocity_y = v[1];
  h.scale_x = sc[0];
  h.scale_y = sc[1];
  h.second_moment_x = s2[0];
  h.second_moment_y = s2[1];
  h.ball_x = r.w[0];
  h.ball_y = r.w[1];
  if (r.kind == OptimizerKind::Nesterov) {  // θ = w + α·β·v (see RacerHead)
    const double ab = r.optimizer->params.learning_rate * r.optimizer->params.momentum;
    h.ball_x += ab * v[0];
    h.ball_y += ab * v[1];
  }
  h.iterations = int(r.iterations());
  h.diverged = r.diverged;
  return h;
}

std::array<double, 2> Race::velocity(std::size_t i) {
  Racer& r = m_racers.at(i);
  Optimizer<double>& o = *r.optimizer;
  if (r.iterations() == 0) return {0, 0};
  switch (r.kind) {
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov: {
      const auto* v = state(o, "v");
      return {(*v)[0], (*v)[1]};
    }
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW: {
      const auto* m = state(o, "m");
      const double c = o.params.bias_correction ? 1 - std::pow(o.params.beta1, double(o.t())) : 1;
      return {(*m)[0] / c, (*m)[1] / c};
    }
    default: return {0, 0};
  }
}

std::array<double, 2> Race::scale(std::size_t i) {
  Racer& r = m_racers.at(i);
  Optimizer<double>& o = *r.optimizer;
  const double a = o.params.learning_rate, eps = o.params.epsilon;
  if (r.iterations() == 0) return {a, a};
  auto per = [&](const std::vector<double>& acc, double correction) {
    return std::array<double, 2>{a / (std::sqrt(acc[0] / correction) + eps),
                                 a / (std::sqrt(acc[1] / correction) + eps)};
  };
  switch (r.kind) {
    case OptimizerKind::AdaGrad: return per(*state(o, "G"), 1);
    case OptimizerKind::RMSProp: return per(*state(o, "s"), 1);
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW: return per(*state(o, "s"), adam_correction2(o));
    default: return {a, a};
  }
}

std::array<double, 2> Race::second_moment(std::size_t i) {
  Racer& r = m_racers.at(i);
  if (r.iterations() == 0 || (r.kind != OptimizerKind::Adam && r.kind != OptimizerKind::AdamW)) return {0, 0};
  const auto& s = *state(*r.optimizer, "s");
  const double c = adam_correction2(*r.optimizer);
  return {s[0] / c, s[1] / c};
}

const std::vector<double>& Race::eigen_errors(std::size_t i) {
  if (m_surface.kind() != SurfaceKind::Quadratic)
    throw std::logic_error("eigen-direction errors exist only on the quadratic");
  const Racer& r = m_racers.at(i);
  const double c = std::cos(m_surface.quadratic().angle), s = std::sin(m_surface.quadratic().angle);
  m_eigen_errors.resize(r.path.size());
  for (std::size_t k = 0; k + 1 < r.path.size(); k += 2) {
    const double x = r.path[k], y = r.path[k + 1];  // the minimum is the origin
    m_eigen_errors[k] = c * x + s * y;
    m_eigen_errors[k + 1] = -s * x + c * y;
  }
  return m_eigen_errors;
}

}  // namespace nn
