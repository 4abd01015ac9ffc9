// A CSV file as typed columns: what the house-price page shows in its column table and what
// the tabular preparation (nn/tabular.h) turns into network inputs and targets.
#pragma once
#include <string>
#include <vector>

namespace nn {

enum class ColumnType { Numeric, Categorical };
const char* column_type_name(ColumnType t);  // "numeric", "categorical"

// One column. A column is numeric when every non-empty cell is a decimal number
// (parse_cell_number), otherwise categorical; empty cells are missing values either way.
struct Column {
  std::string name;
  ColumnType type = ColumnType::Numeric;
  std::vector<double> numbers;      // numeric: one per row, NaN = missing
  std::vector<int> codes;           // categorical: one per row, index into levels, −1 = missing
  std::vector<std::string> levels;  // categorical: distinct values in order of first appearance
  long missing = 0;
};

struct Table {
  std::vector<Column> columns;
  std::vector<long> lines;  // 1-based source line of every row (for messages)
  bool header = true;       // false: the columns are named "column 1", "column 2", …
  char separator = ',';
  long rows() const { return long(lines.size()); }
  int find(const std::string& name) const;  // column index, −1 if none has that name
};

// Reads a CSV text into typed columns (CsvReader rules). The first record is a header if any of
// its fields is not a number; empty and repeated names become "column N" and "name (2)". The
// layout scikit-learn's bundled files use (first line "178,13,class_0,class_1,class_2": the
// row count, the feature count, then the class names) is recognised: the features are named
// "feature 1" …, the last column "target" becomes categorical with those class names.
// Throws std::invalid_argument naming the line and column: a row with a different number of
// fields ("CSV line 9, column 14: expected 14 fields, got 13"), a number beyond float range,
// no data rows, or a limit exceeded (kCsvMaxRows, kCsvMaxCells).
Table read_table(const std::string& text);

// What the page's column table shows about one column (all rows; descriptive only, the
// preparation fits its own statistics on the training rows).
struct ColumnSummary {
  ColumnType type = ColumnType::Numeric;
  long distinct = 0;   // distinct non-missing values
  long missing = 0;
  double min = 0, mean = 0, max = 0;  // numeric, over non-missing cells (NaN if none)
  std::vector<std::string> top_values;  // categorical: most frequent first (at most `top`)
  std::vector<long> top_counts;
  // Numeric: counts in `bins` equal-width bins from min to max. Categorical: the counts of the
  // top values followed by one bar for all other values (if any).
  std::vector<long> histogram;
};
ColumnSummary summarize(const Column& column, int bins = 12, int top = 5);

}  // namespace nn
