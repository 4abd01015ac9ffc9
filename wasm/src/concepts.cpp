#include "nn/concepts.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace nn {

const std::vector<Activation>& concept_activations() {
  static const std::vector<Activation> all = {Activation::ReLU, Activation::LeakyReLU, Activation::Tanh,
                                              Activation::Sigmoid, Activation::Linear, Activation::ELU};
  return all;
}

// ---- 1. activation curves ---------------------------------------------------------------

ActivationCurves activation_curves(double x_min, double x_max, int n) {
  if (n < 2 || n > kMaxCurvePoints)
    throw std::invalid_argument("curve points must be from 2 to " + std::to_string(kMaxCurvePoints));
  if (!(std::isfinite(x_min) && std::isfinite(x_max) && x_min < x_max))
    throw std::invalid_argument("the x range must be finite with x_min < x_max");
  ActivationCurves c;
  c.n = n;
  const auto& fs = concept_activations();
  Matrix z(1, n), a, slope;
  for (int i = 0; i < n; ++i) z(0, i) = Scalar(x_min + (x_max - x_min) * i / (n - 1));
  const Matrix ones = Matrix::Ones(1, n);
  c.x.assign(z.data(), z.data() + n);
  c.values.reserve(fs.size() * std::size_t(n));
  c.slopes.reserve(fs.size() * std::size_t(n));
  for (Activation f : fs) {
    activate(f, z, a);
    activate_backward(f, z, a, ones, slope);  // ∂a/∂z = f′(z)·1
    c.values.insert(c.values.end(), a.data(), a.data() + n);
    c.slopes.insert(c.slopes.end(), slope.data(), slope.data() + n);
  }
  return c;
}

// ---- 2. softmax and cross-entropy -------------------------------------------------------

SoftmaxBreakdown softmax_breakdown(const std::vector<double>& logits, int target, double temperature) {
  const int k = int(logits.size());
  if (k < kMinLogits || k > kMaxLogits)
    throw std::invalid_argument("softmax needs " + std::to_string(kMinLogits) + " to " + std::to_string(kMaxLogits) +
                                " logits, got " + std::to_string(k));
  for (double z : logits)
    if (!(std::isfinite(z) && std::abs(z) <= kLogitLimit))
      throw std::invalid_argument("every logit must be a number from −10 to 10");
  if (target < 0 || target >= k)
    throw std::invalid_argument("the true class must be from 0 to " + std::to_string(k - 1));
  if (!(temperature >= kMinTemperature && temperature <= kMaxTemperature))
    throw std::invalid_argument("the temperature must be from 0.1 to 10");

  SoftmaxBreakdown s;
  s.logits = logits;
  s.temperature = temperature;
  s.target = target;
  Matrix u(k, 1), y = Matrix::Zero(k, 1), p, grad;
  for (int i = 0; i < k; ++i) u(i, 0) = Scalar(logits[std::size_t(i)] / temperature);
  y(target, 0) = 1;
  const Loss ce(OutputLink::Softmax, LossKind::CrossEntropy);
  ce.predict(u, p);
  s.loss = ce.value(u, y);
  ce.gradient(u, y, grad);
  // The intermediate values of the stable form Loss::predict evaluates: e^(u − m) / Σ e^(u − m).
  s.max = u.maxCoeff();
  for (int i = 0; i < k; ++i) {
    s.scaled.push_back(u(i, 0));
    s.exps.push_back(std::exp(double(u(i, 0)) - s.max));
    s.sum += s.exps.back();
    s.probs.push_back(p(i, 0));
    s.grad.push_back(grad(i, 0));
    s.grad_logits.push_back(grad(i, 0) / temperature);  // u = z / T, so ∂L/∂z = ∂L/∂u / T
  }
  return s;
}

// ---- 3. the walkthrough ------------------------------------------------------------------

const char* walk_op_name(WalkOp op) {
  switch (op) {
    case WalkOp::Forward: return "forward";
    case WalkOp::Softmax: return "softmax";
    case WalkOp::Loss: return "loss";
    case WalkOp::Backward: return "backward";
    case WalkOp::Gradients: return "gradients";
    case WalkOp::Update: return "update";
  }
  return "?";
}

namespace {

Architecture architecture_of(const WalkthroughShape& s) {
  if (s.inputs < 1 || s.inputs > kMaxWalkInputs) throw std::invalid_argument("inputs must be from 1 to 3");
  if (s.hidden < 1 || s.hidden > kMaxWalkHidden) throw std::invalid_argument("hidden neurons must be from 1 to 3");
  if (s.outputs < 1 || s.outputs > kMaxWalkOutputs)
    throw std::invalid_argument("outputs must be 1 (sigmoid) or 2 (softmax)");
  Architecture a;
  a.inputs = s.inputs;
  a.hidden = {s.hidden};
  a.activations = {s.activation};
  a.outputs = s.outputs;
  return a;
}

OutputLink link_of(int outputs) { return outputs == 1 ? OutputLink::Sigmoid : OutputLink::Softmax; }

// The example the page starts with: the first `inputs` of (1, 0.5, −1).
Matrix default_input(int inputs) {
  const Scalar values[] = {1.0f, 0.5f, -1.0f};
  Matrix x(inputs, 1);
  for (int i = 0; i < inputs; ++i) x(i, 0) = values[i];
  return x;
}

}  // namespace

