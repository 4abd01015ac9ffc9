// Optimizers of the course, each one class, each updating a flat parameter vector w from a
// caller-supplied gradient g. The networks call them on their one flat buffer (float); the
// optimizer lab calls the very same classes on a 2-D point (double).
//
// Notation in every comment: α learning rate, g gradient, t step count from 1, all
// operations element-wise. State is sized on the first step and cleared by reset().
//
// Two numerical rules every update follows:
// - Per-step constants (1 − β, 1 − ρ, the bias corrections, α × correction) are formed in
//   double and rounded to T once: in float, 1 − 0.999 is 0.00099998713 (1.3e-5 too small) and
//   Adam's weights would drift 1e-5 relative from the algorithm within a few steps.
// - State that decays towards zero (velocities, moments) is flushed to 0 once it falls below
//   the smallest normal number. WebAssembly has no flush-to-zero mode, and arithmetic on
//   subnormals is many times slower on x86: without the flush, long runs slow down as the
//   momentum of weights whose gradient went to zero decays. The flush is a compare and a
//   select (branch-free, vectorizes) and changes nothing visible: 1.2e-38 is 0 to any reader.
#pragma once
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace nn {

enum class OptimizerKind { SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW };

const char* optimizer_name(OptimizerKind kind);
OptimizerKind parse_optimizer(const std::string& name);  // throws std::invalid_argument

// Hyperparameters of every optimizer, as named fields (unused ones are ignored).
struct OptimizerParams {
  double learning_rate = 0.03;  // α
  double momentum = 0.9;        // β of Momentum / Nesterov
  double rho = 0.9;             // ρ of RMSProp
  double beta1 = 0.9;           // β₁ of Adam/AdamW
  double beta2 = 0.999;         // β₂ of Adam/AdamW
  double epsilon = 1e-8;        // ε, keeps the adaptive denominators away from zero
  double weight_decay = 0.01;   // λ of AdamW (decoupled)
  // Adam/AdamW divide m and s by (1 − β₁ᵗ) and (1 − β₂ᵗ). Off shows what the correction is
  // for: the moments start at zero, so early uncorrected steps are off by (1 − β₁ᵗ)/√(1 − β₂ᵗ)
  // (√10 ≈ 3.2× too large at t = 1 with the default betas; up to 6.5× at t = 10 for a constant gradient).
  bool bias_correction = true;
};

// x, or 0 if |x| is below the smallest normal number of T (see the rules above).
template <class T>
inline T flush_subnormal(T x) {
  return std::abs(x) < std::numeric_limits<T>::min() ? T(0) : x;
}

template <class T>
class Optimizer {
 public:
  explicit Optimizer(const OptimizerParams& p) : params(p) {}
  virtual ~Optimizer() = default;

  virtual OptimizerKind kind() const = 0;

  // One update: w ← w − (step computed from g and the state).
  void step(T* w, const T* g, std::size_t n) {
    if (m_state_size != n) resize(n);
    ++m_t;
    update(w, g, n);
  }
  // Forget all history (velocity, accumulated squares, t).
  void reset() {
    m_t = 0;
    for (auto* s : state_buffers()) std::fill(s->begin(), s->end(), T(0));
  }
  long long t() const { return m_t; }
  // Sizes the state for n parameters (zeroed, t = 0) unless it already has that size; used
  // before filling the state from a saved model.
  void prepare(std::size_t n) {
    if (m_state_size != n) resize(n);
  }

  // Named state for saving, loading and drawing (e.g. the lab's velocity arrow).
  virtual std::vector<std::pair<const char*, std::vector<T>*>> named_state() { return {}; }
  void set_t(long long t) { m_t = t; }

  OptimizerParams params;  // live: the page changes α, β … between steps

 protected:
  virtual void update(T* w, const T* g, std::size_t n) = 0;
  std::vector<std::vector<T>*> state_buffers() {
    std::vector<std::vector<T>*> out;
    for (auto& kv : named_state()) out.push_back(kv.second);
    return out;
  }
  void resize(std::size_t n) {
    m_state_size = n;
    for (auto* s : state_buffers()) s->assign(n, T(0));
    m_t = 0;
  }
  long long m_t = 0;
  std::size_t m_state_size = static_cast<std::size_t>(-1);
};

// Plain gradient descent:  w ← w − α·g
template <class T>
class Sgd final : public Optimizer<T> {
 public:
  using Optimizer<T>::Optimizer;
  OptimizerKind kind() const override { return OptimizerKind::SGD; }

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const T a = T(this->params.learning_rate);
    for (std::size_t i = 0; i < n; ++i) w[i] -= a * g[i];
  }
};

