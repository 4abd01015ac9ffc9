#include "nn/data_source.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "nn/csv.h"
#include "nn/table.h"

namespace nn {
namespace {

// where(i) names row i in messages ("data.inline[3]" or "CSV line 7").
template <class Where>
Dataset from_rows(const std::vector<std::vector<double>>& rows, Where where) {
  const Index dims = Index(rows.front().size()) - 1;
  Dataset d;
  d.inputs.resize(dims, Index(rows.size()));
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

}  // namespace

Dataset load_dataset(const DataSpec& spec, const std::string& csv_text, Rng& rng) {
  switch (spec.source) {
    case DataSource::Generator:
      return generate(spec.generator, spec.points, spec.noise, rng, spec.classes, spec.dims);
    case DataSource::Inline:
      return from_rows(spec.rows, [](std::size_t i) { return "data.inline[" + std::to_string(i) + "]"; });
    case DataSource::Csv: {
      if (csv_text.empty())
        throw std::invalid_argument(
            "data.source: 'csv' needs the CSV text from the caller (the command-line runner reads "
            "data.csvFile)");
      std::vector<long> lines;
      const auto rows = parse_csv(csv_text, &lines);
      if (rows.size() < 4)
        throw std::invalid_argument("CSV: need at least 4 data rows, got " + std::to_string(rows.size()));
      if (rows.size() > 1000000) throw std::invalid_argument("CSV: at most 1000000 data rows");
      return from_rows(rows, [&](std::size_t i) { return "CSV line " + std::to_string(lines[i]); });
    }
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
    sets.validation.inputs.resize(all.dims(), 0);
    return sets;
  }
  split(rest, double(n_val) / double(rest.size()), rng, sets.validation, sets.test);
  return sets;
}

}  // namespace nn
