// Named numeric columns of a CSV as a regression data set: the linear-regression page's
// "x column(s) and y column" (data.columns in the spec). The file is read by the core's one
// CSV reader (read_table, nn/table.h), so quotes, CRLF, a BOM, `;` separators and empty cells
// behave as on the house-price page.
#pragma once
#include <string>
#include <vector>

#include "nn/dataset.h"

namespace nn {

constexpr std::size_t kMaxPickedColumns = 64;  // x columns

struct ColumnPick {
  std::vector<std::string> x;  // input columns, in the model's input order (1 … 64)
  std::string y;               // the column to predict
};

// inputs: one row per x column; values: the y column (num_classes 0: regression). A row with
// an empty cell in any chosen column is left out (the page says how many). Throws
// std::invalid_argument naming the spec field: an unknown column ("data.columns.x[0]: no
// column 'Area' in the CSV"), a column of text ("… column 'Neighborhood' holds text, not
// numbers; choose a numeric column"), the same column twice, fewer than 2 complete rows.
struct PickedColumns {
  Dataset data;
  long skipped_rows = 0;  // rows with an empty cell in a chosen column
};
PickedColumns pick_columns(const std::string& csv_text, const ColumnPick& pick);

}  // namespace nn