// Momentum, the heavy ball (Polyak 1964): the step is the current gradient plus β of the
// previous step.   v ← β·v + g,   w ← w − α·v
template <class T>
class Momentum final : public Optimizer<T> {
 public:
  using Optimizer<T>::Optimizer;
  OptimizerKind kind() const override { return OptimizerKind::Momentum; }
  std::vector<std::pair<const char*, std::vector<T>*>> named_state() override { return {{"v", &v}}; }
  std::vector<T> v;

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const T a = T(this->params.learning_rate), b = T(this->params.momentum);
    for (std::size_t i = 0; i < n; ++i) {
      v[i] = flush_subnormal(b * v[i] + g[i]);
      w[i] -= a * v[i];
    }
  }
};

// Nesterov momentum (Nesterov 1983; Sutskever et al. 2013, in the form that needs only the
// gradient at w): look ahead along the new velocity.
//   v ← β·v + g,   w ← w − α·(g + β·v)
template <class T>
class Nesterov final : public Optimizer<T> {
 public:
  using Optimizer<T>::Optimizer;
  OptimizerKind kind() const override { return OptimizerKind::Nesterov; }
  std::vector<std::pair<const char*, std::vector<T>*>> named_state() override { return {{"v", &v}}; }
  std::vector<T> v;

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const T a = T(this->params.learning_rate), b = T(this->params.momentum);
    for (std::size_t i = 0; i < n; ++i) {
      v[i] = flush_subnormal(b * v[i] + g[i]);
      w[i] -= a * (g[i] + b * v[i]);
    }
  }
};

// AdaGrad (Duchi, Hazan & Singer 2011): every coordinate's step is divided by the root of
// all its squared gradients so far, so steps only ever shrink.
//   G ← G + g²,   w ← w − α·g / (√G + ε)
template <class T>
class AdaGrad final : public Optimizer<T> {
 public:
  using Optimizer<T>::Optimizer;
  OptimizerKind kind() const override { return OptimizerKind::AdaGrad; }
  std::vector<std::pair<const char*, std::vector<T>*>> named_state() override { return {{"G", &G}}; }
  std::vector<T> G;

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const T a = T(this->params.learning_rate), eps = T(this->params.epsilon);
    for (std::size_t i = 0; i < n; ++i) {
      G[i] += g[i] * g[i];
      w[i] -= a * g[i] / (std::sqrt(G[i]) + eps);
    }
  }
};

// RMSProp (Hinton, Coursera lecture 6e, 2012): like AdaGrad, but a moving average of squared
// gradients, so old gradients are forgotten and the step does not die out.
//   s ← ρ·s + (1 − ρ)·g²,   w ← w − α·g / (√s + ε)
template <class T>
class RmsProp final : public Optimizer<T> {
 public:
  using Optimizer<T>::Optimizer;
  OptimizerKind kind() const override { return OptimizerKind::RMSProp; }
  std::vector<std::pair<const char*, std::vector<T>*>> named_state() override { return {{"s", &s}}; }
  std::vector<T> s;

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const double rho = this->params.rho;
    const T a = T(this->params.learning_rate), r = T(rho), one_minus_r = T(1 - rho);
    const T eps = T(this->params.epsilon);
    for (std::size_t i = 0; i < n; ++i) {
      s[i] = flush_subnormal(r * s[i] + one_minus_r * g[i] * g[i]);
      w[i] -= a * g[i] / (std::sqrt(s[i]) + eps);
    }
  }
};

