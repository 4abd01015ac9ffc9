#include "nn/tabular.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace nn {
namespace {

// The q-quantile of sorted values with linear interpolation (NumPy's default): q = 0.5 is the
// median, the mean of the two middle values for an even count.
double quantile(const std::vector<double>& sorted, double q) {
  const double pos = q * double(sorted.size() - 1);
  const std::size_t lo = std::size_t(std::floor(pos)), hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

std::string short_number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

std::string quoted(const std::string& name) { return "'" + name + "'"; }

// Values of numeric column `c` on `rows`, missing ones skipped, sorted.
std::vector<double> sorted_values(const Column& c, const std::vector<long>& rows) {
  std::vector<double> v;
  v.reserve(rows.size());
  for (long r : rows)
    if (!std::isnan(c.numbers[std::size_t(r)])) v.push_back(c.numbers[std::size_t(r)]);
  std::sort(v.begin(), v.end());
  return v;
}

// Level codes by decreasing count on `rows`, ties in order of first appearance; only levels
// that occur.
std::vector<int> levels_by_count(const Column& c, const std::vector<long>& rows) {
  std::vector<long> counts(c.levels.size(), 0);
  for (long r : rows)
    if (c.codes[std::size_t(r)] >= 0) ++counts[std::size_t(c.codes[std::size_t(r)])];
  std::vector<int> order(counts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
  while (!order.empty() && counts[std::size_t(order.back())] == 0) order.pop_back();
  return order;
}

PreparedColumn fit_numeric(const Column& c, int index, const std::vector<long>& train) {
  PreparedColumn p;
  p.column = index;
  p.type = ColumnType::Numeric;
  const std::vector<double> v = sorted_values(c, train);
  p.fill = v.empty() ? 0.0 : quantile(v, 0.5);
  // Statistics of the imputed training column (as imputing, then scaling, in a pipeline).
  double sum = 0, sq = 0;
  for (long r : train) {
    const double x = c.numbers[std::size_t(r)];
    sum += std::isnan(x) ? p.fill : x;
  }
  p.mean = sum / double(train.size());
  for (long r : train) {
    const double x = c.numbers[std::size_t(r)];
    const double d = (std::isnan(x) ? p.fill : x) - p.mean;
    sq += d * d;
  }
  const double sd = std::sqrt(sq / double(train.size()));
  p.scale = sd > 1e-12 * std::max(1.0, std::fabs(p.mean)) ? 1 / sd : 1.0;  // a constant is only centred
  for (long r : train) p.missing_train += std::isnan(c.numbers[std::size_t(r)]);
  p.missing_all = c.missing;
  return p;
}

PreparedColumn fit_categorical(const Column& c, int index, const std::vector<long>& train, int max_categories) {
  PreparedColumn p;
  p.column = index;
  p.type = ColumnType::Categorical;
  std::vector<int> order = levels_by_count(c, train);
  p.fill_code = order.empty() ? -1 : order.front();
  // Missing training cells count for the most frequent value (imputation before encoding).
  p.kept.assign(order.begin(), order.begin() + std::min<std::size_t>(order.size(), std::size_t(max_categories)));
  p.other = order.size() > p.kept.size();
  p.width = int(p.kept.size()) + (p.other ? 1 : 0);
  for (long r : train) p.missing_train += c.codes[std::size_t(r)] < 0;
  p.missing_all = c.missing;
  return p;
}

void encode(const Column& c, const PreparedColumn& p, long row, Matrix& x, Index col) {
  if (p.type == ColumnType::Numeric) {
    double v = c.numbers[std::size_t(row)];
    if (std::isnan(v)) v = p.fill;
    x(p.first_input, col) = Scalar((v - p.mean) * p.scale);
    return;
  }
  int code = c.codes[std::size_t(row)];
  if (code < 0) code = p.fill_code;
  for (int k = 0; k < p.width; ++k) x(p.first_input + k, col) = 0;
  const auto it = std::find(p.kept.begin(), p.kept.end(), code);
  if (it != p.kept.end()) x(p.first_input + int(it - p.kept.begin()), col) = 1;
  else if (p.other) x(p.first_input + p.width - 1, col) = 1;
  // A value never seen in training and no "other" input: all zeros (unknown category).
}

// Fits the target rule on the training rows: class names, threshold or cuts, or scaling.
void fit_target(const Column& c, const TableSpec& spec, const std::vector<long>& train, Preparation& prep) {
  prep.rule = spec.rule;
  const std::string name = quoted(c.name);
  if (spec.rule != TargetRule::Classes && c.type == ColumnType::Categorical)
    throw std::invalid_argument("data.table.target: column " + name + " holds text (e.g. " +
                                quoted(c.levels.front()) + "), so the " + target_rule_name(spec.rule) +
                                " rule cannot use it; choose the rule 'classes' or a numeric column");
  if (spec.rule == TargetRule::Threshold) {
    const std::vector<double> v = sorted_values(c, train);
    prep.threshold = spec.threshold_given ? spec.threshold : quantile(v, 0.5);
    prep.class_names = {"low", "high"};
    return;
  }
  if (spec.rule == TargetRule::Quantiles) {
    const std::vector<double> v = sorted_values(c, train);
    const int k = spec.quantiles;
    for (int i = 1; i < k; ++i) prep.cuts.push_back(quantile(v, double(i) / k));
    for (int i = 0; i < k; ++i)
      prep.class_names.push_back(i == 0       ? "≤ " + short_number(prep.cuts.front())
                                 : i == k - 1 ? "> " + short_number(prep.cuts.back())
                                              : short_number(prep.cuts[std::size_t(i - 1)]) + " – " +
                                                    short_number(prep.cuts[std::size_t(i)]));
    return;
  }
  if (spec.rule == TargetRule::Regression) {
    const std::vector<double> v = sorted_values(c, train);
    prep.target_mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double sq = 0;
    for (double x : v) sq += (x - prep.target_mean) * (x - prep.target_mean);
    const double sd = std::sqrt(sq / double(v.size()));
    prep.target_sd = sd > 0 ? sd : 1.0;
    return;
  }
  // Classes: every value present in the column (all rows: the class list is not a statistic
  // of the data that could leak, and a test row must have a class the output can name).
  if (c.type == ColumnType::Categorical) {
    std::vector<bool> seen(c.levels.size(), false);
    for (int code : c.codes)
      if (code >= 0) seen[std::size_t(code)] = true;
    for (std::size_t i = 0; i < c.levels.size(); ++i)
      if (seen[i]) prep.class_names.push_back(c.levels[i]);
  } else {
    std::vector<double> v = c.numbers;
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }), v.end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    if (v.size() > std::size_t(kMaxClasses))
      throw std::invalid_argument("data.table.target: column " + name + " has more than " +
                                  std::to_string(kMaxClasses) +
                                  " distinct numbers, too many to be classes; use the rule 'threshold', "
                                  "'quantiles' or 'regression'");
    prep.cuts = v;  // the class values, in order
    for (double x : v) prep.class_names.push_back(short_number(x));
  }
  if (prep.class_names.size() > std::size_t(kMaxClasses))
    throw std::invalid_argument("data.table.target: column " + name + " has " + std::to_string(prep.class_names.size()) +
                                " distinct values; at most " + std::to_string(kMaxClasses) + " classes");
}

// The class (or value) of one row under the fitted rule.
void target_of(const Column& c, const Preparation& prep, long row, std::vector<int>& labels, std::vector<Scalar>& values) {
  if (prep.rule == TargetRule::Regression) {
    values.push_back(Scalar((c.numbers[std::size_t(row)] - prep.target_mean) / prep.target_sd));
    return;
  }
  if (prep.rule == TargetRule::Threshold) {
    labels.push_back(c.numbers[std::size_t(row)] > prep.threshold ? 1 : 0);
    return;
  }
  if (prep.rule == TargetRule::Quantiles) {
    const double x = c.numbers[std::size_t(row)];
    labels.push_back(int(std::lower_bound(prep.cuts.begin(), prep.cuts.end(), x) - prep.cuts.begin()));
    return;
  }
  if (c.type == ColumnType::Numeric) {
    labels.push_back(int(std::lower_bound(prep.cuts.begin(), prep.cuts.end(), c.numbers[std::size_t(row)]) - prep.cuts.begin()));
    return;
  }
  const std::string& level = c.levels[std::size_t(c.codes[std::size_t(row)])];
  labels.push_back(int(std::find(prep.class_names.begin(), prep.class_names.end(), level) - prep.class_names.begin()));
}

bool target_missing(const Column& c, long row) {
  return c.type == ColumnType::Numeric ? std::isnan(c.numbers[std::size_t(row)]) : c.codes[std::size_t(row)] < 0;
}

}  // namespace

