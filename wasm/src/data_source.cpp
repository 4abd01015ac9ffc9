#include "nn/data_source.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "nn/csv.h"
#include "nn/csv_columns.h"
#include "nn/table.h"
#include "nn/linear_regression.h"

namespace nn {
namespace {

// where(i) names row i in messages ("data.inline[3]" or "CSV line 7").
template <class Where>
Dataset from_rows(const std::vector<std::vector<double>>& rows, bool value_targets, Where where) {
  const Index dims = Index(rows.front().size()) - 1;
  Dataset d;
  d.inputs.resize(dims, Index(rows.size()));
  if (value_targets) {  // regression: the last field is the number to predict
    d.num_classes = 0;
    d.labels.clear();
    d.values.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      for (Index k = 0; k < dims; ++k) d.inputs(k, Index(i)) = Scalar(rows[i][std::size_t(k)]);
      d.values[i] = Scalar(rows[i].back());
    }
    return d;
  }
  d.labels.resize(rows.size());
  int max_label = 1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double label = rows[i].back();
    if (label < 0 || label >= kMaxClasses || std::floor(label) != label)
      throw std::invalid_argument(where(i) + ": the label (last field) must be an integer from 0 to " +
                                  std::to_string(kMaxClasses - 1) + ", got " + std::to_string(label));
    d.labels[i] = int(label);
    max_label = std::max(max_label, int(label));
    for (Index k = 0; k < dims; ++k) d.inputs(k, Index(i)) = Scalar(rows[i][std::size_t(k)]);
  }
  d.num_classes = max_label + 1;
  return d;
}

// data.image: checks the row width and the value range, scales pixels to [0, 1].
template <class Where>
void as_images(const DataSpec& spec, Dataset& d, Where where) {
  if (spec.image_width <= 0) return;
  const Index pixels = Index(spec.image_width) * spec.image_height;
  if (d.dims() != pixels)
    throw std::invalid_argument("data.image: " + std::to_string(spec.image_width) + " × " +
                                std::to_string(spec.image_height) + " pixels need " + std::to_string(pixels) +
                                " values per row before the label, the data has " + std::to_string(d.dims()));
  const Scalar max = Scalar(spec.image_max);
  for (Index i = 0; i < d.size(); ++i)
    for (Index k = 0; k < pixels; ++k)
      if (!(d.inputs(k, i) >= 0 && d.inputs(k, i) <= max))
        throw std::invalid_argument(where(std::size_t(i)) + ": pixel " + std::to_string(k + 1) + " is " +
                                    std::to_string(d.inputs(k, i)) + ", outside 0 … data.image.maxValue (" +
                                    std::to_string(spec.image_max) + ")");
  d.inputs *= Scalar(1) / max;
  d.image_width = spec.image_width;
  d.image_height = spec.image_height;
}

}  // namespace

void load_idx_sets(const DataSpec& spec, const IdxFiles& f, Dataset& train, Dataset& test) {
  if (spec.source != DataSource::Idx) throw std::invalid_argument("data.source is not 'idx'");
  const IdxImages train_images = parse_idx_images(f.train_images, f.train_images_name);
  const IdxLabels train_labels = parse_idx_labels(f.train_labels, f.train_labels_name);
  const IdxImages test_images = parse_idx_images(f.test_images, f.test_images_name);
  const IdxLabels test_labels = parse_idx_labels(f.test_labels, f.test_labels_name);
  if (test_images.rows != train_images.rows || test_images.cols != train_images.cols)
    throw std::invalid_argument(f.test_images_name + " has images of " + std::to_string(test_images.rows) + " × " +
                                std::to_string(test_images.cols) + " pixels, " + f.train_images_name + " of " +
                                std::to_string(train_images.rows) + " × " + std::to_string(train_images.cols));
  train = idx_dataset(train_images, train_labels, spec.train_limit, f.train_images_name, f.train_labels_name);
  test = idx_dataset(test_images, test_labels, spec.test_limit, f.test_images_name, f.test_labels_name);
  train.num_classes = test.num_classes = std::max(train.num_classes, test.num_classes);
  for (Dataset* d : {&train, &test}) {
    d->image_width = train_images.cols;
    d->image_height = train_images.rows;
  }
}

Dataset load_dataset(const DataSpec& spec, const std::string& csv_text, Rng& rng) {
  switch (spec.source) {
    case DataSource::Generator:
      return generate(spec.generator, spec.points, spec.noise, rng, spec.classes, spec.dims);
    case DataSource::Line:
      return generate_line(spec.line, rng);
    case DataSource::Inline:
    {
      auto where = [](std::size_t i) { return "data.inline[" + std::to_string(i) + "]"; };
      Dataset d = from_rows(spec.rows, spec.value_targets, where);
      as_images(spec, d, where);
      return d;
    }
    case DataSource::Csv: {
      if (spec.has_columns) return pick_columns(csv_text, spec.columns).data;
      if (csv_text.empty())
        throw std::invalid_argument(
            "data.source: 'csv' needs the CSV text from the caller (the command-line runner reads "
            "data.csvFile)");
      std::vector<long> lines;
      const auto rows = parse_csv(csv_text, &lines);
      if (rows.size() < 4)
        throw std::invalid_argument("CSV: need at least 4 data rows, got " + std::to_string(rows.size()));
      if (rows.size() > 1000000) throw std::invalid_argument("CSV: at most 1000000 data rows");
      auto where = [&](std::size_t i) { return "CSV line " + std::to_string(lines[i]); };
      Dataset d = from_rows(rows, spec.value_targets, where);
      as_images(spec, d, where);
      return d;
    }
    case DataSource::Idx:
      throw std::invalid_argument("data.source: 'idx' needs the four IDX files from the caller (the command-line "
                                  "runner reads data.trainImages, trainLabels, testImages and testLabels)");
  }
  throw std::invalid_argument("unknown data source");
}

DataSets load_data_sets(const DataSpec& spec, const std::string& csv_text, Rng& rng) {
  DataSets sets;
  if (spec.source == DataSource::Csv && spec.has_table) {
    if (csv_text.empty())
      throw std::invalid_argument(
          "data.source: 'csv' needs the CSV text from the caller (the command-line runner reads "
          "data.csvFile)");
    auto prepared = std::make_shared<TabularData>(
        prepare_table(read_table(csv_text), spec.table, spec.train_ratio, spec.validation_ratio, rng));
    sets.train = std::move(prepared->train);
    sets.validation = std::move(prepared->validation);
    sets.test = std::move(prepared->test);
    sets.table = std::move(prepared);
    return sets;
  }
  const Dataset all = load_dataset(spec, csv_text, rng);
  Dataset rest;
  split(all, spec.train_ratio, rng, sets.train, rest);
  const Index n_val = std::min<Index>(Index(std::llround(spec.validation_ratio * double(all.size()))), rest.size());
  if (n_val == 0) {
    sets.test = std::move(rest);
    sets.validation.num_classes = all.num_classes;
    sets.validation.image_width = all.image_width;
    sets.validation.image_height = all.image_height;
    sets.validation.inputs.resize(all.dims(), 0);
    return sets;
  }
  split(rest, double(n_val) / double(rest.size()), rng, sets.validation, sets.test);
  return sets;
}

}  // namespace nn
