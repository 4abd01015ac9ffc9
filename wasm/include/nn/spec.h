// The experiment spec: one JSON document that describes a run completely. The page's state,
// its share URL, the command-line runner and the tests all speak it. Every field is
// documented in docs/spec.md. Parsing is strict: a wrong type, an out-of-range value or an
// unknown field is a SpecError whose message names the field ("model.hidden[1]: …").
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "nn/activation.h"
#include "nn/dataset.h"
#include "nn/features.h"
#include "nn/layer.h"
#include "nn/loss.h"
#include "nn/optimizer.h"

namespace nn {

class SpecError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct DataSpec {
  Generator generator = Generator::Circle;
  int points = 500;
  double noise = 0.0;        // 0 … 0.5
  double train_ratio = 0.5;  // 0.1 … 0.9
};

enum class Regularization { None, L1, L2 };

struct ModelSpec {
  std::vector<int> hidden = {4, 2};
  std::vector<Activation> activations;  // one per hidden layer (filled from "activation")
  std::string output = "auto";          // auto | sigmoid | softmax | linear
  std::string loss = "auto";            // auto | cross_entropy | squared_error
  Init init = Init::XavierUniform;
};

struct OptimizerSpec {
  OptimizerKind kind = OptimizerKind::SGD;
  OptimizerParams params;
};

struct RegularizationSpec {
  Regularization kind = Regularization::None;
  double rate = 0.0;  // λ
};

struct TrainingSpec {
  int batch_size = 10;
  int epochs = 1000;  // how many the command-line runner trains; the page runs until paused
};

struct ExperimentSpec {
  uint64_t seed = 1;
  DataSpec data;
  std::vector<Feature> features = {Feature::X1, Feature::X2};
  ModelSpec model;
  OptimizerSpec optimizer;
  RegularizationSpec regularization;
  TrainingSpec training;
};

ExperimentSpec parse_spec(const std::string& json);  // throws SpecError
std::string spec_to_json(const ExperimentSpec& spec);  // canonical form, every field present

const char* regularization_name(Regularization r);

}  // namespace nn
