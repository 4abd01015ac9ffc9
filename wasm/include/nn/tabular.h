// From a typed table (nn/table.h) to network inputs and targets: the column roles, the
// preparation (impute, standardize, one-hot) and the target rule, with a seeded split into
// training, validation and test rows. Everything the preparation learns from data — medians,
// means, standard deviations, the most frequent categories, the threshold, the quantile cuts —
// is computed on the training rows only, so nothing leaks from the validation or test rows.
#pragma once
#include <string>
#include <vector>

#include "nn/dataset.h"
#include "nn/rng.h"
#include "nn/table.h"

namespace nn {

// How the target column becomes what the network predicts.
// Threshold: a numeric column split in two classes, "low" (≤ threshold) and "high" (>);
//   the threshold is the training rows' median unless given.
// Quantiles: a numeric column in k classes of (nearly) equal size on the training rows.
// Classes: every distinct value is a class (categorical columns, or numeric ones with at most
//   kMaxClasses distinct values).
// Regression: the number itself, standardized with the training rows' mean and deviation.
enum class TargetRule { Threshold, Quantiles, Classes, Regression };
const char* target_rule_name(TargetRule r);              // "threshold", "quantiles", "classes", "regression"
TargetRule parse_target_rule(const std::string& name);  // throws std::invalid_argument

// The "data.table" part of a spec (docs/spec.md).
struct TableSpec {
  std::string target;               // column name; empty = the last column
  std::vector<std::string> ignore;  // columns that are neither features nor the target
  TargetRule rule = TargetRule::Threshold;
  bool threshold_given = false;
  double threshold = 0;             // used if threshold_given, else the training median
  int quantiles = 4;                // k for TargetRule::Quantiles, 2 … 10
  int max_categories = 20;          // one-hot inputs per categorical column before "other", 1 … 1000
};

// What the preparation did with one feature column.
struct PreparedColumn {
  int column = 0;  // index in the table
  ColumnType type = ColumnType::Numeric;
  double fill = 0;                  // numeric: the training median that replaces missing cells
  double mean = 0, scale = 1;       // numeric: x ← (x − mean) · scale (scale = 1/sd, 1 if constant)
  int fill_code = -1;               // categorical: the most frequent training value
  std::vector<int> kept;            // categorical: one-hot levels (codes), most frequent first
  bool other = false;               // categorical: one more input for every other value
  long missing_train = 0, missing_all = 0;  // cells imputed among training rows / all rows
  int first_input = 0, width = 1;   // its inputs in the prepared matrix
};

struct Preparation {
  std::vector<PreparedColumn> features;
  std::vector<std::string> input_names;  // "Lot_Area", "Neighborhood=North_Ames", "Neighborhood=(other)"
  int target = 0;                        // column index
  TargetRule rule = TargetRule::Threshold;
  double threshold = 0;                  // Threshold
  std::vector<double> cuts;              // Quantiles: k − 1 increasing cut points
  std::vector<std::string> class_names;  // classification: one per class
  double target_mean = 0, target_sd = 1; // Regression: value = (y − mean) / sd
  long dropped_rows = 0;                 // rows left out because their target is missing
  int inputs() const { return int(input_names.size()); }
};

// A prepared table: the three sets and, for each of their samples, its row in the table.
struct TabularData {
  Dataset train, validation, test;
  std::vector<long> train_rows, validation_rows, test_rows;
  Preparation prep;
};

// Drops rows with a missing target, shuffles the rest with rng, puts round(train_ratio·N) in
// the training set, round(validation_ratio·N) in the validation set and the rest in the test
// set, fits the preparation on the training rows and applies it to all three.
// Throws std::invalid_argument naming the problem (unknown column, a text column with a numeric
// rule, one class only, too few rows, too many inputs).
TabularData prepare_table(const Table& table, const TableSpec& spec, double train_ratio, double validation_ratio,
                          Rng& rng);

constexpr int kMaxTabularInputs = 4096;  // prepared inputs (after one-hot)

}  // namespace nn
