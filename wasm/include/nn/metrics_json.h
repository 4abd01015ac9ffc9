// The one mapping of Metrics to the names JavaScript and JSON readers see. The command-line
// runner's lines and the binding's `metrics()` value object are both built from this list,
// so a field added here appears in both.
#pragma once
#include "nn/json.h"

#include "nn/trainer.h"

// X(name, member): every numeric field of nn::Metrics; `status` is added beside them.
// validationLoss/validationAccuracy are null (NaN in JS) without a validation set;
// bestEpoch/bestTestLoss watch the validation set if there is one, else the test set
// (Trainer::monitored_set()).
#define NN_METRICS_FIELDS(X)         \
  X("epoch", epoch)                  \
  X("trainLoss", train_loss)         \
  X("validationLoss", validation_loss) \
  X("testLoss", test_loss)           \
  X("penalty", penalty)              \
  X("trainAccuracy", train_accuracy) \
  X("validationAccuracy", validation_accuracy) \
  X("testAccuracy", test_accuracy)   \
  X("zeroWeights", zero_weights)     \
  X("bestEpoch", best_epoch)         \
  X("bestTestLoss", best_test_loss)  \
  X("learningRate", learning_rate)

namespace nn {

// Non-finite numbers (an empty test set's loss, regression's accuracy) become null; status
// is its name ("ok", "diverged", "early_stopped", "dead_layer" with "deadLayer", "stalled").
nn::Json metrics_json(const Metrics& m);

}  // namespace nn
