// After early stopping the trainer's metrics describe the restored best weights, but the loss
// curve must end with the epoch really trained last: last_epoch_metrics() keeps that one.
#include <gtest/gtest.h>

#include "nn/trainer.h"

namespace nn {
namespace {

TEST(EarlyStoppingCurve, LastEpochKeepsItsOwnLossesAfterTheBestWeightsComeBack) {
  Trainer t(parse_spec(R"({"seed": 4, "data": {"generator": "xor", "points": 80, "noise": 0.4},
      "model": {"hidden": [32, 32], "activation": "relu"}, "optimizer": {"kind": "adam", "learningRate": 0.01},
      "training": {"batchSize": 10, "earlyStopping": {"patience": 15, "minDelta": 0}}})"));
  EXPECT_EQ(t.last_epoch_metrics().epoch, t.metrics().epoch);  // before stopping: the same
  for (int i = 0; i < 100 && t.status() == Status::Ok; ++i) t.train_epochs(10);
  ASSERT_EQ(t.status(), Status::EarlyStopped);
  const Metrics& restored = t.metrics();
  const Metrics& last = t.last_epoch_metrics();
  EXPECT_EQ(last.epoch, restored.epoch);
  EXPECT_EQ(restored.test_loss, restored.best_test_loss);
  EXPECT_GT(last.test_loss, restored.best_test_loss);  // the real last point is worse than the best
  EXPECT_NE(last.train_loss, restored.train_loss);

  // The same run without early stopping has exactly those losses at that epoch.
  ExperimentSpec plain = t.spec();
  plain.training.early_stopping.patience = 0;
  Trainer ref(plain);
  ref.train_epochs(int(last.epoch));
  EXPECT_EQ(ref.metrics().test_loss, last.test_loss);
  EXPECT_EQ(ref.metrics().train_loss, last.train_loss);
}

}  // namespace
}  // namespace nn
