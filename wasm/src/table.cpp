#include "nn/table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

#include "nn/csv.h"
#include "nn/printable.h"
#include "nn/ranges.h"

namespace nn {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// The shortest text that reads back as x: how a number shows as a category.
std::string number_text(double x) { return shortest_number(x); }

// Builds one column cell by cell. It stays numeric until a cell is not a number; then the
// numbers seen so far become categories (as their shortest text) and it stays categorical.
class ColumnBuilder {
 public:
  explicit ColumnBuilder(Column& c) : m_c(c) {}

  void add(const std::string& cell, long line, std::size_t column) {
    if (cell.empty()) {
      ++m_c.missing;
      if (m_c.type == ColumnType::Numeric) m_c.numbers.push_back(kMissing);
      else m_c.codes.push_back(-1);
      return;
    }
    double x = 0;
    const CellNumber kind = parse_cell_number(cell, x);
    if (kind == CellNumber::BeyondFloat)
      throw std::invalid_argument(csv_where(line, column) + quoted(cell) +
                                  " is beyond the range of a float (±3.4e38)");
    if (m_c.type == ColumnType::Numeric && kind == CellNumber::Number) {
      m_c.numbers.push_back(x);
      return;
    }
    if (m_c.type == ColumnType::Numeric) to_categorical();
    m_c.codes.push_back(code_of(cell));
  }

 private:
  void to_categorical() {
    m_c.type = ColumnType::Categorical;
    m_c.codes.reserve(m_c.numbers.capacity());
    for (double x : m_c.numbers) m_c.codes.push_back(std::isnan(x) ? -1 : code_of(number_text(x)));
    std::vector<double>().swap(m_c.numbers);
  }
  int code_of(const std::string& text) {
    const auto found = m_index.find(text);
    if (found != m_index.end()) return found->second;
    const int code = int(m_c.levels.size());
    m_c.levels.push_back(text);
    m_index.emplace(text, code);
    return code;
  }
  Column& m_c;
  std::unordered_map<std::string, int> m_index;
};

bool all_integers(const std::vector<std::string>& fields, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    double x = 0;
    if (i >= fields.size() || parse_cell_number(fields[i], x) != CellNumber::Number || x != std::floor(x) || x < 1)
      return false;
  }
  return true;
}

// scikit-learn's bundled CSV files: "n_samples,n_features,class names…" then rows of
// n_features numbers and an integer class.
bool is_sklearn_header(const CsvRecord& first, const CsvRecord& second) {
  if (first.fields.size() < 3 || !all_integers(first.fields, 2)) return false;
  return std::stod(first.fields[1]) + 1 == double(second.fields.size()) && first.fields.size() != second.fields.size();
}

std::vector<std::string> unique_names(std::vector<std::string> names) {
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) names[i] = "column " + std::to_string(i + 1);
    const int n = ++seen[names[i]];
    if (n > 1) names[i] += " (" + std::to_string(n) + ")";
  }
  return names;
}

// The sklearn layout's last column holds class indices; give them their names.
void name_classes(Column& target, const std::vector<std::string>& class_names, const std::vector<long>& lines,
                  std::size_t column) {
  if (target.type != ColumnType::Numeric) return;
  std::vector<int> codes(target.numbers.size());
  for (std::size_t r = 0; r < codes.size(); ++r) {
    const double x = target.numbers[r];
    if (std::isnan(x)) {
      codes[r] = -1;
      continue;
    }
    if (x < 0 || x != std::floor(x) || x >= double(class_names.size()))
      throw std::invalid_argument(csv_where(lines[r], column) + "the class must be an integer from 0 to " +
                                  std::to_string(class_names.size() - 1) + " (the header names " +
                                  std::to_string(class_names.size()) + " classes), got " + number_text(x));
    codes[r] = int(x);
  }
  target.type = ColumnType::Categorical;
  target.codes = std::move(codes);
  target.levels = class_names;
  std::vector<double>().swap(target.numbers);
}

}  // namespace

const char* column_type_name(ColumnType t) { return t == ColumnType::Numeric ? "numeric" : "categorical"; }

int Table::find(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return int(i);
  return -1;
}

