// "An MLP that classifies images": the 8×8 digits (64 pixel values 0–16, label 0–9, no header)
// as CSV text, trained with a softmax output.
#include <gtest/gtest.h>

#include "nn/trainer.h"
#include "text_file.h"

namespace nn {
namespace {

TEST(Digits, CsvWith64FeaturesTrainsWithSoftmax) {
  const std::string csv = cli::read_text_file(DESCENT_SOURCE_DIR "/examples/data/digits.csv.gz");
  Trainer t(parse_spec(R"({"seed": 1, "data": {"source": "csv", "trainRatio": 0.8},
      "model": {"hidden": [32], "activation": "relu", "init": "he_normal"},
      "optimizer": {"kind": "adam", "learningRate": 0.003}, "training": {"batchSize": 32}})"),
            csv);
  EXPECT_EQ(t.dims(), 64);
  EXPECT_EQ(t.outputs(), 10);
  EXPECT_EQ(t.train_set().size() + t.test_set().size(), 1797);
  EXPECT_THROW(t.evaluate_grid(10), std::invalid_argument);
  t.train_epochs(10);
  EXPECT_EQ(t.status(), Status::Ok);
  EXPECT_GT(t.metrics().test_accuracy, 0.9);
}

}  // namespace
}  // namespace nn
