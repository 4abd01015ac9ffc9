// The playground's step-by-step numbers: what neuron_values() reads from the trainer's caches
// after the forward click and after the backward click equals the chapter's formulas worked
// by hand on a 2 → 2 → 1 network, and ∂L/∂w equals the finite difference of the mini-batch
// loss for every activation and every output loss.
#include "nn/step_values.h"

#include <gtest/gtest.h>

#include <cmath>

#include "gradient_check.h"

namespace nn {
namespace {

std::unique_ptr<Trainer> tiny(const std::string& activation, const std::string& extra = "",
                              const std::string& data = R"("generator": "circle", "points": 40)") {
  return std::make_unique<Trainer>(parse_spec(R"({"seed": 4, "data": {)" + data + R"(},
      "model": {"hidden": [2], "activation": ")" + activation + "\"" + extra + R"(},
      "optimizer": {"kind": "adam", "learningRate": 0.01},
      "training": {"batchSize": 4}})"));
}

double sigmoid_d(double z) { return 1 / (1 + std::exp(-z)); }

TEST(StepValues, ForwardClickShowsZAndAOfEveryNeuronAsWrittenByHand) {
  auto t = tiny("tanh");
  t->forward_batch();
  ASSERT_EQ(t->batch_phase(), Trainer::BatchPhase::Forward);
  const Network& net = *t->batch_network();
  const Matrix& x = t->batch_inputs();
  const Dense &d0 = net.dense(0), &d1 = net.dense(1);
  Matrix hidden, out;
  neuron_values(*t, 0, 1, hidden);  // the second example of the mini-batch
  neuron_values(*t, 1, 1, out);
  // z_h = Σᵢ w_hi·xᵢ + b_h, a_h = tanh(z_h)
  double a_h[2];
  for (int h = 0; h < 2; ++h) {
    double z = d0.bias()(h);
    for (Index i = 0; i < x.rows(); ++i) z += double(d0.weights()(h, i)) * x(i, 1);
    a_h[h] = std::tanh(z);
    EXPECT_NEAR(hidden(h, kZ), z, 1e-5);
    EXPECT_NEAR(hidden(h, kA), a_h[h], 1e-5);
    EXPECT_TRUE(std::isnan(hidden(h, kDelta))) << "no δ before the backward click";
  }
  // z_out = Σ_h w_h·a_h + b, a_out = σ(z_out) = P(class 1)
  const double z_out = d1.bias()(0) + d1.weights()(0, 0) * a_h[0] + d1.weights()(0, 1) * a_h[1];
  EXPECT_NEAR(out(0, kZ), z_out, 1e-5);
  EXPECT_NEAR(out(0, kA), sigmoid_d(z_out), 1e-5);
  // The mini-batch loss is the mean of −[y log p + (1 − y) log(1 − p)].
  double loss = 0;
  for (Index j = 0; j < 4; ++j) {
    Matrix v;
    neuron_values(*t, 1, j, v);
    const double p = v(0, kA), y = t->batch_targets()(0, j);
    loss -= (y * std::log(p) + (1 - y) * std::log(1 - p)) / 4;
  }
  EXPECT_NEAR(t->batch_loss(), loss, 1e-5);
  EXPECT_TRUE(std::isnan(out(0, kDeltaMean)));
}

TEST(StepValues, BackwardClickShowsDeltaAsTheChainRuleProduct) {
  auto t = tiny("tanh");
  t->forward_batch();
  t->backward_batch();
  ASSERT_EQ(t->batch_phase(), Trainer::BatchPhase::Backward);
  const Network& net = *t->batch_network();
  const Dense& d1 = net.dense(1);
  double mean_out = 0, mean_h[2] = {0, 0};
  for (Index j = 0; j < 4; ++j) {
    Matrix hidden, out;
    neuron_values(*t, 0, j, hidden);
    neuron_values(*t, 1, j, out);
    // δ_out = a − y for sigmoid + cross-entropy
    const double delta_out = out(0, kA) - t->batch_targets()(0, j);
    EXPECT_NEAR(out(0, kDelta), delta_out, 1e-5);
    mean_out += delta_out / 4;
    for (int h = 0; h < 2; ++h) {
      // δ_h = f′(z_h) · w_h·δ_out with tanh′(z) = 1 − a²
      const double a = hidden(h, kA);
      const double delta_h = (1 - a * a) * d1.weights()(0, h) * delta_out;
      EXPECT_NEAR(hidden(h, kDelta), delta_h, 1e-5);
      mean_h[h] += delta_h / 4;
    }
  }
  Matrix hidden, out;
  neuron_values(*t, 0, 0, hidden);
  neuron_values(*t, 1, 0, out);
  EXPECT_NEAR(out(0, kDeltaMean), mean_out, 1e-5);
  EXPECT_NEAR(hidden(0, kDeltaMean), mean_h[0], 1e-5);
  EXPECT_NEAR(hidden(1, kDeltaMean), mean_h[1], 1e-5);
  // ∂L/∂w_h = mean over the mini-batch of δ_out · a_h: the gradient the update will use.
  for (int h = 0; h < 2; ++h) {
    double g = 0;
    for (Index j = 0; j < 4; ++j) {
      Matrix hv, ov;
      neuron_values(*t, 0, j, hv);
      neuron_values(*t, 1, j, ov);
      g += ov(0, kDelta) * hv(h, kA) / 4;
    }
    EXPECT_NEAR(d1.weight_grads()(0, h), g, 1e-5);
  }
}

// ∂L/∂w of the backward click against (L(w + h) − L(w − h)) / 2h of the same mini-batch.
void expect_gradients_match_finite_differences(Trainer& t) {
  t.forward_batch();
  t.backward_batch();
  const Network& net = *t.batch_network();
  const Matrix x = t.batch_inputs(), y = t.batch_targets();
  Vector grads_copy = Vector::Zero(t.params().size()), scratch = grads_copy;
  for (int block = 0; block < net.dense_count(); ++block) {
    const Dense& d = net.dense(block);
    for (Index to = 0; to < d.out_size(); ++to)
      for (Index from = 0; from < d.in_size(); ++from) grads_copy(weight_index(net, block, to, from)) = d.weight_grads()(to, from);
  }
  Network probe(net.architecture(), t.params().data(), scratch.data(), t.state().data());
  Matrix w = t.params();
  auto loss = [&] {
    Vector saved = t.params();
    t.params() = w;
    const double l = t.loss().value(probe.forward(x, Phase::Eval), y);
    t.params() = saved;
    return l;
  };
  const Matrix numeric = test::numeric_gradient(w, loss);
  for (int block = 0; block < net.dense_count(); ++block) {
    const Dense& d = net.dense(block);
    for (Index to = 0; to < d.out_size(); ++to)
      for (Index from = 0; from < d.in_size(); ++from) {
        const Index i = weight_index(net, block, to, from);
        EXPECT_NEAR(grads_copy(i), numeric(i), 2e-3 * std::max(1.0, std::abs(double(numeric(i)))))
            << "layer " << block << " w(" << to << ", " << from << ")";
      }
  }
}

TEST(StepValues, BackpropEqualsFiniteDifferencesForEveryActivationAndOutputLoss) {
  for (const char* f : {"relu", "leaky_relu", "tanh", "sigmoid", "linear", "elu"}) {
    SCOPED_TRACE(f);
    expect_gradients_match_finite_differences(*tiny(f));  // sigmoid + cross-entropy
    expect_gradients_match_finite_differences(*tiny(f, "", R"("generator": "blobs", "classes": 3, "points": 40)"));
    expect_gradients_match_finite_differences(*tiny(f, "", R"("generator": "plane", "points": 40)"));  // squared error
  }
}

TEST(StepValues, UpdateAfterOnlyTheForwardClickRunsTheBackwardPassFirst) {
  auto a = tiny("relu"), b = tiny("relu");
  a->forward_batch();
  a->apply_batch();
  b->prepare_batch();
  b->apply_batch();
  EXPECT_EQ(a->params(), b->params());
  EXPECT_EQ(a->batch_phase(), Trainer::BatchPhase::None);
  Matrix v;
  EXPECT_THROW(neuron_values(*a, 0, 0, v), std::invalid_argument);
}

TEST(StepValues, ForwardAndBackwardClicksTrainLikeWholeEpochs) {
  auto a = tiny("tanh"), b = tiny("tanh");
  const Index steps = (a->train_set().size() + 3) / 4;  // mini-batches of 4: one epoch
  ASSERT_GT(steps, 2);
  for (Index s = 0; s < steps; ++s) {
    a->forward_batch();
    a->backward_batch();
    a->apply_batch();
  }
  b->train_epochs(1);
  EXPECT_EQ(a->params(), b->params());
  EXPECT_EQ(a->metrics().epoch, 1);
}

// A mini-batch prepared by clicks at the start of an epoch (the epoch's shuffle already drawn)
// and then trained on by Play: the epoch is not shuffled a second time under it.
TEST(StepValues, ClicksAtTheStartOfAnEpochThenPlayTrainLikeWholeEpochs) {
  auto a = tiny("tanh", R"(, "dropout": [0.1])"), b = tiny("tanh", R"(, "dropout": [0.1])");
  a->train_epochs(2);
  b->train_epochs(2);
  a->forward_batch();
  a->backward_batch();
  a->train_epochs(2);
  b->train_epochs(2);
  EXPECT_EQ(a->params(), b->params());
  EXPECT_EQ(a->metrics().epoch, 4);
}

TEST(StepValues, AdamStateOfOneWeightIsItsMomentsAndTheirBiasCorrection) {
  auto t = tiny("tanh");
  t->prepare_batch();
  const Network& net = *t->batch_network();
  const Index i = weight_index(net, 1, 0, 1);
  const double g = t->batch_network()->dense(1).weight_grads()(0, 1);
  EXPECT_TRUE(optimizer_state_at(t->optimizer(), std::size_t(i)).empty()) << "no state before the first update";
  t->apply_batch();
  const auto state = optimizer_state_at(t->optimizer(), std::size_t(i));
  ASSERT_EQ(state.size(), 4u);
  // t = 1: m = (1 − β₁)·g, s = (1 − β₂)·g², and the bias correction undoes both factors.
  EXPECT_EQ(state[0].name, "m");
  EXPECT_NEAR(state[0].value, 0.1 * g, 1e-7);
  EXPECT_EQ(state[1].name, "s");
  EXPECT_NEAR(state[1].value, 0.001 * g * g, 1e-9);
  EXPECT_EQ(state[2].name, "m̂");
  EXPECT_NEAR(state[2].value, g, 1e-6);
  EXPECT_EQ(state[3].name, "ŝ");
  EXPECT_NEAR(state[3].value, g * g, 1e-6);
}

TEST(StepValues, OutOfRangeRequestsNameTheProblem) {
  auto t = tiny("tanh");
  Matrix v;
  EXPECT_THROW(neuron_values(*t, 0, 0, v), std::invalid_argument);
  t->forward_batch();
  EXPECT_THROW(neuron_values(*t, 2, 0, v), std::invalid_argument);
  EXPECT_THROW(neuron_values(*t, 0, 4, v), std::invalid_argument);
  EXPECT_THROW(weight_index(*t->batch_network(), 0, 2, 0), std::invalid_argument);
}

}  // namespace
}  // namespace nn
