// The float32 optimizers against the same algorithms in double precision: 20 mini-batch steps of
// a small network, every optimizer under every learning-rate schedule. The reference below is
// written out again in plain loops, double everywhere, the formulas as the course writes them
// (see the comments in nn/optimizer.h and nn/schedule.h); it sees the very gradients the float
// network computed, so what is compared is the update rule alone.
//
// Float32 arithmetic in the update itself keeps every weight within about 4e-7 (of its size) of the double
// computation; constants formed in float (1 − β₂ = 0.00099998713 instead of 0.001, bias
// corrections off by 4–13e-6) put Adam and RMSProp at 1e-5 and more, which is what this test
// catches.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "nn/network.h"
#include "nn/optimizer.h"
#include "nn/rng.h"
#include "nn/schedule.h"

namespace nn {
namespace {

constexpr int kSteps = 20;
constexpr int kStepsPerEpoch = 4;   // so the schedules change the rate within 20 steps
constexpr double kRelTol = 2e-6;

struct Case {
  std::string name;
  OptimizerKind kind;
  OptimizerParams params;
};

std::vector<Case> cases() {
  auto with = [](double lr) {
    OptimizerParams p;
    p.learning_rate = lr;
    return p;
  };
  OptimizerParams rms9 = with(0.01), rms999 = with(0.01), adamw = with(0.01);
  rms9.rho = 0.9;
  rms999.rho = 0.999;
  adamw.weight_decay = 0.1;
  return {{"sgd", OptimizerKind::SGD, with(0.3)},
          {"momentum", OptimizerKind::Momentum, with(0.1)},
          {"nesterov", OptimizerKind::Nesterov, with(0.1)},
          {"adagrad", OptimizerKind::AdaGrad, with(0.1)},
          {"rmsprop(rho=0.9)", OptimizerKind::RMSProp, rms9},
          {"rmsprop(rho=0.999)", OptimizerKind::RMSProp, rms999},
          {"adam", OptimizerKind::Adam, with(0.01)},
          {"adamw", OptimizerKind::AdamW, adamw}};
}

std::vector<ScheduleParams> schedules() {
  ScheduleParams constant, step, exponential, cosine;
  step.kind = ScheduleKind::Step;
  step.gamma = 0.5;
  step.step_epochs = 2;
  exponential.kind = ScheduleKind::Exponential;
  exponential.decay = 0.7;
  cosine.kind = ScheduleKind::Cosine;
  cosine.period_epochs = 4;
  cosine.min_learning_rate = 0.001;
  return {constant, step, exponential, cosine};
}

// ---- the reference: double everywhere, one formula per line --------------------------------

// α_e for epoch e (from 0), as in the schedule's comment.
double reference_rate(const ScheduleParams& s, double alpha, int e) {
  const double pi = 3.14159265358979323846;
  switch (s.kind) {
    case ScheduleKind::Constant: return alpha;
    case ScheduleKind::Step: return alpha * std::pow(s.gamma, std::floor(double(e) / s.step_epochs));
    case ScheduleKind::Exponential: return alpha * std::pow(s.decay, double(e));
    case ScheduleKind::Cosine: {
      const double T = s.period_epochs, lo = s.min_learning_rate;
      return lo + 0.5 * (alpha - lo) * (1 + std::cos(pi * std::min(double(e), T) / T));
    }
  }
  return alpha;
}

struct ReferenceOptimizer {
  OptimizerKind kind = OptimizerKind::SGD;
  OptimizerParams params;
  std::vector<double> v, G, s, m;  // velocity, AdaGrad's sum, second moment, first moment
  int t = 0;

