#include "nn/network.h"

#include <gtest/gtest.h>

#include "gradient_check.h"
#include "nn/loss.h"

namespace nn {
namespace {

// Back-propagation through a whole network equals the finite-difference gradient of the loss
// with respect to every parameter, for every hidden activation.
class NetworkGradient : public ::testing::TestWithParam<Activation> {};

TEST_P(NetworkGradient, EveryParameterMatchesFiniteDifferences) {
  Architecture arch;
  arch.inputs = 3;
  arch.hidden = {5, 4};
  arch.activations = {GetParam(), GetParam()};
  arch.outputs = 3;
  const Index n = Network::count_params(arch);
  ASSERT_EQ(n, (3 * 5 + 5) + (5 * 4 + 4) + (4 * 3 + 3));
  Vector params(n), grads(n);
  Network net(arch, params.data(), grads.data());
  Rng rng(11);
  net.init_params(rng, Init::XavierNormal);
  for (Index i = 0; i < n; ++i) params(i) += Scalar(rng.uniform(-0.1, 0.1));  // nonzero biases too

  Matrix x(3, 7), y = Matrix::Zero(3, 7), grad_logits;
  for (Index i = 0; i < x.size(); ++i) x(i) = Scalar(rng.uniform(-2, 2));
  for (int j = 0; j < 7; ++j) y(rng.below(3), j) = 1;
  Loss loss(OutputLink::Softmax, LossKind::CrossEntropy);

  loss.gradient(net.forward(x, Phase::Train), y, grad_logits);
  net.backward(x, grad_logits);
  const Matrix analytic = grads;

  Matrix p = params;  // numeric_gradient perturbs a Matrix; copy back into the buffer each time
  auto f = [&] {
    params = p;
    return loss.value(net.forward(x, Phase::Train), y);
  };
  const Matrix numeric = test::numeric_gradient(p, f);
  EXPECT_LT(test::max_relative_error(analytic, numeric), 5e-3);
}

INSTANTIATE_TEST_SUITE_P(All, NetworkGradient,
                         ::testing::Values(Activation::Linear, Activation::Tanh, Activation::Sigmoid,
                                           Activation::ReLU, Activation::LeakyReLU, Activation::ELU),
                         [](const auto& info) { return std::string(activation_name(info.param)); });

// The same check with batch norm and dropout in every hidden block (dropout masks frozen
// after the first pass, batch statistics in training mode).
TEST(Network, GradientWithBatchNormAndDropoutMatchesFiniteDifferences) {
  Architecture arch{3, {5, 4}, {Activation::Tanh, Activation::ELU}, 3, {0.3, 0.2}, true};
  const Index n = Network::count_params(arch);
  ASSERT_EQ(n, (3 * 5 + 2 * 5) + (5 * 4 + 2 * 4) + (4 * 3 + 3));  // no hidden biases; γ, β instead
  ASSERT_EQ(Network::count_state(arch), 2 * 5 + 2 * 4);
  Vector params(n), grads(n), state(Network::count_state(arch));
  Rng rng(21);
  Network net(arch, params.data(), grads.data(), state.data(), &rng);
  net.init_params(rng, Init::XavierNormal);
  for (Index i = 0; i < n; ++i) params(i) += Scalar(rng.uniform(-0.1, 0.1));

  Matrix x(3, 9), y = Matrix::Zero(3, 9), grad_logits;
  for (Index i = 0; i < x.size(); ++i) x(i) = Scalar(rng.uniform(-2, 2));
  for (int j = 0; j < 9; ++j) y(rng.below(3), j) = 1;
  Loss loss(OutputLink::Softmax, LossKind::CrossEntropy);
  loss.gradient(net.forward(x, Phase::Train), y, grad_logits);
  net.freeze_dropout(true);
  EXPECT_EQ(net.dropout_mask(0).rows(), 5);
  EXPECT_EQ(net.dropout_mask(0).cols(), 9);
  net.backward(x, grad_logits);
  const Matrix analytic = grads;
  Matrix p = params;
  const Matrix numeric = test::numeric_gradient(p, [&] {
    params = p;
    return loss.value(net.forward(x, Phase::Train), y);
  });
  EXPECT_LT(test::max_relative_error(analytic, numeric), 5e-3);
}

TEST(Network, HiddenOutputIsTheActivationBeforeDropout) {
  Architecture arch{2, {6}, {Activation::ReLU}, 1, {0.5}, false};
  Vector params(Network::count_params(arch)), grads(params.size());
  Rng rng(4);
  Network net(arch, params.data(), grads.data(), nullptr, &rng);
  net.init_params(rng, Init::HeNormal);
  Matrix x = Matrix::Random(2, 5);
  net.forward(x, Phase::Train);
  Matrix z = net.dense(0).weights() * x;
  z.colwise() += net.dense(0).bias();
  EXPECT_TRUE(net.hidden_output(0).isApprox(z.cwiseMax(Scalar(0))));
}

TEST(Network, NetworksSharingABufferComputeTheSameFunction) {
  Architecture arch{2, {4}, {Activation::Tanh}, 1, {}, false};
  Vector params(Network::count_params(arch)), grads(params.size());
  Network a(arch, params.data(), grads.data()), b(arch, params.data(), grads.data());
  Rng rng(1);
  a.init_params(rng, Init::XavierUniform);
  Matrix x = Matrix::Random(2, 9);
  const Matrix out_a = a.forward(x, Phase::Eval);
  EXPECT_EQ(out_a, b.forward(x, Phase::Eval));
}

TEST(Network, InitScalesFollowFanInAndFanOut) {
  Architecture arch{400, {300}, {Activation::ReLU}, 1, {}, false};
  Vector params(Network::count_params(arch)), grads(params.size());
  Network net(arch, params.data(), grads.data());
  Rng rng(5);
  net.init_params(rng, Init::HeNormal);
  const auto& w = net.dense(0).weights();
  const double var = double(w.squaredNorm()) / double(w.size());
  EXPECT_NEAR(var, 2.0 / 400, 0.05 * 2.0 / 400);  // He: Var = 2/fan_in
  net.init_params(rng, Init::XavierUniform);
  const double var_x = double(net.dense(0).weights().squaredNorm()) / double(w.size());
  EXPECT_NEAR(var_x, 2.0 / 700, 0.05 * 2.0 / 700);  // Glorot: Var = 2/(fan_in + fan_out)
  EXPECT_EQ(net.dense(0).bias().squaredNorm(), 0);
}

}  // namespace
}  // namespace nn