std::vector<Scalar> Walkthrough::default_params(const Architecture& arch) {
  // Chosen so that no hidden z of the default examples lands near a ReLU kink and the sigmoid
  // output is neither saturated nor at ½.
  static const Scalar weights[] = {0.5f, -0.4f, 0.3f, 0.8f, -0.6f, 0.2f, 0.7f, -0.3f, 0.4f};
  static const Scalar biases[] = {0.1f, -0.2f, 0.3f};
  std::vector<Scalar> p;
  Index in = arch.inputs;
  std::size_t wi = 0;
  std::vector<Index> sizes = {arch.hidden[0], arch.outputs};
  for (Index out : sizes) {
    for (Index i = 0; i < out * in; ++i) p.push_back(weights[wi++ % 9]);
    for (Index i = 0; i < out; ++i) p.push_back(biases[std::size_t(i) % 3]);
    in = out;
  }
  return p;
}

Walkthrough::Walkthrough(const WalkthroughShape& shape)
    : m_shape(shape), m_arch(architecture_of(shape)), m_loss_fn(link_of(shape.outputs), LossKind::CrossEntropy) {
  const Index n = Network::count_params(m_arch);
  m_params.assign(std::size_t(n), 0);
  m_grads.assign(std::size_t(n), 0);
  m_probe_params.assign(std::size_t(n), 0);
  m_probe_grads.assign(std::size_t(n), 0);
  m_net = std::make_unique<Network>(m_arch, m_params.data(), m_grads.data());
  m_probe = std::make_unique<Network>(m_arch, m_probe_params.data(), m_probe_grads.data());
  for (int b = 0; b < m_net->dense_count(); ++b)
    m_offsets.push_back(b == 0 ? 0 : m_offsets.back() + m_net->dense(b - 1).param_count());
  OptimizerParams op;
  op.learning_rate = 0.5;
  m_sgd = make_optimizer<Scalar>(OptimizerKind::SGD, op);
  m_x = default_input(shape.inputs);
  m_target = 1;
  build_steps();
  copy_params(default_params(m_arch));
  compute();
}

Index Walkthrough::bias_offset(int block) const {
  return m_offsets[std::size_t(block)] + m_net->dense(block).weights().size();
}

void Walkthrough::build_steps() {
  m_steps.clear();
  const int sizes[3] = {m_shape.inputs, m_shape.hidden, m_shape.outputs};
  const bool softmax = m_shape.outputs > 1;
  for (int l = 1; l <= 2; ++l)
    for (int i = 0; i < sizes[l]; ++i) m_steps.push_back({WalkOp::Forward, l, i});
  if (softmax) m_steps.push_back({WalkOp::Softmax, 2, -1});
  m_steps.push_back({WalkOp::Loss, -1, -1});
  for (int l = 2; l >= 1; --l) {
    for (int i = 0; i < sizes[l]; ++i) m_steps.push_back({WalkOp::Backward, l, i});
    m_steps.push_back({WalkOp::Gradients, l, -1});
  }
  m_steps.push_back({WalkOp::Update, -1, -1});
}

void Walkthrough::set_example(const std::vector<double>& x, int target) {
  if (int(x.size()) != m_shape.inputs)
    throw std::invalid_argument("the example needs " + std::to_string(m_shape.inputs) + " input values");
  for (double v : x)
    if (!(std::isfinite(v) && std::abs(v) <= 5)) throw std::invalid_argument("each input must be from −5 to 5");
  const int classes = m_shape.outputs == 1 ? 2 : m_shape.outputs;
  if (target < 0 || target >= classes)
    throw std::invalid_argument("the target must be from 0 to " + std::to_string(classes - 1));
  for (std::size_t i = 0; i < x.size(); ++i) m_x(Index(i), 0) = Scalar(x[i]);
  m_target = target;
  m_rounds = 0;
  compute();
}

void Walkthrough::set_learning_rate(double alpha) {
  if (!(alpha > 0 && alpha <= 10)) throw std::invalid_argument("the learning rate must be in (0, 10]");
  m_sgd->params.learning_rate = alpha;
  const int cursor = m_cursor;
  compute();  // the updated parameters depend on α
  m_cursor = cursor;
}

void Walkthrough::use_default_params() {
  copy_params(default_params(m_arch));
  m_rounds = 0;
  compute();
}

