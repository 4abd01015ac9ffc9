// A CSV's named numeric columns as regression data (data.columns): the linear-regression
// page's "x column and y column", read by the core's one CSV reader.
#include "nn/csv_columns.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nn/regression_session.h"
#include "nn/spec.h"

namespace nn {
namespace {

// Quoted header names, a text column, a semicolon separator and an empty cell in row 3.
const char* kHouses =
    "\"Living area\";Town;Price\r\n1000;A;200\r\n1500;B;290\r\n;A;150\r\n2000;B;410\r\n2500;C;500\r\n";

std::string error_of(const ColumnPick& pick, const std::string& text = kHouses) {
  try {
    pick_columns(text, pick);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(CsvColumns, TheChosenColumnsBecomeInputsAndValuesAndIncompleteRowsAreLeftOut) {
  const PickedColumns p = pick_columns(kHouses, {{"Living area"}, "Price"});
  EXPECT_EQ(p.skipped_rows, 1);
  ASSERT_EQ(p.data.size(), 4);
  EXPECT_EQ(p.data.dims(), 1);
  EXPECT_TRUE(p.data.regression());
  EXPECT_FLOAT_EQ(p.data.inputs(0, 2), 2000);
  EXPECT_FLOAT_EQ(p.data.values[2], 410);
  // y before x in the file and several x columns work the same way.
  const PickedColumns q = pick_columns("y,a,b\n1,2,3\n4,5,6\n", {{"b", "a"}, "y"});
  EXPECT_FLOAT_EQ(q.data.inputs(0, 1), 6);
  EXPECT_FLOAT_EQ(q.data.inputs(1, 1), 5);
  EXPECT_FLOAT_EQ(q.data.values[1], 4);
}

TEST(CsvColumns, ATextColumnAnUnknownNameOrTooFewRowsIsRefusedByName) {
  EXPECT_EQ(error_of({{"Town"}, "Price"}), "data.columns.x[0]: column 'Town' holds text, not numbers; choose a numeric column");
  EXPECT_EQ(error_of({{"Living area"}, "Town"}), "data.columns.y: column 'Town' holds text, not numbers; choose a numeric column");
  EXPECT_EQ(error_of({{"Area"}, "Price"}), "data.columns.x[0]: no column 'Area' in the CSV");
  EXPECT_EQ(error_of({{"Price"}, "Price"}), "data.columns.y: column 'Price' is chosen twice");
  EXPECT_EQ(error_of({{"a"}, "b"}, "a,b\n1,\n,2\n"),
            "data.columns: 0 rows have a number in every chosen column (2 have an empty cell); at least 2 are needed");
  // The reader's own errors (a ragged row) keep their line and column.
  EXPECT_EQ(error_of({{"a"}, "b"}, "a,b\n1,2\n3\n"), "CSV line 3, column 2: expected 2 fields, got 1 (the header has 2 names)");
}

TEST(CsvColumns, TheSpecReadsDataColumnsAndGradientDescentReachesTheLeastSquaresLine) {
  const ExperimentSpec spec = parse_spec(R"({"data": {"source": "csv", "trainRatio": 1, "standardize": true,
      "columns": {"x": ["Living area"], "y": "Price"}}, "model": {"hidden": []},
      "optimizer": {"kind": "sgd", "learningRate": 0.5}, "training": {"batchSize": 4}})");
  EXPECT_TRUE(spec.data.has_columns);
  EXPECT_TRUE(spec.data.value_targets);
  EXPECT_EQ(parse_spec(spec_to_json(spec)).data.columns.x, std::vector<std::string>{"Living area"});
  RegressionSession session(spec, kHouses);
  EXPECT_EQ(session.trainer().train_set().size(), 4);
  session.step(2000);
  EXPECT_LT(session.gap(), 1e-4);
}

TEST(CsvColumns, TheSpecRefusesDataColumnsOutsideCsvOrBesideATable) {
  auto error_of_spec = [](const char* json) {
    try {
      parse_spec(json);
    } catch (const SpecError& e) {
      return std::string(e.what());
    }
    return std::string("(accepted)");
  };
  EXPECT_NE(error_of_spec(R"({"data": {"source": "inline", "inline": [[0,0],[1,1],[2,0],[3,1]], "columns": {"x": ["a"], "y": "b"}}})")
                .find("data.columns: only for data.source 'csv'"),
            std::string::npos);
  EXPECT_NE(error_of_spec(R"({"data": {"source": "csv", "columns": {"x": ["a"], "y": "b"}, "table": {}}})").find("use one"),
            std::string::npos);
  EXPECT_NE(error_of_spec(R"({"data": {"source": "csv", "target": "class", "columns": {"x": ["a"], "y": "b"}}})")
                .find("target must be 'value'"),
            std::string::npos);
  EXPECT_NE(error_of_spec(R"({"data": {"source": "csv", "columns": {"y": "b"}}})").find("data.columns.x: is required"),
            std::string::npos);
}

}  // namespace
}  // namespace nn
