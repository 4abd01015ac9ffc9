#include "nn/activation.h"

#include <gtest/gtest.h>

#include "gradient_check.h"
#include "nn/rng.h"

namespace nn {
namespace {

class ActivationGradient : public ::testing::TestWithParam<Activation> {};

// L = Σ c ⊙ f(z) with fixed random c, so ∂L/∂z = c ⊙ f'(z): checks activate_backward.
TEST_P(ActivationGradient, MatchesFiniteDifferences) {
  const Activation f = GetParam();
  Rng rng(7);
  Matrix z(3, 5), c(3, 5);
  for (Index i = 0; i < z.size(); ++i) {
    z(i) = Scalar(rng.uniform(-3, 3));
    if (std::abs(z(i)) < 0.05f) z(i) = 0.5f;  // keep off ReLU's kink, where f' is undefined
    c(i) = Scalar(rng.uniform(-1, 1));
  }
  Matrix a, grad_z;
  auto loss = [&] {
    Matrix out;
    activate(f, z, out);
    return double(out.cwiseProduct(c).sum());
  };
  activate(f, z, a);
  activate_backward(f, z, a, c, grad_z);
  const Matrix numeric = test::numeric_gradient(z, loss);
  EXPECT_LT(test::max_relative_error(grad_z, numeric), 2e-3) << activation_name(f);
}

INSTANTIATE_TEST_SUITE_P(All, ActivationGradient,
                         ::testing::Values(Activation::Linear, Activation::ReLU, Activation::LeakyReLU,
                                           Activation::Tanh, Activation::Sigmoid, Activation::ELU),
                         [](const auto& info) { return std::string(activation_name(info.param)); });

TEST(Activation, KnownValues) {
  Matrix z(1, 4), a;
  z << -2, -0.5f, 0, 1.5f;
  activate(Activation::ReLU, z, a);
  EXPECT_EQ(a(0), 0);
  EXPECT_EQ(a(3), 1.5f);
  activate(Activation::LeakyReLU, z, a);
  EXPECT_FLOAT_EQ(a(0), -0.02f);
  activate(Activation::Sigmoid, z, a);
  EXPECT_FLOAT_EQ(a(2), 0.5f);
  activate(Activation::ELU, z, a);
  EXPECT_NEAR(a(0), std::expm1(-2.0), 1e-6);
}

TEST(Activation, SigmoidIsStableAtExtremes) {
  EXPECT_EQ(sigmoid(-1000.f), 0.f);
  EXPECT_EQ(sigmoid(1000.f), 1.f);
}

TEST(Activation, ParseRejectsUnknownNames) {
  EXPECT_EQ(parse_activation("tanh"), Activation::Tanh);
  EXPECT_THROW(parse_activation("swish"), std::invalid_argument);
}

}  // namespace
}  // namespace nn
