// Image data in the experiment spec: IDX files (already split into training and test sets) and
// CSV or inline pixels with data.image, scaled to [0, 1] by the core.
#include <gtest/gtest.h>

#include "nn/data_source.h"
#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {
namespace {

std::string spec_error(const std::string& json) {
  try {
    parse_spec(json);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "(no error)";
}

const char* kIdx = R"({"data": {"source": "idx", "trainImages": "tr-i.gz", "trainLabels": "tr-l.gz",
    "testImages": "te-i.gz", "testLabels": "te-l.gz", "trainLimit": 1000}})";

TEST(ImageSpec, IdxNamesItsFourFilesAndRoundTrips) {
  const ExperimentSpec s = parse_spec(kIdx);
  EXPECT_EQ(s.data.source, DataSource::Idx);
  EXPECT_EQ(s.data.train_images, "tr-i.gz");
  EXPECT_EQ(s.data.test_labels, "te-l.gz");
  EXPECT_EQ(s.data.train_limit, 1000);
  EXPECT_EQ(s.data.test_limit, 0);
  const std::string canonical = spec_to_json(s);
  EXPECT_EQ(canonical.find("trainRatio"), std::string::npos);  // IDX files come split
  EXPECT_EQ(spec_to_json(parse_spec(canonical)), canonical);
}

TEST(ImageSpec, IdxFieldsAreCheckedByName) {
  EXPECT_EQ(spec_error(R"({"data": {"source": "idx", "trainImages": "a", "trainLabels": "b", "testImages": "c"}})"),
            "data.testLabels: is required for data.source 'idx' (a file name)");
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "trainImages": "a"}})"), "data.trainImages: only for data.source 'idx'");
  EXPECT_NE(spec_error(R"({"data": {"source": "idx", "trainImages": "a", "trainLabels": "b", "testImages": "c",
      "testLabels": "d", "trainRatio": 0.5}})").find("data.trainRatio: IDX data come split"), std::string::npos);
  EXPECT_NE(spec_error(R"({"data": {"source": "idx", "trainImages": "a", "trainLabels": "b", "testImages": "c",
      "testLabels": "d", "trainLimit": -1}})").find("data.trainLimit"), std::string::npos);
  EXPECT_NE(spec_error(R"({"data": {"source": "images"}})").find("line or idx"), std::string::npos);
  // Without the files' bytes the trainer says what it needs.
  EXPECT_THROW(Trainer(parse_spec(kIdx), ""), std::invalid_argument);
}

TEST(ImageSpec, CsvPixelsWithAnImageShapeAreScaledToUnitRange) {
  std::string csv;
  for (int i = 0; i < 8; ++i) csv += std::to_string(i * 2) + ",16,0,8," + std::to_string(i % 2) + "\n";
  const ExperimentSpec s = parse_spec(R"({"data": {"source": "csv", "image": {"width": 2, "height": 2, "maxValue": 16},
      "trainRatio": 0.5}, "model": {"hidden": [3]}})");
  Trainer t(s, csv);
  EXPECT_EQ(t.train_set().image_width, 2);
  EXPECT_EQ(t.test_set().image_height, 2);
  EXPECT_FLOAT_EQ(t.train_set().inputs.row(1).maxCoeff(), 1.0f);
  EXPECT_FLOAT_EQ(t.train_set().inputs.row(3).maxCoeff(), 0.5f);
  EXPECT_NE(spec_to_json(s).find("\"maxValue\""), std::string::npos);

  // A pixel above maxValue names its line; a row of the wrong width names the shape.
  const std::string bad = csv + "0,17,0,0,1\n";
  try {
    Trainer(s, bad);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("CSV line 9: pixel 2 is 17"), std::string::npos) << e.what();
  }
  const ExperimentSpec three = parse_spec(R"({"data": {"source": "csv", "image": {"width": 3, "height": 3, "maxValue": 1}}})");
  try {
    Trainer(three, csv);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("data.image: 3 × 3 pixels need 9 values"), std::string::npos) << e.what();
  }
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "image": {"width": 8, "height": 8}}})"),
            "data.image.maxValue: is required (data.image needs width, height and maxValue)");
  EXPECT_NE(spec_error(R"({"data": {"source": "inline", "inline": [[1,2,0],[1,2,1],[3,4,0],[5,6,1]],
      "image": {"width": 2, "height": 2, "maxValue": 8}}})").find("data.image: an image of 2 × 2 pixels has 4 values, but the data has 2"),
            std::string::npos);
}

}  // namespace
}  // namespace nn
