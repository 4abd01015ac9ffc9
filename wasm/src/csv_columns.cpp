#include "nn/csv_columns.h"

#include <cmath>
#include <stdexcept>

#include "nn/table.h"

namespace nn {

PickedColumns pick_columns(const std::string& csv_text, const ColumnPick& pick) {
  if (csv_text.empty())
    throw std::invalid_argument("data.source: 'csv' needs the CSV text from the caller (the command-line runner reads data.csvFile)");
  const Table table = read_table(csv_text);
  std::vector<int> chosen;
  auto column = [&](const std::string& name, const std::string& field) {
    const int c = table.find(name);
    if (c < 0) throw std::invalid_argument(field + ": no column '" + name + "' in the CSV");
    if (table.columns[std::size_t(c)].type != ColumnType::Numeric)
      throw std::invalid_argument(field + ": column '" + name + "' holds text, not numbers; choose a numeric column");
    for (int seen : chosen)
      if (seen == c) throw std::invalid_argument(field + ": column '" + name + "' is chosen twice");
    chosen.push_back(c);
  };
  for (std::size_t k = 0; k < pick.x.size(); ++k) column(pick.x[k], "data.columns.x[" + std::to_string(k) + "]");
  column(pick.y, "data.columns.y");

  PickedColumns out;
  std::vector<long> rows;
  for (long r = 0; r < table.rows(); ++r) {
    bool complete = true;
    for (int c : chosen) complete = complete && !std::isnan(table.columns[std::size_t(c)].numbers[std::size_t(r)]);
    if (complete) rows.push_back(r);
    else ++out.skipped_rows;
  }
  if (rows.size() < 2)
    throw std::invalid_argument("data.columns: " + std::to_string(rows.size()) + " rows have a number in every chosen column (" +
                                std::to_string(out.skipped_rows) + " have an empty cell); at least 2 are needed");
  Dataset& d = out.data;
  d.num_classes = 0;
  const Index dims = Index(pick.x.size());
  d.inputs.resize(dims, Index(rows.size()));
  d.values.resize(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (Index k = 0; k < dims; ++k) d.inputs(k, Index(i)) = Scalar(table.columns[std::size_t(chosen[std::size_t(k)])].numbers[std::size_t(rows[i])]);
    d.values[i] = Scalar(table.columns[std::size_t(chosen.back())].numbers[std::size_t(rows[i])]);
  }
  return out;
}

}  // namespace nn