  void step(std::vector<double>& w, const std::vector<double>& g, double alpha) {
    const std::size_t n = w.size();
    if (t == 0) v = G = s = m = std::vector<double>(n, 0.0);
    ++t;
    const OptimizerParams& p = params;
    const double beta = p.momentum, rho = p.rho, b1 = p.beta1, b2 = p.beta2, eps = p.epsilon;
    for (std::size_t i = 0; i < n; ++i) {
      switch (kind) {
        case OptimizerKind::SGD:  // w ← w − α·g
          w[i] = w[i] - alpha * g[i];
          break;
        case OptimizerKind::Momentum:  // v ← β·v + g,  w ← w − α·v
          v[i] = beta * v[i] + g[i];
          w[i] = w[i] - alpha * v[i];
          break;
        case OptimizerKind::Nesterov:  // v ← β·v + g,  w ← w − α·(g + β·v)
          v[i] = beta * v[i] + g[i];
          w[i] = w[i] - alpha * (g[i] + beta * v[i]);
          break;
        case OptimizerKind::AdaGrad:  // G ← G + g²,  w ← w − α·g/(√G + ε)
          G[i] = G[i] + g[i] * g[i];
          w[i] = w[i] - alpha * g[i] / (std::sqrt(G[i]) + eps);
          break;
        case OptimizerKind::RMSProp:  // s ← ρ·s + (1 − ρ)·g²,  w ← w − α·g/(√s + ε)
          s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
          w[i] = w[i] - alpha * g[i] / (std::sqrt(s[i]) + eps);
          break;
        case OptimizerKind::Adam:
        case OptimizerKind::AdamW: {
          // m ← β₁·m + (1 − β₁)·g,  s ← β₂·s + (1 − β₂)·g²,  m̂ = m/(1 − β₁ᵗ),  ŝ = s/(1 − β₂ᵗ)
          // Adam:  w ← w − α·m̂/(√ŝ + ε);   AdamW:  w ← w − α·(m̂/(√ŝ + ε) + λ·w)
          m[i] = b1 * m[i] + (1 - b1) * g[i];
          s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i];
          const double m_hat = m[i] / (1 - std::pow(b1, t));
          const double s_hat = s[i] / (1 - std::pow(b2, t));
          const double lambda = kind == OptimizerKind::AdamW ? p.weight_decay : 0.0;
          w[i] = w[i] - alpha * (m_hat / (std::sqrt(s_hat) + eps) + lambda * w[i]);
          break;
        }
      }
    }
  }
};

// ---- the run ---------------------------------------------------------------------------------

// "Relative" is relative to the weight's own size: its largest magnitude so far in the run. A
// float holds a value to 6e-8 of that size; measured against the current value instead, a
// weight passing through zero (a bias starting at 0, a step that cancels) would show any
// rounding at all as a huge relative error.
struct Drift {
  double worst_rel = 0;  // max over steps and weights of |w_float − w_double| / size
  int worst_step = 0;
};

// 2 → [5, 4] tanh → 1 on 16 fixed points; full-batch logistic-regression gradient each step.
Drift run(const Case& c, const ScheduleParams& sched) {
  Architecture arch;
  arch.inputs = 2;
  arch.hidden = {5, 4};
  arch.activations = {Activation::Tanh, Activation::Tanh};
  arch.outputs = 1;
  const Index n = Network::count_params(arch);
  Vector params(n), grads(n);
  Network net(arch, params.data(), grads.data());
  Rng rng(7);
  net.init_params(rng, Init::XavierUniform);

  constexpr Index B = 16;
  Matrix x(2, B), y(1, B);
  for (Index j = 0; j < B; ++j) {
    x(0, j) = Scalar(rng.normal());
    x(1, j) = Scalar(rng.normal());
    y(0, j) = x(0, j) * x(0, j) + x(1, j) * x(1, j) < Scalar(1) ? Scalar(1) : Scalar(0);
  }

  auto opt = make_optimizer<Scalar>(c.kind, c.params);
  LearningRateSchedule schedule(sched);
  ReferenceOptimizer ref;
  ref.kind = c.kind;
  ref.params = c.params;
  std::vector<double> w_ref(params.data(), params.data() + n), g(std::size_t(n), 0.0);
  std::vector<double> size(std::size_t(n), 0.0);
  for (Index i = 0; i < n; ++i) size[std::size_t(i)] = std::abs(w_ref[std::size_t(i)]);

  Drift out;
  Matrix grad_logits(1, B);
  for (int step = 1; step <= kSteps; ++step) {
    const int epoch = (step - 1) / kStepsPerEpoch;
    // The float side: the trainer's way (schedule → params.learning_rate → step).
    const Matrix& z = net.forward(x, Phase::Train);
    for (Index j = 0; j < B; ++j)  // ∂(mean BCE)/∂z = (σ(z) − y)/B
      grad_logits(0, j) = (Scalar(1) / (Scalar(1) + std::exp(-z(0, j))) - y(0, j)) / Scalar(B);
    net.backward(x, grad_logits);
    opt->params.learning_rate = schedule.rate(c.params.learning_rate, epoch);
    for (Index i = 0; i < n; ++i) g[std::size_t(i)] = double(grads[i]);
    opt->step(params.data(), grads.data(), std::size_t(n));
    // The double side, from the same gradient.
    ref.step(w_ref, g, reference_rate(sched, c.params.learning_rate, epoch));

    for (Index i = 0; i < n; ++i) {
      const std::size_t u = std::size_t(i);
      size[u] = std::max(size[u], std::abs(w_ref[u]));
      const double rel = std::abs(double(params[i]) - w_ref[u]) / size[u];
      if (rel > out.worst_rel) {
        out.worst_rel = rel;
        out.worst_step = step;
      }
    }
  }
  return out;
}

TEST(OptimizerAgainstDoubleReference, EveryOptimizerAndScheduleWithin2e6RelativeFor20Steps) {
  for (const Case& c : cases()) {
    for (const ScheduleParams& s : schedules()) {
      const Drift r = run(c, s);
      std::printf("  %-20s %-12s max relative difference %.2e (step %d)\n", c.name.c_str(),
                  schedule_name(s.kind), r.worst_rel, r.worst_step);
      EXPECT_LE(r.worst_rel, kRelTol) << c.name << " with the " << schedule_name(s.kind) << " schedule";
    }
  }
}

}  // namespace
}  // namespace nn