const char* target_rule_name(TargetRule r) {
  switch (r) {
    case TargetRule::Threshold: return "threshold";
    case TargetRule::Quantiles: return "quantiles";
    case TargetRule::Classes: return "classes";
    case TargetRule::Regression: return "regression";
  }
  return "?";
}

TargetRule parse_target_rule(const std::string& name) {
  for (TargetRule r : {TargetRule::Threshold, TargetRule::Quantiles, TargetRule::Classes, TargetRule::Regression})
    if (name == target_rule_name(r)) return r;
  throw std::invalid_argument("unknown target rule '" + name + "' (expected threshold, quantiles, classes or regression)");
}

TabularData prepare_table(const Table& table, const TableSpec& spec, double train_ratio, double validation_ratio,
                          Rng& rng) {
  TabularData out;
  Preparation& prep = out.prep;
  const int n_cols = int(table.columns.size());
  prep.target = spec.target.empty() ? n_cols - 1 : table.find(spec.target);
  if (prep.target < 0) throw std::invalid_argument("data.table.target: no column is named " + quoted(spec.target));
  for (const auto& name : spec.ignore)
    if (table.find(name) < 0) throw std::invalid_argument("data.table.ignore: no column is named " + quoted(name));
  const Column& target = table.columns[std::size_t(prep.target)];

  // Rows with a target, shuffled, then split.
  std::vector<long> rows;
  for (long r = 0; r < table.rows(); ++r)
    if (!target_missing(target, r)) rows.push_back(r);
  prep.dropped_rows = table.rows() - long(rows.size());
  const long n = long(rows.size());
  if (n < 4)
    throw std::invalid_argument("data.table.target: only " + std::to_string(n) + " rows have a value in column " +
                                quoted(target.name) + "; at least 4 are needed");
  rng.shuffle(rows.begin(), rows.end());
  const long n_train = std::clamp<long>(std::lround(train_ratio * double(n)), 1, n);
  const long n_val = std::clamp<long>(std::lround(validation_ratio * double(n)), 0, n - n_train);
  out.train_rows.assign(rows.begin(), rows.begin() + n_train);
  out.validation_rows.assign(rows.begin() + n_train, rows.begin() + n_train + n_val);
  out.test_rows.assign(rows.begin() + n_train + n_val, rows.end());

  // Fit the features on the training rows.
  int inputs = 0;
  for (int i = 0; i < n_cols; ++i) {
    const Column& c = table.columns[std::size_t(i)];
    if (i == prep.target || std::find(spec.ignore.begin(), spec.ignore.end(), c.name) != spec.ignore.end()) continue;
    PreparedColumn p = c.type == ColumnType::Numeric ? fit_numeric(c, i, out.train_rows)
                                                     : fit_categorical(c, i, out.train_rows, spec.max_categories);
    if (p.width == 0) continue;  // a categorical column with no value in any training row
    p.first_input = inputs;
    inputs += p.width;
    if (inputs > kMaxTabularInputs)
      throw std::invalid_argument("data.table: the prepared inputs would be more than " +
                                  std::to_string(kMaxTabularInputs) + " (one-hot columns included); ignore some columns "
                                  "or lower data.table.maxCategories");
    if (p.type == ColumnType::Numeric) prep.input_names.push_back(c.name);
    for (int code : p.kept) prep.input_names.push_back(c.name + "=" + c.levels[std::size_t(code)]);
    if (p.other) prep.input_names.push_back(c.name + "=(other)");
    prep.features.push_back(std::move(p));
  }
  if (prep.features.empty())
    throw std::invalid_argument("data.table: no feature columns (every column is ignored or the target)");
  fit_target(target, spec, out.train_rows, prep);
  const bool regression = prep.rule == TargetRule::Regression;
  if (!regression && prep.class_names.size() < 2)
    throw std::invalid_argument("data.table.target: column " + quoted(target.name) + " has only one class");

  auto build = [&](const std::vector<long>& set, Dataset& d) {
    d.num_classes = regression ? 0 : int(prep.class_names.size());
    d.inputs.resize(inputs, Index(set.size()));
    for (std::size_t j = 0; j < set.size(); ++j) {
      for (const auto& p : prep.features) encode(table.columns[std::size_t(p.column)], p, set[j], d.inputs, Index(j));
      target_of(target, prep, set[j], d.labels, d.values);
    }
  };
  build(out.train_rows, out.train);
  build(out.validation_rows, out.validation);
  build(out.test_rows, out.test);
  if (!regression) {
    std::vector<long> per_class(prep.class_names.size(), 0);
    for (int y : out.train.labels) ++per_class[std::size_t(y)];
    if (std::count(per_class.begin(), per_class.end(), 0L) == long(per_class.size()) - 1)
      throw std::invalid_argument("data.table.target: every training row of column " + quoted(target.name) +
                                  " falls in one class; choose another threshold or rule");
  }
  return out;
}

}  // namespace nn
