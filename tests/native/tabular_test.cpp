// The tabular preparation: split, imputation, standardization, one-hot encoding and the
// target rules, against values computed by hand. Every statistic must come from the training
// rows only.
#include "nn/tabular.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace nn {
namespace {

std::string error_of(const Table& t, const TableSpec& spec) {
  Rng rng(1);
  try {
    prepare_table(t, spec, 0.5, 0.25, rng);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(accepted)";
}

// Ten houses. Row r has size 10·(r+1) except row 3 (missing); town A for rows 0–5, B for 6–7,
// C for row 8 and missing for row 9; price 100·(r+1).
const char* kHouses =
    "size,town,price\n10,A,100\n20,A,200\n30,A,300\n,A,400\n50,A,500\n60,A,600\n70,B,700\n80,B,800\n90,C,900\n100,,1000\n";

TEST(Tabular, SplitIsSeededDisjointAndHasTheAskedSizes) {
  const Table t = read_table(kHouses);
  Rng a(7), b(7);
  const TabularData x = prepare_table(t, TableSpec{}, 0.6, 0.2, a);
  const TabularData y = prepare_table(t, TableSpec{}, 0.6, 0.2, b);
  EXPECT_EQ(x.train_rows, y.train_rows);
  EXPECT_EQ(x.train_rows.size(), 6u);
  EXPECT_EQ(x.validation_rows.size(), 2u);
  EXPECT_EQ(x.test_rows.size(), 2u);
  std::set<long> all(x.train_rows.begin(), x.train_rows.end());
  all.insert(x.validation_rows.begin(), x.validation_rows.end());
  all.insert(x.test_rows.begin(), x.test_rows.end());
  EXPECT_EQ(all.size(), 10u);
  EXPECT_EQ(x.train.size(), 6);
  EXPECT_EQ(x.validation.size(), 2);
  EXPECT_EQ(x.test.size(), 2);
}

// Runs the preparation, then checks every statistic against the training rows it chose.
TEST(Tabular, StatisticsComeFromTrainingRowsOnly) {
  const Table t = read_table(kHouses);
  Rng rng(3);
  TableSpec spec;
  spec.target = "price";
  const TabularData d = prepare_table(t, spec, 0.5, 0.2, rng);
  ASSERT_EQ(d.train_rows.size(), 5u);
  // By hand, from the training rows only.
  std::vector<double> sizes;
  for (long r : d.train_rows)
    if (r != 3) sizes.push_back(10.0 * double(r + 1));
  std::sort(sizes.begin(), sizes.end());
  const std::size_t m = sizes.size();
  const double median = m % 2 ? sizes[m / 2] : (sizes[m / 2 - 1] + sizes[m / 2]) / 2;
  std::vector<double> imputed;
  for (long r : d.train_rows) imputed.push_back(r == 3 ? median : 10.0 * double(r + 1));
  double mean = 0, var = 0;
  for (double v : imputed) mean += v / double(imputed.size());
  for (double v : imputed) var += (v - mean) * (v - mean) / double(imputed.size());
  const PreparedColumn& size = d.prep.features[0];
  EXPECT_DOUBLE_EQ(size.fill, median);
  EXPECT_DOUBLE_EQ(size.mean, mean);
  EXPECT_NEAR(size.scale, 1 / std::sqrt(var), 1e-12);
  // Standardized training inputs have mean 0 and deviation 1.
  const auto row = d.train.inputs.row(0).cast<double>();
  EXPECT_NEAR(row.mean(), 0, 1e-6);
  EXPECT_NEAR(std::sqrt((row.array() - row.mean()).square().mean()), 1, 1e-5);
  // The validation and test rows use the training statistics, not their own.
  for (std::size_t j = 0; j < d.test_rows.size(); ++j) {
    const long r = d.test_rows[j];
    const double raw = r == 3 ? median : 10.0 * double(r + 1);
    EXPECT_NEAR(d.test.inputs(0, Index(j)), (raw - mean) / std::sqrt(var), 1e-5) << "row " << r;
  }
  // Threshold: the training median of the price, "high" above it.
  std::vector<double> prices;
  for (long r : d.train_rows) prices.push_back(100.0 * double(r + 1));
  std::sort(prices.begin(), prices.end());
  EXPECT_DOUBLE_EQ(d.prep.threshold, prices[2]);
  for (std::size_t j = 0; j < d.test_rows.size(); ++j)
    EXPECT_EQ(d.test.labels[j], 100.0 * double(d.test_rows[j] + 1) > prices[2] ? 1 : 0);
  EXPECT_EQ(d.prep.class_names, (std::vector<std::string>{"low", "high"}));
  long missing_train = 0;
  for (long r : d.train_rows) missing_train += r == 3;
  EXPECT_EQ(size.missing_train, missing_train);
  EXPECT_EQ(size.missing_all, 1);
}

TEST(Tabular, OneHotKeepsTheMostFrequentTrainingValuesAndPoolsTheRest) {
  const Table t = read_table(kHouses);
  TableSpec spec;
  spec.max_categories = 1;
  Rng rng(1);
  // All rows in training: A is the most frequent (6, plus the missing cell imputed as A).
  const TabularData d = prepare_table(t, spec, 1.0, 0.0, rng);
  const PreparedColumn& town = d.prep.features[1];
  EXPECT_EQ(town.type, ColumnType::Categorical);
  EXPECT_EQ(town.kept, (std::vector<int>{0}));  // code 0 = "A"
  EXPECT_TRUE(town.other);
  EXPECT_EQ(town.width, 2);
  EXPECT_EQ(town.first_input, 1);
  EXPECT_EQ(d.prep.input_names, (std::vector<std::string>{"size", "town=A", "town=(other)"}));
  EXPECT_EQ(town.missing_train, 1);
  for (std::size_t j = 0; j < d.train_rows.size(); ++j) {
    const long r = d.train_rows[j];
    const bool is_a = r <= 5 || r == 9;  // row 9 is missing → the most frequent value, A
    EXPECT_EQ(d.train.inputs(1, Index(j)), is_a ? 1 : 0) << "row " << r;
    EXPECT_EQ(d.train.inputs(2, Index(j)), is_a ? 0 : 1) << "row " << r;
  }
  // With a large cap every training value has its own input and there is no "other".
  spec.max_categories = 20;
  Rng rng2(1);
  const TabularData e = prepare_table(t, spec, 1.0, 0.0, rng2);
  EXPECT_EQ(e.prep.features[1].width, 3);
  EXPECT_FALSE(e.prep.features[1].other);
  EXPECT_EQ(e.prep.inputs(), 4);
}

TEST(Tabular, AValueUnseenInTrainingIsOtherOrNothing) {
  // "C" appears only in the last row; with 9 of 10 rows in training the seed decides where it
  // lands, so pick the layout explicitly: find a seed that puts row 8 outside training.
  const Table t = read_table(kHouses);
  TableSpec spec;
  for (uint64_t seed = 1; seed < 50; ++seed) {
    Rng rng(seed);
    const TabularData d = prepare_table(t, spec, 0.5, 0.0, rng);
    const auto at = std::find(d.test_rows.begin(), d.test_rows.end(), 8L);
    if (at == d.test_rows.end()) continue;
    const PreparedColumn& town = d.prep.features[1];
    for (int k = 0; k < town.width; ++k) {
      const bool c_kept = std::find(town.kept.begin(), town.kept.end(), 2) != town.kept.end();
      ASSERT_FALSE(c_kept);
      EXPECT_EQ(d.test.inputs(town.first_input + k, Index(at - d.test_rows.begin())), 0) << "seed " << seed;
    }
    return;
  }
  FAIL() << "no seed put row 8 in the test set";
}

TEST(Tabular, QuantileClassesHaveEqualShareOnTrainingRows) {
  std::string text = "x,y\n";
  for (int i = 1; i <= 12; ++i) text += std::to_string(i) + "," + std::to_string(i * 10) + "\n";
  TableSpec spec;
  spec.rule = TargetRule::Quantiles;
  spec.quantiles = 3;
  Rng rng(1);
  const TabularData d = prepare_table(read_table(text), spec, 1.0, 0.0, rng);
  // NumPy: np.quantile([10..120], [1/3, 2/3]) = [46.667, 83.333]
  ASSERT_EQ(d.prep.cuts.size(), 2u);
  EXPECT_NEAR(d.prep.cuts[0], 46.6666667, 1e-6);
  EXPECT_NEAR(d.prep.cuts[1], 83.3333333, 1e-6);
  std::vector<int> per_class(3, 0);
  for (int y : d.train.labels) ++per_class[std::size_t(y)];
  EXPECT_EQ(per_class, (std::vector<int>{4, 4, 4}));
  EXPECT_EQ(d.prep.class_names[0], "≤ 46.6667");
  EXPECT_EQ(d.prep.class_names[2], "> 83.3333");
}

TEST(Tabular, CategoricalAndIntegerTargetsAreClasses) {
  TableSpec spec;
  spec.rule = TargetRule::Classes;
  Rng rng(1);
  const TabularData d = prepare_table(read_table("x,kind\n1,cat\n2,dog\n3,cat\n4,bird\n5,dog\n"), spec, 1.0, 0.0, rng);
  EXPECT_EQ(d.prep.class_names, (std::vector<std::string>{"cat", "dog", "bird"}));
  EXPECT_EQ(d.train.num_classes, 3);
  for (std::size_t j = 0; j < d.train_rows.size(); ++j)
    EXPECT_EQ(d.train.labels[j], (std::vector<int>{0, 1, 0, 2, 1})[std::size_t(d.train_rows[j])]);
  Rng rng2(1);
  const TabularData e = prepare_table(read_table("x,y\n1,5\n2,7\n3,5\n4,9\n"), spec, 1.0, 0.0, rng2);
  EXPECT_EQ(e.prep.class_names, (std::vector<std::string>{"5", "7", "9"}));
}

TEST(Tabular, RegressionTargetIsStandardizedOnTrainingRows) {
  TableSpec spec;
  spec.rule = TargetRule::Regression;
  Rng rng(1);
  const TabularData d = prepare_table(read_table("x,y\n1,2\n2,4\n3,6\n4,8\n"), spec, 1.0, 0.0, rng);
  EXPECT_EQ(d.train.num_classes, 0);
  EXPECT_DOUBLE_EQ(d.prep.target_mean, 5);
  EXPECT_DOUBLE_EQ(d.prep.target_sd, std::sqrt(5.0));
  for (std::size_t j = 0; j < 4; ++j)
    EXPECT_NEAR(d.train.values[j], (2.0 * double(d.train_rows[j] + 1) - 5) / std::sqrt(5.0), 1e-6);
}

TEST(Tabular, RowsWithoutTargetAreDroppedAndCounted) {
  Rng rng(1);
  const TabularData d = prepare_table(read_table("x,y\n1,2\n2,\n3,6\n4,8\n5,1\n"), TableSpec{}, 1.0, 0.0, rng);
  EXPECT_EQ(d.prep.dropped_rows, 1);
  EXPECT_EQ(d.train.size(), 4);
}

TEST(Tabular, BadChoicesNameTheColumnAndTheFix) {
  const Table t = read_table(kHouses);
  TableSpec spec;
  spec.target = "town";
  EXPECT_EQ(error_of(t, spec),
            "data.table.target: column 'town' holds text (e.g. 'A'), so the threshold rule cannot use it; choose "
            "the rule 'classes' or a numeric column");
  spec.target = "prise";
  EXPECT_EQ(error_of(t, spec), "data.table.target: no column is named 'prise'");
  spec.target = "";
  spec.ignore = {"size", "town"};
  EXPECT_EQ(error_of(t, spec), "data.table: no feature columns (every column is ignored or the target)");
  spec.ignore = {"sise"};
  EXPECT_EQ(error_of(t, spec), "data.table.ignore: no column is named 'sise'");
  TableSpec classes;
  classes.rule = TargetRule::Classes;
  classes.target = "b";
  EXPECT_EQ(error_of(read_table("a,b\n1,1\n2,1\n3,1\n4,1\n"), classes), "data.table.target: column 'b' has only one class");
  EXPECT_EQ(error_of(read_table("a,b\n1,1\n2,\n3,\n4,1\n"), TableSpec{}),
            "data.table.target: only 2 rows have a value in column 'b'; at least 4 are needed");
}

}  // namespace
}  // namespace nn
