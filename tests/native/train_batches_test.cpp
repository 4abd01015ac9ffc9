// Training in chunks of mini-batches (what the images page's worker does between messages):
// the same updates as whole epochs however the epochs are cut, and the metrics evaluated only
// when an epoch ends — evaluating 70,000 images after every mini-batch made a Fashion-MNIST
// epoch take twenty minutes instead of seconds.
#include <gtest/gtest.h>

#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {
namespace {

std::unique_ptr<Trainer> small() {
  return std::make_unique<Trainer>(parse_spec(R"({"seed": 7, "data": {"generator": "xor", "points": 100},
      "model": {"hidden": [5, 3], "activation": "tanh", "dropout": [0.1, 0]},
      "optimizer": {"kind": "adam", "learningRate": 0.02},
      "training": {"batchSize": 8}})"));
}

TEST(TrainBatches, ChunksOfAnySizeTrainTheSameUpdatesAsWholeEpochs) {
  for (int chunk : {1, 3, 7, 1000}) {
    auto a = small(), b = small();
    b->train_epochs(3);
    while (a->metrics().epoch < 3) ASSERT_EQ(a->train_batches(chunk), Status::Ok);
    EXPECT_EQ(a->params(), b->params()) << "chunks of " << chunk;
    EXPECT_EQ(a->metrics().train_loss, b->metrics().train_loss);
    EXPECT_EQ(a->metrics().best_epoch, b->metrics().best_epoch);
  }
}

TEST(TrainBatches, StopsAtTheEndOfAnEpoch) {
  auto t = small();
  const Index batches_per_epoch = (t->train_set().size() + 7) / 8;
  t->train_batches(int(batches_per_epoch) + 5);
  EXPECT_EQ(t->metrics().epoch, 1);
  EXPECT_EQ(t->batch_position(), 0);
}

TEST(TrainBatches, MetricsChangeOnlyWhenAnEpochEnds) {
  auto t = small();
  t->train_epochs(1);
  const double loss = t->metrics().train_loss;
  const Vector before = t->params();
  t->train_batches(2);
  ASSERT_NE(t->params(), before) << "two updates were made";
  EXPECT_GT(t->batch_position(), 0);
  EXPECT_EQ(t->metrics().train_loss, loss) << "the metrics still describe the end of epoch 1";
  EXPECT_EQ(t->metrics().epoch, 1);
}

TEST(TrainBatches, AMiniBatchPreparedByClicksIsTheFirstOfTheChunk) {
  auto a = small(), b = small();
  a->prepare_batch();
  a->train_batches(4);
  b->train_batches(4);
  EXPECT_EQ(a->params(), b->params());
  EXPECT_EQ(a->batch_position(), b->batch_position());
}

}  // namespace
}  // namespace nn

namespace nn {
namespace {

// The images worker times an epoch's last mini-batch apart: batches_left() must name exactly
// the count after which train_batches ends the epoch, a prepared mini-batch included, and a
// batch wider than the training set is one batch.
TEST(TrainBatches, BatchesLeftIsWhatEndsTheEpoch) {
  auto t = small();
  const Index n = t->train_set().size();
  ASSERT_EQ(t->batches_left(), (n + 7) / 8);
  t->train_batches(3);
  t->prepare_batch();
  const Index left = t->batches_left();
  EXPECT_EQ(left, (n - 3 * 8 + 7) / 8);
  t->train_batches(int(left - 1));
  EXPECT_EQ(t->metrics().epoch, 0) << "one mini-batch is still left";
  EXPECT_EQ(t->batches_left(), 1);
  t->train_batches(1);
  EXPECT_EQ(t->metrics().epoch, 1);
  EXPECT_EQ(t->batches_left(), (n + 7) / 8) << "a new epoch starts whole";

  auto wide = std::make_unique<Trainer>(parse_spec(R"({"seed": 7, "data": {"generator": "xor", "points": 40},
      "training": {"batchSize": 500}})"));
  EXPECT_EQ(wide->batches_left(), 1);
}

}  // namespace
}  // namespace nn
