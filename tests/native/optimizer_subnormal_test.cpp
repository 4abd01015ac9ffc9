// Optimizer state that decays below the smallest normal float (FLT_MIN ≈ 1.18e-38) becomes
// exactly 0 instead of a subnormal: arithmetic on subnormals is many times slower on x86 and
// WebAssembly cannot switch it off (see nn/optimizer.h). Values that are still normal decay as
// the formulas say.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>

#include "nn/optimizer.h"

namespace nn {
namespace {

// Runs one step with gradient 0 on one float weight whose every state value starts at `start`;
// returns the state values after it.
std::vector<float> state_after_zero_gradient_step(OptimizerKind kind, float start) {
  auto opt = make_optimizer<float>(kind, OptimizerParams{});
  opt->prepare(1);
  opt->set_t(100);  // well into a run: Adam's bias corrections are near 1
  for (auto& kv : opt->named_state()) (*kv.second)[0] = start;
  float w = 0.5f, g = 0.0f;
  opt->step(&w, &g, 1);
  std::vector<float> out;
  for (auto& kv : opt->named_state()) out.push_back((*kv.second)[0]);
  return out;
}

const OptimizerKind kDecaying[] = {OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::RMSProp,
                                   OptimizerKind::Adam, OptimizerKind::AdamW};

TEST(OptimizerSubnormals, StateDecayingBelowFltMinBecomesZero) {
  for (OptimizerKind k : kDecaying) {
    // FLT_MIN itself times β (0.9, 0.999) is below FLT_MIN: a subnormal without the flush.
    for (float v : state_after_zero_gradient_step(k, FLT_MIN)) EXPECT_EQ(v, 0.0f) << optimizer_name(k);
    for (float v : state_after_zero_gradient_step(k, -FLT_MIN)) EXPECT_EQ(v, 0.0f) << optimizer_name(k);
  }
}

TEST(OptimizerSubnormals, NormalStateDecaysAsTheFormulaSays) {
  for (OptimizerKind k : kDecaying) {
    for (float v : state_after_zero_gradient_step(k, 1e-30f)) {
      EXPECT_GT(v, 1e-31f) << optimizer_name(k);
      EXPECT_LT(v, 1e-30f) << optimizer_name(k);
      EXPECT_TRUE(std::isnormal(v)) << optimizer_name(k);
    }
  }
}

TEST(OptimizerSubnormals, FlushKeepsNormalsAndZeroesSubnormalsForFloatAndDouble) {
  EXPECT_EQ(flush_subnormal(FLT_MIN), FLT_MIN);
  EXPECT_EQ(flush_subnormal(FLT_MIN / 2), 0.0f);
  EXPECT_EQ(flush_subnormal(-FLT_MIN / 2), 0.0f);
  EXPECT_EQ(flush_subnormal(-3.5f), -3.5f);
  EXPECT_EQ(flush_subnormal(0.0f), 0.0f);
  EXPECT_EQ(flush_subnormal(DBL_MIN / 2), 0.0);  // the lab's double optimizers: DBL_MIN
  EXPECT_EQ(flush_subnormal(double(FLT_MIN) / 2), double(FLT_MIN) / 2);
}

}  // namespace
}  // namespace nn