// Adam (Kingma & Ba 2015): smoothed first and second moments, with bias correction because
// both start at zero.
//   m ← β₁·m + (1 − β₁)·g,   s ← β₂·s + (1 − β₂)·g²
//   m̂ = m / (1 − β₁ᵗ),       ŝ = s / (1 − β₂ᵗ)     (m̂ = m, ŝ = s with bias_correction off)
//   w ← w − α·m̂ / (√ŝ + ε)
// AdamW (Loshchilov & Hutter 2019) adds decoupled weight decay, applied to w directly and not
// through the moments:  w ← w − α·(m̂ / (√ŝ + ε) + λ·w)
// In the loop α·m̂ is written (α / (1 − β₁ᵗ))·m, one constant formed in double.
template <class T>
class Adam final : public Optimizer<T> {
 public:
  Adam(const OptimizerParams& p, bool decoupled_weight_decay)
      : Optimizer<T>(p), m_decoupled(decoupled_weight_decay) {}
  OptimizerKind kind() const override { return m_decoupled ? OptimizerKind::AdamW : OptimizerKind::Adam; }
  std::vector<std::pair<const char*, std::vector<T>*>> named_state() override {
    return {{"m", &m}, {"s", &s}};
  }
  std::vector<T> m, s;

 protected:
  void update(T* w, const T* g, std::size_t n) override {
    const double alpha = this->params.learning_rate, beta1 = this->params.beta1, beta2 = this->params.beta2;
    const double t = double(this->m_t);
    const double lambda = m_decoupled ? this->params.weight_decay : 0.0;
    const T b1 = T(beta1), one_minus_b1 = T(1 - beta1);
    const T b2 = T(beta2), one_minus_b2 = T(1 - beta2);
    const bool correct = this->params.bias_correction;
    const T alpha_over_c1 = T(correct ? alpha / (1 - std::pow(beta1, t)) : alpha);  // α / (1 − β₁ᵗ)
    const T inv_c2 = T(correct ? 1 / (1 - std::pow(beta2, t)) : 1.0);              // 1 / (1 − β₂ᵗ)
    const T alpha_lambda = T(alpha * lambda), eps = T(this->params.epsilon);
    for (std::size_t i = 0; i < n; ++i) {
      m[i] = flush_subnormal(b1 * m[i] + one_minus_b1 * g[i]);
      s[i] = flush_subnormal(b2 * s[i] + one_minus_b2 * g[i] * g[i]);
      const T s_hat = s[i] * inv_c2;
      w[i] -= alpha_over_c1 * m[i] / (std::sqrt(s_hat) + eps) + alpha_lambda * w[i];
    }
  }

 private:
  bool m_decoupled;
};

template <class T>
std::unique_ptr<Optimizer<T>> make_optimizer(OptimizerKind kind, const OptimizerParams& p) {
  switch (kind) {
    case OptimizerKind::SGD: return std::make_unique<Sgd<T>>(p);
    case OptimizerKind::Momentum: return std::make_unique<Momentum<T>>(p);
    case OptimizerKind::Nesterov: return std::make_unique<Nesterov<T>>(p);
    case OptimizerKind::AdaGrad: return std::make_unique<AdaGrad<T>>(p);
    case OptimizerKind::RMSProp: return std::make_unique<RmsProp<T>>(p);
    case OptimizerKind::Adam: return std::make_unique<Adam<T>>(p, false);
    case OptimizerKind::AdamW: return std::make_unique<Adam<T>>(p, true);
  }
  return nullptr;
}

inline const char* optimizer_name(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::SGD: return "sgd";
    case OptimizerKind::Momentum: return "momentum";
    case OptimizerKind::Nesterov: return "nesterov";
    case OptimizerKind::AdaGrad: return "adagrad";
    case OptimizerKind::RMSProp: return "rmsprop";
    case OptimizerKind::Adam: return "adam";
    case OptimizerKind::AdamW: return "adamw";
  }
  return "?";
}

}  // namespace nn
