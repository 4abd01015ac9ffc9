// Builds the full data set a spec's "data" section describes, from whichever source it names:
// a seeded generator, the spec's inline rows, or CSV text supplied by the caller.
#pragma once
#include <memory>
#include <string>

#include "nn/dataset.h"
#include "nn/idx.h"
#include "nn/spec.h"

namespace nn {

// csv_text is used only (and required) for DataSource::Csv. Rows are [features…, label] with
// integer labels 0 … kMaxClasses − 1 (the class count is max(2, largest label + 1)), or
// [features…, value] with any finite value if spec.value_targets (a regression set). With
// data.image, pixel values must lie in [0, image.maxValue] and are divided by it, and each row
// must have width × height values.
// Throws std::invalid_argument naming the field or the CSV line.
Dataset load_dataset(const DataSpec& spec, const std::string& csv_text, Rng& rng);

// The three sets a trainer uses. For generated, inline and classic CSV data: load_dataset, the
// seeded split into train (trainRatio) and the rest, then round(validationRatio·N) points of
// the rest as the validation set (a spec without validation draws exactly as it always did). For CSV with data.table: read_table and prepare_table; `table` then holds
// the preparation and each sample's row in the file (its Datasets are moved out, empty).
struct DataSets {
  Dataset train, validation, test;
  std::shared_ptr<const TabularData> table;
};
DataSets load_data_sets(const DataSpec& spec, const std::string& csv_text, Rng& rng);
// For DataSource::Idx: the training and test sets from the four files' bytes (gunzipped
// already), the first data.trainLimit / data.testLimit images of each. Both must have images
// of the same size. Throws std::invalid_argument naming the file.
void load_idx_sets(const DataSpec& spec, const IdxFiles& files, Dataset& train, Dataset& test);

}  // namespace nn