Table read_table(const std::string& text) {
  CsvReader reader(text);
  Table t;
  t.separator = reader.separator();
  CsvRecord first, record;
  if (!reader.next(first))
    throw std::invalid_argument(text.empty() ? "CSV: the text is empty" : "CSV: no rows (only blank or comment lines)");
  bool header = false;
  for (const auto& f : first.fields) {
    double x = 0;
    if (!f.empty() && parse_cell_number(f, x) == CellNumber::NotANumber) header = true;
  }
  const bool have_second = reader.next(record);
  std::vector<std::string> class_names;
  std::size_t width = first.fields.size();
  std::vector<std::string> names;
  if (header && have_second && is_sklearn_header(first, record)) {
    width = record.fields.size();
    for (std::size_t i = 0; i + 1 < width; ++i) names.push_back("feature " + std::to_string(i + 1));
    names.push_back("target");
    class_names.assign(first.fields.begin() + 2, first.fields.end());
  } else if (header) {
    names = first.fields;
  } else {
    for (std::size_t i = 0; i < width; ++i) names.push_back("column " + std::to_string(i + 1));
  }
  names = unique_names(names);
  t.header = header;
  t.columns.resize(width);
  for (std::size_t i = 0; i < width; ++i) t.columns[i].name = names[i];
  std::vector<ColumnBuilder> builders;
  builders.reserve(width);
  for (auto& c : t.columns) builders.emplace_back(c);

  auto add_row = [&](const CsvRecord& r) {
    if (r.fields.size() != width)
      throw std::invalid_argument(csv_where(r.line, std::min(r.fields.size(), width) + 1) + "expected " +
                                  std::to_string(width) + " fields, got " + std::to_string(r.fields.size()) +
                                  (header ? " (the header has " + std::to_string(width) + " names)" : std::string()));
    if (t.rows() == kCsvMaxRows)
      throw std::invalid_argument("CSV: more than " + std::to_string(kCsvMaxRows) + " data rows (the row limit)");
    if (double(t.rows() + 1) * double(width) > double(kCsvMaxCells))
      throw std::invalid_argument("CSV: more than " + std::to_string(kCsvMaxCells) +
                                  " cells (rows × columns, the cell limit)");
    for (std::size_t i = 0; i < width; ++i) builders[i].add(r.fields[i], r.line, i + 1);
    t.lines.push_back(r.line);
  };
  if (!header) add_row(first);
  if (have_second) {
    add_row(record);
    while (reader.next(record)) add_row(record);
  }
  if (t.rows() == 0) throw std::invalid_argument("CSV: no data rows (only a header line)");
  if (!class_names.empty()) name_classes(t.columns.back(), class_names, t.lines, width);
  return t;
}

ColumnSummary summarize(const Column& c, int bins, int top) {
  ColumnSummary s;
  s.type = c.type;
  s.missing = c.missing;
  if (c.type == ColumnType::Numeric) {
    std::vector<double> v;
    v.reserve(c.numbers.size());
    for (double x : c.numbers)
      if (!std::isnan(x)) v.push_back(x);
    if (v.empty()) {
      s.min = s.mean = s.max = kMissing;
      return s;
    }
    s.min = *std::min_element(v.begin(), v.end());
    s.max = *std::max_element(v.begin(), v.end());
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    s.distinct = long(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
    s.histogram.assign(std::size_t(bins), 0);
    const double width = (s.max - s.min) / bins;
    for (double x : v) {
      const int b = width > 0 ? std::min(bins - 1, int((x - s.min) / width)) : 0;
      ++s.histogram[std::size_t(b)];
    }
    return s;
  }
  std::vector<long> counts(c.levels.size(), 0);
  for (int code : c.codes)
    if (code >= 0) ++counts[std::size_t(code)];
  std::vector<int> order(counts.size());
  std::iota(order.begin(), order.end(), 0);
  // Most frequent first; ties in order of first appearance (stable), so the result is fixed.
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
  for (long n : counts) s.distinct += n > 0;
  long shown = 0;
  for (std::size_t i = 0; i < order.size() && int(i) < top; ++i) {
    if (counts[std::size_t(order[i])] == 0) break;
    s.top_values.push_back(c.levels[std::size_t(order[i])]);
    s.top_counts.push_back(counts[std::size_t(order[i])]);
    shown += s.top_counts.back();
  }
  s.histogram = s.top_counts;
  const long total = long(c.codes.size()) - c.missing;
  if (total > shown) s.histogram.push_back(total - shown);
  s.min = s.mean = s.max = kMissing;
  return s;
}

}  // namespace nn
