// Model files: one JSON document holding the experiment spec, the architecture, every weight,
// batch norm's running statistics and, optionally, the optimizer's state. Floats are written
// as the exact decimal of their double value (17 significant digits), so save → load gives
// back the very same bits; with the optimizer state and the Rng position saved too, training
// resumed from a file continues exactly as the saved run would have.
//
//   {"format": "descent-model", "version": 1, "spec": {…}, "architecture": {…}, "epoch": 120,
//    "rng": {"state": …, "inc": …, "spare": 0, "hasSpare": false},
//    "params": [...], "batchNormState": [...],
//    "optimizer": {"kind": "adam", "t": 2400, "state": {"m": [...], "s": [...]}}}
#pragma once
#include <string>

#include "nn/trainer.h"

namespace nn {

// Throws SpecError if a weight, a batch-norm statistic or the optimizer's state is not finite
// (JSON cannot hold it, and a file that lost it could not be loaded back).
std::string save_model(Trainer& trainer, bool with_optimizer_state);

// The experiment spec inside a model file, validated like any spec ("model file.spec.…: …"),
// without building anything: a caller checks the network it asks for against its own limits
// before allocating a trainer for it.
ExperimentSpec model_file_spec(const std::string& json);

// Loads a model file into a trainer built for the same architecture (and, if the file has
// optimizer state, the same optimizer). Everything is validated before anything is changed:
// a corrupt, truncated or mismatched file, an invalid spec inside it, or optimizer state no
// optimizer could have produced (a negative sum of squares) throws SpecError ("model file…: …")
// and leaves the trainer as it was. Without optimizer state in the file, the optimizer is reset.
void load_model(Trainer& trainer, const std::string& json);

}  // namespace nn
