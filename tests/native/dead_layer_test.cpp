// Too large a learning rate can leave a hidden layer whose every neuron gives one output for
// every point (dead ReLUs at 0, saturated tanh at ±1): the output no longer depends on the input
// and accuracy stays at chance. The trainer says so (Status::DeadLayer) instead of going on.
#include <gtest/gtest.h>

#include "nn/metrics_json.h"
#include "nn/trainer.h"

namespace nn {
namespace {

Status train_until_stopped(Trainer& t, int epochs) {
  for (int e = 0; e < epochs && t.status() == Status::Ok; ++e) t.train_epochs(1);
  return t.status();
}

std::string with(const char* activation, double rate) {
  return std::string(R"({"model": {"activation": ")") + activation + R"("}, "optimizer": {"learningRate": )" +
         std::to_string(rate) + "}}";
}

TEST(DeadLayer, LearningRateTenKillsEveryReluOfALayerAndTrainingStops) {
  Trainer t(parse_spec(with("relu", 10)));
  ASSERT_EQ(train_until_stopped(t, 100), Status::DeadLayer);
  const Metrics m = t.metrics();
  ASSERT_GE(m.dead_layer, 0);
  // Every neuron of that layer outputs 0 for every training point…
  t.evaluate_grid(8);
  EXPECT_TRUE((t.grid_hidden(m.dead_layer).array() == 0).all());
  // …so every point gets the same prediction: accuracy at chance (the majority class share).
  EXPECT_LE(m.train_accuracy, 0.6);
  EXPECT_EQ(t.train_epochs(5), Status::DeadLayer);  // stays stopped
  EXPECT_EQ(t.metrics().epoch, m.epoch);
  EXPECT_EQ(metrics_json(m)["status"], "dead_layer");
  EXPECT_EQ(metrics_json(m)["deadLayer"], m.dead_layer);
}

// The default tanh network does not die at learning rate 10: its neurons become steps (still
// depending on the input), and the output layer's steps overshoot back and forth. The loss stays
// far above that of guessing the class shares, at chance accuracy: the trainer calls it stalled.
TEST(Stalled, LearningRateTenOnTheDefaultTanhNetworkNeverBeatsGuessing) {
  for (int seed : {1, 2, 3}) {
    ExperimentSpec spec = parse_spec(with("tanh", 10));
    spec.seed = seed;
    Trainer t(spec);
    EXPECT_EQ(train_until_stopped(t, 300), Status::Stalled) << "seed " << seed;
    EXPECT_GE(t.metrics().epoch, kStallEpochs);
    EXPECT_LE(t.metrics().train_accuracy, 0.7) << "seed " << seed;
    EXPECT_GT(t.metrics().train_loss, 0.693) << "above guessing (ln 2 for two balanced classes)";
    EXPECT_EQ(metrics_json(t.metrics())["status"], "stalled");
  }
}

TEST(Stalled, NotCalledForASlowStartAtATinyLearningRate) {
  // Learning rate 1e-5: the loss barely moves from where it starts, but it does not overshoot.
  Trainer t(parse_spec(with("tanh", 0.00001)));
  EXPECT_EQ(train_until_stopped(t, 200), Status::Ok);
}

TEST(DeadLayer, NotDetectedAtTheDefaultLearningRate) {
  for (const char* activation : {"relu", "tanh"}) {
    Trainer t(parse_spec(std::string(R"({"model": {"activation": ")") + activation + "\"}}"));
    EXPECT_EQ(train_until_stopped(t, 300), Status::Ok) << activation;
    EXPECT_EQ(t.metrics().dead_layer, -1);
    EXPECT_GT(t.metrics().train_accuracy, 0.9) << activation;
  }
}

}  // namespace
}  // namespace nn
