#include "nn/csv.h"

#include <gtest/gtest.h>

#include "nn/data_source.h"

namespace nn {
namespace {

std::string error_of(const std::string& text) {
  try {
    parse_csv(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(Csv, ParsesWithAndWithoutHeader) {
  const auto a = parse_csv("x1,x2,label\n1,2,0\n-3.5, 4e1 ,1\r\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1], (std::vector<double>{-3.5, 40, 1}));
  const auto b = parse_csv("# comment\n\n1,2,0\n3,4,1");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0], (std::vector<double>{1, 2, 0}));
}

TEST(Csv, ErrorsNameTheLine) {
  EXPECT_EQ(error_of("a,b,c\n1,2,0\n1,2\n"), "CSV line 3: expected 3 fields, got 2");
  EXPECT_EQ(error_of("1,2,0\n1,x,1\n"), "CSV line 2: field 2 is not a number: 'x'");
  EXPECT_EQ(error_of("1,2,0\n1,,1\n"), "CSV line 2: field 2 is not a number: ''");
  EXPECT_EQ(error_of("1,2,0\n1,nan,1\n"), "CSV line 2: field 2 is not a number: 'nan'");
  EXPECT_EQ(error_of("a,b\n"), "CSV: no data rows");
  EXPECT_EQ(error_of("5\n6\n"), "CSV line 1: need at least one feature and a label, got 1 field");
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