void Walkthrough::randomize(uint64_t seed) {
  Rng rng(seed);
  m_net->init_params(rng, Init::XavierUniform);
  for (int b = 0; b < m_net->dense_count(); ++b)  // Xavier leaves biases at 0; small ones show ∂L/∂b
    for (Index i = 0; i < m_net->dense(b).out_size(); ++i)
      m_params[std::size_t(bias_offset(b) + i)] = Scalar(rng.uniform() * 0.4 - 0.2);
  m_rounds = 0;
  compute();
}

void Walkthrough::set_param(Index i, double value) {
  if (i < 0 || i >= Index(m_params.size())) throw std::invalid_argument("no parameter " + std::to_string(i));
  if (!(std::isfinite(value) && std::abs(value) <= 10)) throw std::invalid_argument("a parameter must be from −10 to 10");
  m_params[std::size_t(i)] = Scalar(value);
  compute();
}

void Walkthrough::restart() { compute(); }

void Walkthrough::copy_params(const std::vector<Scalar>& values) {
  std::copy(values.begin(), values.end(), m_params.begin());  // m_net points into m_params
}

void Walkthrough::step() {
  if (m_cursor + 1 < int(m_steps.size())) {
    ++m_cursor;
    return;
  }
  copy_params(m_updated);  // the update shown at the last step becomes the new round's start
  ++m_rounds;
  compute();
}

const Matrix& Walkthrough::z(int layer) const {
  if (layer < 1 || layer > 2) throw std::invalid_argument("z exists for layers 1 and 2");
  return m_net->dense(layer - 1).output();
}

const Matrix& Walkthrough::a(int layer) const {
  if (layer == 0) return m_x;
  if (layer == 1) return m_net->hidden_output(0);
  if (layer == 2) return m_p;
  throw std::invalid_argument("a exists for layers 0, 1 and 2");
}

double Walkthrough::loss_with(const std::vector<Scalar>& params) {
  std::copy(params.begin(), params.end(), m_probe_params.begin());  // the probe network points into it
  return m_loss_fn.value(m_probe->forward(m_x, Phase::Eval), m_y);
}

void Walkthrough::compute() {
  m_cursor = -1;
  m_y = Matrix::Zero(m_shape.outputs, 1);
  if (m_shape.outputs == 1) m_y(0, 0) = Scalar(m_target);
  else m_y(m_target, 0) = 1;

  // Forward and backward through the core's layers; every layer keeps its cache.
  const Matrix& logits = m_net->forward(m_x, Phase::Train);
  m_loss_fn.predict(logits, m_p);
  m_loss = m_loss_fn.value(logits, m_y);
  m_loss_fn.gradient(logits, m_y, m_grad_logits);
  m_net->backward(m_x, m_grad_logits);

  // f′(z_h): the activation's backward pass applied to ∂L/∂a = 1.
  const Matrix& zh = m_net->dense(0).output();
  activate_backward(m_shape.activation, zh, m_net->hidden_output(0), Matrix::Ones(zh.rows(), 1), m_hidden_slope);

  // Per-link terms of the sums the page writes out.
  m_forward_terms.resize(2);
  m_backward_terms.resize(2);
  for (int b = 0; b < 2; ++b) {
    const Dense& d = m_net->dense(b);
    const Matrix& prev = a(b);
    const Scalar* delta_b = delta(b + 1);
    m_forward_terms[std::size_t(b)] = d.weights() * prev.col(0).asDiagonal();  // w_ij · a_j
    m_backward_terms[std::size_t(b)] = Eigen::Map<const Vector>(delta_b, d.out_size()).asDiagonal() * d.weights();  // δ_i · w_ij
  }

  // Finite differences on every parameter, with the same forward pass.
  const std::size_t n = m_params.size();
  m_fd.assign(n, 0);
  m_loss_plus.assign(n, 0);
  m_loss_minus.assign(n, 0);
  std::vector<Scalar> shifted = m_params;
  for (std::size_t i = 0; i < n; ++i) {
    shifted[i] = Scalar(double(m_params[i]) + kFiniteStep);
    const double h_up = double(shifted[i]) - double(m_params[i]);  // the step float actually took
    m_loss_plus[i] = loss_with(shifted);
    shifted[i] = Scalar(double(m_params[i]) - kFiniteStep);
    const double h_down = double(m_params[i]) - double(shifted[i]);
    m_loss_minus[i] = loss_with(shifted);
    shifted[i] = m_params[i];
    m_fd[i] = (m_loss_plus[i] - m_loss_minus[i]) / (h_up + h_down);
  }

  // The update the last step shows, by the core's SGD: θ ← θ − α·∂L/∂θ.
  m_updated = m_params;
  m_sgd->step(m_updated.data(), m_grads.data(), n);
  m_loss_after = loss_with(m_updated);
}

}  // namespace nn
