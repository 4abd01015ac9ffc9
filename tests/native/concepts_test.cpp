// The numbers of the concepts page (web/concepts.html), checked against values derived by hand
// the way the course writes them, and backpropagation checked against finite differences.
#include "nn/concepts.h"

#include <gtest/gtest.h>

#include <cmath>

namespace nn {
namespace {

double sigma(double z) { return 1 / (1 + std::exp(-z)); }
constexpr double kTol = 2e-6;  // the core computes in float

// ---- activation curves ----------------------------------------------------------------------

TEST(ActivationCurves, ValuesAndSlopesOfEveryActivationAtHandPoints) {
  // grid −2, −1, 0, 1, 2
  const ActivationCurves c = activation_curves(-2, 2, 5);
  ASSERT_EQ(c.n, 5);
  ASSERT_EQ(c.values.size(), concept_activations().size() * 5);
  auto f = [&](Activation act, int i) {
    for (std::size_t r = 0; r < concept_activations().size(); ++r)
      if (concept_activations()[r] == act) return std::make_pair(double(c.values[r * 5 + std::size_t(i)]), double(c.slopes[r * 5 + std::size_t(i)]));
    ADD_FAILURE() << "missing activation";
    return std::make_pair(0.0, 0.0);
  };
  EXPECT_FLOAT_EQ(c.x[1], -1);
  // ReLU(x) = max(0, x); f′ = 1 for x > 0, 0 for x < 0 (and 0 at the kink, as in training)
  EXPECT_EQ(f(Activation::ReLU, 1), std::make_pair(0.0, 0.0));
  EXPECT_EQ(f(Activation::ReLU, 2), std::make_pair(0.0, 0.0));
  EXPECT_EQ(f(Activation::ReLU, 4), std::make_pair(2.0, 1.0));
  // Leaky ReLU: 0.01·x for x < 0
  EXPECT_NEAR(f(Activation::LeakyReLU, 0).first, -0.02, kTol);
  EXPECT_NEAR(f(Activation::LeakyReLU, 0).second, 0.01, kTol);
  // tanh(1) and 1 − tanh²(1)
  EXPECT_NEAR(f(Activation::Tanh, 3).first, std::tanh(1.0), kTol);
  EXPECT_NEAR(f(Activation::Tanh, 3).second, 1 - std::tanh(1.0) * std::tanh(1.0), kTol);
  // σ(0) = ½, σ′(0) = ¼ — the largest slope a sigmoid ever has
  EXPECT_NEAR(f(Activation::Sigmoid, 2).first, 0.5, kTol);
  EXPECT_NEAR(f(Activation::Sigmoid, 2).second, 0.25, kTol);
  // σ(−2) = 1/(1 + e²), σ′ = σ(1 − σ)
  EXPECT_NEAR(f(Activation::Sigmoid, 0).second, sigma(-2) * (1 - sigma(-2)), kTol);
  EXPECT_EQ(f(Activation::Linear, 0), std::make_pair(-2.0, 1.0));
  // ELU(−1) = e⁻¹ − 1, f′ = e⁻¹
  EXPECT_NEAR(f(Activation::ELU, 1).first, std::exp(-1.0) - 1, kTol);
  EXPECT_NEAR(f(Activation::ELU, 1).second, std::exp(-1.0), kTol);
}

TEST(ActivationCurves, SigmoidSlopeVanishesInSaturation) {
  const ActivationCurves c = activation_curves(-8, 8, 3);
  const std::size_t r = 3;  // sigmoid
  ASSERT_EQ(concept_activations()[r], Activation::Sigmoid);
  EXPECT_LT(c.slopes[r * 3 + 0], 4e-4f);  // σ′(−8) ≈ 3.4e-4
  EXPECT_LT(c.slopes[r * 3 + 2], 4e-4f);
}

TEST(ActivationCurves, RejectsABadGrid) {
  EXPECT_THROW(activation_curves(1, 1, 10), std::invalid_argument);
  EXPECT_THROW(activation_curves(0, 1, 1), std::invalid_argument);
  EXPECT_THROW(activation_curves(0, NAN, 10), std::invalid_argument);
}

// ---- softmax and cross-entropy --------------------------------------------------------------

TEST(SoftmaxBreakdown, EveryIntermediateValueOfTheStableForm) {
  // z = (2, 1, 0.1), y = 0, T = 1. m = 2; e^(z−m) = (1, e⁻¹, e^−1.9); p = e^(z−m)/Σ
  const SoftmaxBreakdown s = softmax_breakdown({2, 1, 0.1}, 0, 1);
  const double e1 = std::exp(-1.0), e19 = std::exp(-1.9), sum = 1 + e1 + e19;
  EXPECT_NEAR(s.max, 2, kTol);
  EXPECT_NEAR(s.exps[0], 1, kTol);
  EXPECT_NEAR(s.exps[1], e1, kTol);
  EXPECT_NEAR(s.exps[2], e19, kTol);
  EXPECT_NEAR(s.sum, sum, kTol);
  EXPECT_NEAR(s.probs[0], 1 / sum, kTol);   // 0.659
  EXPECT_NEAR(s.probs[1], e1 / sum, kTol);  // 0.242
  EXPECT_NEAR(s.probs[2], e19 / sum, kTol); // 0.099
  EXPECT_NEAR(s.loss, std::log(sum), kTol); // −log p₀ = log Σ e^(z−m)
  // ∂L/∂z = p − onehot(y)
  EXPECT_NEAR(s.grad[0], 1 / sum - 1, kTol);
  EXPECT_NEAR(s.grad[1], e1 / sum, kTol);
  EXPECT_NEAR(s.grad[2], e19 / sum, kTol);
}

TEST(SoftmaxBreakdown, AddingAConstantToEveryLogitChangesNothing) {
  const SoftmaxBreakdown a = softmax_breakdown({2, 1, 0.1, -3}, 2, 1);
  const SoftmaxBreakdown b = softmax_breakdown({7, 6, 5.1, 2}, 2, 1);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_NEAR(a.probs[i], b.probs[i], kTol);
    EXPECT_NEAR(a.exps[i], b.exps[i], kTol);
  }
  EXPECT_NEAR(a.loss, b.loss, kTol);
}

TEST(SoftmaxBreakdown, TemperatureDividesTheLogits) {
  // T = 2: u = (1, 0.5, 0.05); ∂L/∂z = (p − onehot)/T
  const SoftmaxBreakdown s = softmax_breakdown({2, 1, 0.1}, 1, 2);
  const double sum = 1 + std::exp(-0.5) + std::exp(-0.95);
  EXPECT_NEAR(s.scaled[1], 0.5, kTol);
  EXPECT_NEAR(s.probs[1], std::exp(-0.5) / sum, kTol);
  EXPECT_NEAR(s.grad_logits[1], (std::exp(-0.5) / sum - 1) / 2, kTol);
  // higher temperature flattens, lower sharpens
  EXPECT_LT(softmax_breakdown({2, 1, 0.1}, 0, 5).probs[0], s.probs[0]);
  // T = ½: u = (4, 2, 0.2), p₁ = 1/(1 + e⁻² + e^−3.8) = 0.864 instead of 0.659
  EXPECT_NEAR(softmax_breakdown({2, 1, 0.1}, 0, 0.5).probs[0], 1 / (1 + std::exp(-2.0) + std::exp(-3.8)), kTol);
}

TEST(SoftmaxBreakdown, NamesBadInput) {
  EXPECT_THROW(softmax_breakdown({1, 2}, 0, 1), std::invalid_argument);
  EXPECT_THROW(softmax_breakdown({1, 2, 3}, 3, 1), std::invalid_argument);
  EXPECT_THROW(softmax_breakdown({1, 2, 30}, 0, 1), std::invalid_argument);
  EXPECT_THROW(softmax_breakdown({1, 2, 3}, 0, 0), std::invalid_argument);
}

// ---- the walkthrough: default 2 → 2 → 1 sigmoid network, x = (1, 0.5), y = 1 -----------------
//
//   W¹ = [0.5 0.3; −0.4 0.8], b¹ = (0.1, −0.2), W² = [−0.6 0.2], b² = 0.1, α = 0.5
//   z¹₀ = 0.5·1 + 0.3·0.5 + 0.1 = 0.75           a¹₀ = σ(0.75)
//   z¹₁ = −0.4·1 + 0.8·0.5 − 0.2 = −0.2          a¹₁ = σ(−0.2)
//   z²  = −0.6·a¹₀ + 0.2·a¹₁ + 0.1               p = σ(z²),  L = −log p
//   δ²  = p − y                                   (sigmoid + binary cross-entropy)
//   δ¹ₕ = σ′(z¹ₕ) · W²ₕ · δ²,  σ′ = a(1 − a)
//   ∂L/∂W²ₕ = δ² · a¹ₕ,  ∂L/∂W¹ₕⱼ = δ¹ₕ · xⱼ,  ∂L/∂b = δ
struct Hand {
  double a0 = sigma(0.75), a1 = sigma(-0.2);
  double z2 = -0.6 * a0 + 0.2 * a1 + 0.1;
  double p = sigma(z2);
  double loss = -std::log(p);
  double d2 = p - 1;
  double d0 = a0 * (1 - a0) * (-0.6 * d2);
  double d1 = a1 * (1 - a1) * (0.2 * d2);
};

TEST(Walkthrough, DefaultNetworkForwardMatchesHandValues) {
  Walkthrough w;
  const Hand h;
  EXPECT_NEAR(w.z(1)(0, 0), 0.75, kTol);
  EXPECT_NEAR(w.z(1)(1, 0), -0.2, kTol);
  EXPECT_NEAR(w.a(1)(0, 0), h.a0, kTol);  // 0.6792
  EXPECT_NEAR(w.a(1)(1, 0), h.a1, kTol);  // 0.4502
  EXPECT_NEAR(w.z(2)(0, 0), h.z2, kTol);  // −0.2175
  EXPECT_NEAR(w.a(2)(0, 0), h.p, kTol);   // 0.4458
  EXPECT_NEAR(w.loss(), h.loss, kTol);    // 0.8078
  // the per-link forward terms of z¹₀ = 0.5·1 + 0.3·0.5 + 0.1
  EXPECT_NEAR(w.forward_terms(0)(0, 0), 0.5, kTol);
  EXPECT_NEAR(w.forward_terms(0)(0, 1), 0.15, kTol);
}

TEST(Walkthrough, DefaultNetworkBackwardMatchesHandValues) {
  Walkthrough w;
  const Hand h;
  EXPECT_NEAR(w.delta(2)[0], h.d2, kTol);  // −0.5542
  EXPECT_NEAR(w.delta(1)[0], h.d0, kTol);  //  0.0724
  EXPECT_NEAR(w.delta(1)[1], h.d1, kTol);  // −0.0274
  // the chain-rule factors of δ¹: σ′(z¹) and Σ w·δ²
  EXPECT_NEAR(w.hidden_slope()(0, 0), h.a0 * (1 - h.a0), kTol);
  EXPECT_NEAR(w.hidden_signal()(0, 0), -0.6 * h.d2, kTol);
  EXPECT_NEAR(w.backward_terms(1)(0, 1), 0.2 * h.d2, kTol);
  // ∂L/∂w = δ · a_prev, in the flat layout W¹ (column-major), b¹, W², b²
  const auto& g = w.grads();
  const double expected[] = {h.d0 * 1, h.d1 * 1, h.d0 * 0.5, h.d1 * 0.5, h.d0, h.d1, h.d2 * h.a0, h.d2 * h.a1, h.d2};
  ASSERT_EQ(g.size(), 9u);
  for (std::size_t i = 0; i < 9; ++i) EXPECT_NEAR(g[i], expected[i], kTol) << "parameter " << i;
}

TEST(Walkthrough, UpdateIsOneSgdStepAndLowersTheLoss) {
  Walkthrough w;
  const Hand h;
  // W²₀ ← −0.6 − 0.5·δ²·a¹₀ = −0.6 + 0.5·0.5542·0.6792
  EXPECT_NEAR(w.updated_params()[6], -0.6 - 0.5 * h.d2 * h.a0, kTol);
  EXPECT_NEAR(w.updated_params()[8], 0.1 - 0.5 * h.d2, kTol);
  EXPECT_LT(w.loss_after_update(), w.loss());
  // One click per operation: 2 hidden + 1 output forward, loss, 1 + 2 backward, 2 gradient
  // layers, update.
  ASSERT_EQ(w.steps().size(), 10u);
  EXPECT_EQ(w.steps().front().op, WalkOp::Forward);
  EXPECT_EQ(w.steps()[3].op, WalkOp::Loss);
  EXPECT_EQ(w.steps()[4].op, WalkOp::Backward);
  EXPECT_EQ(w.steps()[4].layer, 2);
  EXPECT_EQ(w.steps()[5].op, WalkOp::Gradients);
  EXPECT_EQ(w.steps().back().op, WalkOp::Update);
  const double after = w.loss_after_update();
  for (int i = 0; i < 10; ++i) w.step();
  EXPECT_EQ(w.cursor(), 9);
  EXPECT_TRUE(w.updated());
  w.step();  // a new round starts from the updated weights
  EXPECT_EQ(w.cursor(), -1);
  EXPECT_EQ(w.rounds(), 1);
  EXPECT_NEAR(w.loss(), after, 1e-9);
  EXPECT_NEAR(w.params()[6], -0.6 - 0.5 * h.d2 * h.a0, kTol);
}

TEST(Walkthrough, SoftmaxNetworkHasASoftmaxStepAndPMinusOnehot) {
  Walkthrough w({3, 3, 2, Activation::ReLU});
  ASSERT_EQ(w.steps().size(), 15u);  // 3 + 2 forward, softmax, loss, 2 + 1 + 3 + 1 backward, update
  EXPECT_EQ(w.steps()[5].op, WalkOp::Softmax);
  const Matrix& p = w.a(2);
  EXPECT_NEAR(p(0, 0) + p(1, 0), 1, kTol);
  // target 1: δ² = p − (0, 1)
  EXPECT_NEAR(w.delta(2)[0], p(0, 0), kTol);
  EXPECT_NEAR(w.delta(2)[1], p(1, 0) - 1, kTol);
  EXPECT_NEAR(w.loss(), -std::log(double(p(1, 0))), kTol);
  // z¹₁ = −0.4·1 − 0.3·0.5 + 0.3·(−1)... : the default 3-input example has a dead ReLU (z¹₁ < 0)
  EXPECT_LT(w.z(1)(1, 0), 0);
  EXPECT_EQ(w.delta(1)[1], 0);
}

TEST(Walkthrough, NamesBadInput) {
  EXPECT_THROW(Walkthrough({4, 2, 1, Activation::ReLU}), std::invalid_argument);
  EXPECT_THROW(Walkthrough({2, 2, 3, Activation::ReLU}), std::invalid_argument);
  Walkthrough w;
  EXPECT_THROW(w.set_example({1}, 0), std::invalid_argument);
  EXPECT_THROW(w.set_example({1, 9}, 0), std::invalid_argument);
  EXPECT_THROW(w.set_example({1, 0}, 2), std::invalid_argument);
  EXPECT_THROW(w.set_learning_rate(0), std::invalid_argument);
  EXPECT_NEAR(w.loss(), Hand().loss, kTol);  // nothing changed
}

// ---- backpropagation equals finite differences ---------------------------------------------

// max |backprop − fd| / max(1, |fd|) over all parameters, the measure of gradient_check.h:
// relative for gradients above 1, absolute below. The network computes in float, so L(w ± h)
// carries a rounding error near 1e-7 and the estimate one near 1e-7 / 2h = 5e-6: a gradient of
// 0.01 cannot be checked to 1e-4 of itself, only to 1e-4 absolute.
double worst_relative(const Walkthrough& w) {
  double worst = 0;
  for (std::size_t i = 0; i < w.grads().size(); ++i) {
    const double g = w.grads()[i], fd = w.finite_differences()[i];
    worst = std::max(worst, std::abs(g - fd) / std::max(1.0, std::abs(fd)));
  }
  return worst;
}

bool near_a_kink(const Walkthrough& w) {
  for (Index i = 0; i < w.z(1).rows(); ++i)
    if (std::abs(w.z(1)(i, 0)) < 2 * Walkthrough::kFiniteStep) return true;
  return false;
}

TEST(Walkthrough, BackpropEqualsFiniteDifferencesForEveryActivationAndBothLosses) {
  for (Activation f : concept_activations()) {
    for (const WalkthroughShape& s : {WalkthroughShape{2, 2, 1, f}, WalkthroughShape{3, 3, 2, f},
                                      WalkthroughShape{1, 3, 2, f}, WalkthroughShape{3, 1, 1, f}}) {
      for (uint64_t seed : {0ull, 7ull, 12ull}) {
        Walkthrough w(s);
        if (seed) w.randomize(seed);
        if (near_a_kink(w)) continue;  // ReLU-like functions have no derivative at 0
        const double err = worst_relative(w);
        EXPECT_LT(err, 1e-4) << activation_name(f) << " " << s.inputs << "→" << s.hidden << "→" << s.outputs
                             << " seed " << seed;
        // the estimate really is (L(w+h) − L(w−h)) / 2h of the numbers it shows
        EXPECT_NEAR(w.finite_differences()[0], (w.loss_plus()[0] - w.loss_minus()[0]) / (2 * Walkthrough::kFiniteStep),
                    1e-4 * std::max(1.0, std::abs(w.finite_differences()[0])));
      }
    }
  }
}

}  // namespace
}  // namespace nn
