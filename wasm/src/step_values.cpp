#include "nn/step_values.h"

#include "nn/batch_norm.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace nn {

void neuron_values(const Trainer& t, int block, Index example, Matrix& out) {
  const Network* net = t.batch_network();
  if (!net) throw std::invalid_argument("no mini-batch is prepared: run its forward pass first");
  if (block < 0 || block >= net->dense_count()) throw std::invalid_argument("no layer " + std::to_string(block));
  const bool output = block == net->dense_count() - 1;
  const Matrix& z = output ? net->dense(block).output() : net->hidden_preactivation(block);
  const Index b = z.cols();
  if (example < 0 || example >= b)
    throw std::invalid_argument("example " + std::to_string(example) + " is not in the mini-batch of " + std::to_string(b));
  Matrix link;
  if (output) t.loss().predict(z, link);
  const Matrix& a = output ? link : net->hidden_output(block);
  const Matrix& grad = output ? t.batch_grad_logits() : net->hidden_delta(block);
  const bool have_delta = t.batch_phase() == Trainer::BatchPhase::Backward && grad.cols() == b;

  out.resize(z.rows(), kNeuronColumns);
  const Scalar nan = std::numeric_limits<Scalar>::quiet_NaN();
  for (Index i = 0; i < z.rows(); ++i) {
    out(i, kZMean) = z.row(i).mean();
    out(i, kAMean) = a.row(i).mean();
    out(i, kZ) = z(i, example);
    out(i, kA) = a(i, example);
    // ∂ℓⱼ/∂zⱼ = B · ∂L/∂zⱼ; their mean over j is the column sum of ∂L/∂z.
    out(i, kDeltaMean) = have_delta ? grad.row(i).sum() : nan;
    out(i, kDelta) = have_delta ? Scalar(b) * grad(i, example) : nan;
  }
}

void batch_norm_values(const Trainer& t, int block, Index example, Matrix& out) {
  const Network* net = t.batch_network();
  if (!net) throw std::invalid_argument("no mini-batch is prepared: run its forward pass first");
  if (block < 0 || block >= net->dense_count() - 1) throw std::invalid_argument("no hidden layer " + std::to_string(block));
  const BatchNorm* bn = net->batch_norm(block);
  if (!bn) throw std::invalid_argument("hidden layer " + std::to_string(block) + " has no batch norm");
  const Matrix& before = net->dense(block).output();
  const Matrix& xhat = bn->normalized();
  if (example < 0 || example >= before.cols() || example >= xhat.cols())
    throw std::invalid_argument("example " + std::to_string(example) + " is not in the mini-batch of " + std::to_string(before.cols()));
  out.resize(before.rows(), kBatchNormColumns);
  for (Index i = 0; i < before.rows(); ++i) {
    out(i, kBnBefore) = before(i, example);
    out(i, kBnMean) = bn->mean()(i);
    out(i, kBnVariance) = bn->variance()(i);
    out(i, kBnNormalized) = xhat(i, example);
    out(i, kBnGamma) = bn->gamma()(i);
    out(i, kBnBeta) = bn->beta()(i);
  }
}

Index weight_index(const Network& net, int block, Index to, Index from) {
  if (block < 0 || block >= net.dense_count()) throw std::invalid_argument("no layer " + std::to_string(block));
  const Dense& d = net.dense(block);
  if (to < 0 || to >= d.out_size() || from < 0 || from >= d.in_size())
    throw std::invalid_argument("layer " + std::to_string(block) + " has no weight from " + std::to_string(from) +
                                " to " + std::to_string(to));
  return net.weight_ranges()[std::size_t(block)].first + to + from * d.out_size();  // W column-major
}

std::vector<StateValue> optimizer_state_at(Optimizer<Scalar>& opt, std::size_t index) {
  std::vector<StateValue> out;
  if (opt.t() == 0) return out;
  double m = 0, s = 0;
  for (auto& [name, buffer] : opt.named_state()) {
    if (index >= buffer->size()) throw std::invalid_argument("no parameter " + std::to_string(index));
    const double v = double((*buffer)[index]);
    out.push_back({name, v});
    if (std::string(name) == "m") m = v;
    if (std::string(name) == "s") s = v;
  }
  if (opt.kind() == OptimizerKind::Adam || opt.kind() == OptimizerKind::AdamW) {
    const double t = double(opt.t());
    out.push_back({"m̂", m / (1 - std::pow(opt.params.beta1, t))});
    out.push_back({"ŝ", s / (1 - std::pow(opt.params.beta2, t))});
  }
  return out;
}

}  // namespace nn
