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
#include "nn/csv_columns.h"
#include "nn/dataset.h"
#include "nn/features.h"
#include "nn/layer.h"
#include "nn/linear_regression.h"
#include "nn/loss.h"
#include "nn/optimizer.h"
#include "nn/schedule.h"
#include "nn/tabular.h"

namespace nn {

class SpecError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Where the points come from. A generator makes them from the seed; inline rows are in the
// spec itself; CSV text is handed to the core by the caller (the command-line runner reads
// data.csvFile, the page a file the user picked). Line draws points around a straight line
// (linear_regression.h), also from the seed. IDX files (MNIST's format) come as four files,
// already split into training and test sets, handed over as bytes (idx.h).
enum class DataSource { Generator, Inline, Csv, Line, Idx };

struct DataSpec {
  DataSource source = DataSource::Generator;
  Generator generator = Generator::Circle;
  int points = 500;
  double noise = 0.0;        // 0 … 0.5
  double train_ratio = 0.5;  // 0.1 … 0.9
  double validation_ratio = 0;  // 0 … 0.8; the validation set follows the training set, the rest is the test set
  int classes = 0;           // blobs, spiral, clusters; 0 = the generator's default
  int dims = 2;              // clusters only
  std::vector<std::vector<double>> rows;  // inline: [feature₁, …, feature_D, label or value]
  // Inline and CSV rows: false, the last field is a class label (0, 1, …); true, it is a real
  // number to predict (regression, linear output, squared error).
  bool value_targets = false;
  LineSpec line;             // source line: the true line, noise, points and x range
  std::string csv_file;      // csv: path for the command-line runner, relative to the spec
  bool standardize = false;  // z-score every network input with the training set's mean and sd
  bool has_table = false;    // csv only: typed columns prepared by data.table (nn/tabular.h)
  TableSpec table;
  // csv only: data.columns, named numeric columns as x (inputs) and y (the value to predict),
  // read with the typed-table reader (nn/csv_columns.h); implies target "value".
  bool has_columns = false;
  ColumnPick columns;
  bool standardize_targets = false;  // regression: z-score the targets the same way
  // idx: the files (paths for the command-line runner, relative to the spec; URLs for the
  // page), each IDX bytes or gzip-compressed IDX bytes. trainRatio does not apply.
  std::string train_images, train_labels, test_images, test_labels;
  int train_limit = 0, test_limit = 0;  // use the first N images only; 0 = all
  // CSV or inline data that are images (data.image): width × height pixel values from 0 to
  // max_value, row by row; the core divides them by max_value so that pixels lie in [0, 1]
  // as IDX pixels do (0 … 255 → [0, 1]). 0 = not images.
  int image_width = 0, image_height = 0;
  double image_max = 0;
};

enum class Regularization { None, L1, L2 };

struct ModelSpec {
  std::vector<int> hidden = {4, 2};
  Activation activation = Activation::Tanh;  // the default for every hidden layer
  std::vector<Activation> activations;       // resolved: one per hidden layer
  std::vector<double> dropout;               // resolved: one rate per hidden layer (0 = none)
  bool batch_norm = false;
  std::string output = "auto";               // auto | sigmoid | softmax | linear
  std::string loss = "auto";                 // auto | cross_entropy | squared_error
  Init init = Init::XavierUniform;
};

struct OptimizerSpec {
  OptimizerKind kind = OptimizerKind::SGD;
  OptimizerParams params;
  ScheduleParams schedule;
};

struct RegularizationSpec {
  Regularization kind = Regularization::None;
  double rate = 0.0;  // λ
};

struct EarlyStoppingSpec {
  int patience = 0;        // epochs without improvement before stopping; 0 = off
  double min_delta = 0.0;  // an improvement must lower the test loss by more than this
};

struct TrainingSpec {
  int batch_size = 10;
  int epochs = 1000;  // how many the command-line runner trains; the page runs until paused
  EarlyStoppingSpec early_stopping;
  double clip_norm = 0.0;  // rescale the gradient to this L2 norm if longer; 0 = off
};

struct ExperimentSpec {
  uint64_t seed = 1;
  DataSpec data;
  std::vector<Feature> features = {Feature::X1, Feature::X2};
  bool features_given = false;  // "features" was in the spec (only 2-D data may have it)
  ModelSpec model;
  OptimizerSpec optimizer;
  RegularizationSpec regularization;
  TrainingSpec training;
};

ExperimentSpec parse_spec(const std::string& json);  // throws SpecError
// Canonical form: every field that applies is present (generator fields only for generated
// data, "features" only for 2-D data); parse_spec(spec_to_json(s)) == s.
std::string spec_to_json(const ExperimentSpec& spec);

const char* regularization_name(Regularization r);
const char* data_source_name(DataSource s);

}  // namespace nn
