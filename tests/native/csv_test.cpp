#include "nn/csv.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nn/data_source.h"
#include "nn/table.h"

namespace nn {
namespace {

template <class F>
std::string error_of(F read) {
  try {
    read();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(accepted)";
}
std::string numeric_error(const std::string& text) {
  return error_of([&] { parse_csv(text); });
}
std::string table_error(const std::string& text) {
  return error_of([&] { read_table(text); });
}

std::vector<std::vector<std::string>> records(const std::string& text) {
  CsvReader reader(text);
  CsvRecord r;
  std::vector<std::vector<std::string>> out;
  while (reader.next(r)) out.push_back(r.fields);
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(Csv, ParsesWithAndWithoutHeader) {
  const auto a = parse_csv("x1,x2,label\n1,2,0\n-3.5, 4e1 ,1\r\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1], (std::vector<double>{-3.5, 40, 1}));
  const auto b = parse_csv("# comment\n\n1,2,0\n3,4,1");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0], (std::vector<double>{1, 2, 0}));
}

TEST(Csv, ErrorsNameTheLineAndColumn) {
  EXPECT_EQ(numeric_error("a,b,c\n1,2,0\n1,2\n"), "CSV line 3, column 3: expected 3 fields, got 2");
  EXPECT_EQ(numeric_error("a,b,c\n1,2,0\n1,2,0,4\n"), "CSV line 3, column 4: expected 3 fields, got 4");
  EXPECT_EQ(numeric_error("1,2,0\n1,x,1\n"), "CSV line 2, column 2: not a decimal number: 'x'");
  EXPECT_EQ(numeric_error("1,2,0\n1,,1\n"), "CSV line 2, column 2: not a decimal number: ''");
  EXPECT_EQ(numeric_error("1,2,0\n1,nan,1\n"), "CSV line 2, column 2: not a decimal number: 'nan'");
  EXPECT_EQ(numeric_error("a,b\n"), "CSV: no data rows (only a header line)");
  EXPECT_EQ(numeric_error(""), "CSV: the text is empty");
  EXPECT_EQ(numeric_error("\n# only a comment\n"), "CSV: no rows (only blank or comment lines)");
  EXPECT_EQ(numeric_error("5\n6\n"), "CSV line 1: need at least one feature and a label, got 1 field");
}

TEST(Csv, CellsBeyondFloatRangeAndHexAreRejectedWithTheirPlace) {
  EXPECT_EQ(numeric_error("1,2,0\n1,1e39,1\n"), "CSV line 2, column 2: '1e39' is beyond the range of a float (±3.4e38)");
  EXPECT_EQ(numeric_error("1,2,0\n-1e300,1,1\n"), "CSV line 2, column 1: '-1e300' is beyond the range of a float (±3.4e38)");
  EXPECT_EQ(numeric_error("1,2,0\n0x10,1,1\n"), "CSV line 2, column 1: not a decimal number: '0x10'");
  EXPECT_EQ(numeric_error("1,2,0\n1,inf,1\n"), "CSV line 2, column 2: not a decimal number: 'inf'");
  EXPECT_EQ(table_error("a,b\n1,2\n3,1e39\n"), "CSV line 3, column 2: '1e39' is beyond the range of a float (±3.4e38)");
  double x = 0;
  EXPECT_EQ(parse_cell_number("3.4e38", x), CellNumber::Number);
  EXPECT_EQ(parse_cell_number(".5", x), CellNumber::Number);
  EXPECT_EQ(x, 0.5);
  EXPECT_EQ(parse_cell_number("1e-50", x), CellNumber::Number);  // underflows to ~0: harmless
  for (const char* s : {"1e", "+", ".", "1.2.3", " 1", "1 ", "0x1p3", "NaN", "-inf", "1,5"})
    EXPECT_EQ(parse_cell_number(s, x), CellNumber::NotANumber) << s;
}

TEST(Csv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
  EXPECT_EQ(records("name,note\n\"Smith, J.\",\"said \"\"hi\"\"\"\n\"two\nlines\", x \n"),
            (Rows{{"name", "note"}, {"Smith, J.", "said \"hi\""}, {"two\nlines", "x"}}));
  // The line count goes on after a quoted line break: the ragged row is on line 4.
  EXPECT_EQ(table_error("a,b\n\"x\ny\",1\n2\n"), "CSV line 4, column 2: expected 2 fields, got 1 (the header has 2 names)");
  EXPECT_EQ(table_error("a,b\n\"open,1\n"), "CSV line 2, column 1: a quoted field is never closed (a \" is missing)");
  EXPECT_EQ(table_error("a,b\n\"x\"y,1\n"), "CSV line 2, column 1: text after the closing quote of a quoted field");
  EXPECT_EQ(records("\"\",\"\"\"\"\n"), (Rows{{"", "\""}}));
}

TEST(Csv, LineEndsMayBeLfCrlfOrCrAlone) {
  const Rows expected{{"a", "b"}, {"1", "2"}, {"3", "4"}};
  EXPECT_EQ(records("a,b\n1,2\n3,4\n"), expected);
  EXPECT_EQ(records("a,b\r\n1,2\r\n3,4\r\n"), expected);
  EXPECT_EQ(records("a,b\r1,2\r3,4"), expected);
  EXPECT_EQ(parse_csv("1,2\r3,4\r").size(), 2u);  // CR-only ends used to leave "no data rows"
  EXPECT_EQ(numeric_error("a,b\r1,2\r3\r"), "CSV line 3, column 2: expected 2 fields, got 1");
}

TEST(Csv, AByteOrderMarkIsNotPartOfTheFirstField) {
  EXPECT_EQ(records("\xEF\xBB\xBFprice,rooms\n1,2\n")[0][0], "price");
  // A BOM before a numeric first row must not turn that row into a header.
  const auto rows = parse_csv("\xEF\xBB\xBF" "1,2,0\n3,4,1\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<double>{1, 2, 0}));
}

TEST(Csv, SemicolonOrTabSeparatorsAreDetected) {
  const std::string text = "a;b;c\n1,5;2;x\n";
  CsvReader semi(text);
  CsvRecord r;
  EXPECT_EQ(semi.separator(), ';');
  ASSERT_TRUE(semi.next(r));
  ASSERT_TRUE(semi.next(r));
  EXPECT_EQ(r.fields, (std::vector<std::string>{"1,5", "2", "x"}));
  EXPECT_EQ(CsvReader("\"a;b\",c\n").separator(), ',');  // the quoted ';' does not count
  EXPECT_EQ(CsvReader("a\tb\n1\t2\n").separator(), '\t');
  EXPECT_EQ(records("a\tb\n1\t2\n"), (Rows{{"a", "b"}, {"1", "2"}}));
  const Table t = read_table("x;y\n1;a\n2;b\n");
  EXPECT_EQ(t.separator, ';');
  EXPECT_EQ(t.columns[1].type, ColumnType::Categorical);
}

TEST(Csv, BinaryDataAndOversizedRowsAreNotRead) {
  EXPECT_EQ(table_error(std::string("a,b\n1,\0\x01", 8)), "CSV: this is not a text file (byte 7 is a NUL byte); a CSV file is plain text");
  const std::string wide = std::string(kCsvMaxColumns, ',') + "\n";
  EXPECT_EQ(table_error(wide), "CSV line 1, column 10001: more than 10000 fields (the column limit)");
}

TEST(Table, ColumnsAreNumericOrCategoricalWithEmptyCellsMissing) {
  const Table t = read_table("price,town,rooms\n100,\"North, Ames\",3\n,Gilbert,\n250,North; Ames,4\n90,Gilbert,x5\n");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_TRUE(t.header);
  EXPECT_EQ(t.rows(), 4);
  EXPECT_EQ(t.lines, (std::vector<long>{2, 3, 4, 5}));
  const Column& price = t.columns[0];
  EXPECT_EQ(price.type, ColumnType::Numeric);
  EXPECT_EQ(price.missing, 1);
  EXPECT_EQ(price.numbers[0], 100);
  EXPECT_TRUE(std::isnan(price.numbers[1]));
  const Column& town = t.columns[1];
  EXPECT_EQ(town.type, ColumnType::Categorical);
  EXPECT_EQ(town.levels, (std::vector<std::string>{"North, Ames", "Gilbert", "North; Ames"}));
  EXPECT_EQ(town.codes, (std::vector<int>{0, 1, 2, 1}));
  // "rooms" was numeric until "x5": its numbers became categories, the missing cell stays missing.
  const Column& rooms = t.columns[2];
  EXPECT_EQ(rooms.type, ColumnType::Categorical);
  EXPECT_EQ(rooms.levels, (std::vector<std::string>{"3", "4", "x5"}));
  EXPECT_EQ(rooms.codes, (std::vector<int>{0, -1, 1, 2}));
  EXPECT_EQ(rooms.missing, 1);
}

TEST(Table, RaggedRowsAndEmptyInputsNameTheirCause) {
  EXPECT_EQ(table_error("a,b,c\n1,2,3\n4,5\n"), "CSV line 3, column 3: expected 3 fields, got 2 (the header has 3 names)");
  EXPECT_EQ(table_error("a,b,c\n1,2,3,4\n"), "CSV line 2, column 4: expected 3 fields, got 4 (the header has 3 names)");
  EXPECT_EQ(table_error("1,2\n3\n"), "CSV line 2, column 2: expected 2 fields, got 1");
  EXPECT_EQ(table_error("a,b\n"), "CSV: no data rows (only a header line)");
  EXPECT_EQ(table_error(""), "CSV: the text is empty");
}

TEST(Table, HeaderlessFilesAndOddNamesGetUsableNames) {
  const Table t = read_table("1,2\n3,4\n");
  EXPECT_FALSE(t.header);
  EXPECT_EQ(t.rows(), 2);
  EXPECT_EQ(t.columns[0].name, "column 1");
  const Table u = read_table("a,,a\n1,2,3\n");
  EXPECT_EQ(u.columns[1].name, "column 2");
  EXPECT_EQ(u.columns[2].name, "a (2)");
  EXPECT_EQ(u.find("a (2)"), 2);
  EXPECT_EQ(u.find("b"), -1);
}

TEST(Table, ScikitLearnLayoutNamesFeaturesAndClasses) {
  const Table t = read_table("3,2,low,high\n1.5,2,0\n2.5,3,1\n0.5,1,1\n");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].name, "feature 1");
  EXPECT_EQ(t.columns[2].name, "target");
  EXPECT_EQ(t.columns[2].type, ColumnType::Categorical);
  EXPECT_EQ(t.columns[2].levels, (std::vector<std::string>{"low", "high"}));
  EXPECT_EQ(t.columns[2].codes, (std::vector<int>{0, 1, 1}));
  EXPECT_EQ(table_error("3,2,low,high\n1.5,2,0\n2.5,3,2\n"),
            "CSV line 3, column 3: the class must be an integer from 0 to 1 (the header names 2 classes), got 2");
}

TEST(Table, SummaryCountsDistinctMissingAndHistogram) {
  const Table t = read_table("x,c\n1,a\n2,b\n2,a\n,a\n5,\n");
  const ColumnSummary x = summarize(t.columns[0], 4);
  EXPECT_EQ(x.distinct, 3);
  EXPECT_EQ(x.missing, 1);
  EXPECT_EQ(x.min, 1);
  EXPECT_EQ(x.max, 5);
  EXPECT_DOUBLE_EQ(x.mean, 2.5);
  EXPECT_EQ(x.histogram, (std::vector<long>{1, 2, 0, 1}));  // 1, 2, 2, 5 in bins of width 1 from 1 to 5
  const ColumnSummary c = summarize(t.columns[1], 4, 1);
  EXPECT_EQ(c.distinct, 2);
  EXPECT_EQ(c.missing, 1);
  EXPECT_EQ(c.top_values, (std::vector<std::string>{"a"}));
  EXPECT_EQ(c.top_counts, (std::vector<long>{3}));
  EXPECT_EQ(c.histogram, (std::vector<long>{3, 1}));  // "a", then all others
}

TEST(Csv, LabelsMustBeClassIndices) {
  DataSpec spec;
  spec.source = DataSource::Csv;
  Rng rng(1);
  try {
    load_dataset(spec, "f,label\n1,0\n2,1\n3,2.5\n4,1\n", rng);
    FAIL() << "accepted a fractional label";
  } catch (const std::invalid_argument& e) {
    EXPECT_EQ(
        std::string(e.what()).rfind("CSV line 4: the label (last field) must be an integer from 0 to 99", 0),
        0u)
        << e.what();
  }
  const Dataset d = load_dataset(spec, "1,2,3,0\n4,5,6,4\n7,8,9,1\n1,1,1,0\n", rng);
  EXPECT_EQ(d.dims(), 3);
  EXPECT_EQ(d.size(), 4);
  EXPECT_EQ(d.num_classes, 5);
  EXPECT_EQ(d.inputs(2, 1), 6);
  EXPECT_THROW(load_dataset(spec, "", rng), std::invalid_argument);
}

}  // namespace
}  // namespace nn
