// IDX files (MNIST's format): the reader accepts well-formed image and label files and turns a
// wrong, truncated or mismatched file into an error that names it, never a crash.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "nn/data_source.h"
#include "nn/idx.h"
#include "nn/trainer.h"
#include "text_file.h"

namespace nn {
namespace {

void put_u32(std::string& b, uint32_t x) {
  for (int shift = 24; shift >= 0; shift -= 8) b += char((x >> shift) & 0xff);
}

// An image file of `count` images of rows × cols, pixel k of image i = (i * 7 + k) mod 256.
std::string image_file(int count, int rows, int cols) {
  std::string b;
  put_u32(b, 0x803);
  put_u32(b, uint32_t(count));
  put_u32(b, uint32_t(rows));
  put_u32(b, uint32_t(cols));
  for (int i = 0; i < count; ++i)
    for (int k = 0; k < rows * cols; ++k) b += char((i * 7 + k) % 256);
  return b;
}

std::string label_file(const std::vector<int>& labels) {
  std::string b;
  put_u32(b, 0x801);
  put_u32(b, uint32_t(labels.size()));
  for (int l : labels) b += char(l);
  return b;
}

template <class Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Idx, ReadsImagesRowByRowAndScalesPixelsToUnitRange) {
  const std::string images = image_file(3, 2, 4), labels = label_file({2, 0, 1});
  const IdxImages im = parse_idx_images(images, "im");
  EXPECT_EQ(im.count, 3);
  EXPECT_EQ(im.rows, 2);
  EXPECT_EQ(im.cols, 4);
  const Dataset d = idx_dataset(im, parse_idx_labels(labels, "lb"), 0, "im", "lb");
  ASSERT_EQ(d.size(), 3);
  ASSERT_EQ(d.dims(), 8);
  EXPECT_EQ(d.labels, (std::vector<int>{2, 0, 1}));
  EXPECT_EQ(d.num_classes, 3);
  EXPECT_FLOAT_EQ(d.inputs(5, 2), float(2 * 7 + 5) / 255.0f);  // image 2, row 1, column 1
  EXPECT_FLOAT_EQ(d.inputs(0, 0), 0.0f);
}

TEST(Idx, LimitTakesTheFirstImages) {
  const std::string images = image_file(5, 2, 2), labels = label_file({1, 1, 0, 0, 1});
  const Dataset d = idx_dataset(parse_idx_images(images, "im"), parse_idx_labels(labels, "lb"), 2, "im", "lb");
  EXPECT_EQ(d.size(), 2);
  EXPECT_EQ(d.labels, (std::vector<int>{1, 1}));
}

TEST(Idx, WrongMagicNumberNamesTheFileAndTheNumber) {
  const std::string labels = label_file({1, 2});
  const std::string msg = error_of([&] { parse_idx_images(labels, "train-images.gz"); });
  EXPECT_NE(msg.find("train-images.gz"), std::string::npos) << msg;
  EXPECT_NE(msg.find("magic number 0x00000801, expected 0x00000803"), std::string::npos) << msg;
  // Text (a CSV given by mistake) is not an IDX file either.
  EXPECT_NE(error_of([] { parse_idx_labels("1,2,3\n4,5,6\n", "labels.csv"); }).find("labels.csv: not an IDX label file"),
            std::string::npos);
  EXPECT_NE(error_of([] { parse_idx_labels("", "empty"); }).find("empty: not an IDX"), std::string::npos);
}

TEST(Idx, TruncatedFilesAreErrorsNotCrashes) {
  const std::string images = image_file(4, 3, 3);
  const std::string msg = error_of([&] { parse_idx_images(images.substr(0, images.size() - 1), "t10k.gz"); });
  EXPECT_NE(msg.find("t10k.gz: truncated"), std::string::npos) << msg;
  EXPECT_NE(msg.find("promises 36 bytes"), std::string::npos) << msg;
  EXPECT_NE(error_of([&] { parse_idx_images(images.substr(0, 10), "h"); }).find("h: truncated header"), std::string::npos);
  const std::string labels = label_file({0, 1, 2});
  EXPECT_NE(error_of([&] { parse_idx_labels(labels.substr(0, 9), "lb"); }).find("lb: truncated"), std::string::npos);
  // Bytes after the data: the header and the file disagree, so the file is not what it claims.
  EXPECT_NE(error_of([&] { parse_idx_labels(labels + "x", "lb"); }).find("lb: 1 bytes after the data"), std::string::npos);
}

TEST(Idx, ImageAndLabelCountsMustAgree) {
  const std::string images = image_file(3, 2, 2), labels = label_file({0, 1});
  const std::string msg = error_of(
      [&] { idx_dataset(parse_idx_images(images, "im.gz"), parse_idx_labels(labels, "lb.gz"), 0, "im.gz", "lb.gz"); });
  EXPECT_EQ(msg, "im.gz has 3 images but lb.gz has 2 labels");
}

TEST(Idx, TrainAndTestImagesMustHaveTheSameSize) {
  IdxFiles f;
  f.train_images = image_file(4, 2, 2);
  f.train_labels = label_file({0, 1, 0, 1});
  f.test_images = image_file(2, 3, 3);
  f.test_labels = label_file({0, 1});
  DataSpec spec;
  spec.source = DataSource::Idx;
  Dataset train, test;
  EXPECT_NE(error_of([&] { load_idx_sets(spec, f, train, test); }).find("testImages has images of 3 × 3 pixels"),
            std::string::npos);
}

TEST(Idx, TrainerTrainsOnIdxFilesAndPredictsRawImages) {
  // Two classes that differ in where the bright pixels are: left half or right half.
  auto make = [](int count, std::string& images, std::string& labels) {
    images.clear();
    put_u32(images, 0x803);
    put_u32(images, uint32_t(count));
    put_u32(images, 4);
    put_u32(images, 4);
    std::vector<int> l;
    for (int i = 0; i < count; ++i) {
      l.push_back(i % 2);
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) images += char(((c < 2) == (i % 2 == 0)) ? 200 + i % 50 : i % 30);
    }
    labels = label_file(l);
  };
  IdxFiles f;
  make(200, f.train_images, f.train_labels);
  make(50, f.test_images, f.test_labels);
  Trainer t(parse_spec(R"({"data": {"source": "idx", "trainImages": "a", "trainLabels": "b", "testImages": "c",
      "testLabels": "d"}, "model": {"hidden": [8], "activation": "relu", "output": "softmax"},
      "optimizer": {"kind": "adam", "learningRate": 0.01}, "training": {"batchSize": 20}})"),
            f);
  EXPECT_EQ(t.train_set().size(), 200);
  EXPECT_EQ(t.test_set().size(), 50);
  EXPECT_EQ(t.train_set().image_width, 4);
  EXPECT_EQ(t.outputs(), 2);
  t.train_epochs(20);
  EXPECT_GT(t.metrics().test_accuracy, 0.95);
  Matrix left = Matrix::Zero(16, 1);
  for (int r = 0; r < 4; ++r) left(r * 4, 0) = left(r * 4 + 1, 0) = 0.9f;
  const Matrix& p = t.predict(left);
  ASSERT_EQ(p.rows(), 2);
  EXPECT_GT(p(0, 0), 0.9f);  // bright left half: class 0
  EXPECT_NEAR(p.sum(), 1.0f, 1e-5f);
}

// Debian's dataset-fashion-mnist (scripts/setup.sh installs it): the published sizes.
TEST(Idx, ReadsDebiansFashionMnistFiles) {
  const std::string dir = "/usr/share/datasets/fashion-mnist/";
  if (!std::ifstream(dir + "t10k-labels-idx1-ubyte.gz")) GTEST_SKIP() << "dataset-fashion-mnist is not installed";
  const std::string images = cli::read_text_file(dir + "t10k-images-idx3-ubyte.gz");
  const std::string labels = cli::read_text_file(dir + "t10k-labels-idx1-ubyte.gz");
  const IdxImages im = parse_idx_images(images, "t10k-images");
  EXPECT_EQ(im.count, 10000);
  EXPECT_EQ(im.rows, 28);
  EXPECT_EQ(im.cols, 28);
  const Dataset d = idx_dataset(im, parse_idx_labels(labels, "t10k-labels"), 0, "i", "l");
  EXPECT_EQ(d.num_classes, 10);
  std::vector<int> per_class(10, 0);
  for (int l : d.labels) ++per_class[std::size_t(l)];
  for (int c : per_class) EXPECT_EQ(c, 1000);  // the test set is balanced

  // A download cut short: however the gzip reader reacts, the result is an error, not a crash.
  std::ifstream in(dir + "t10k-labels-idx1-ubyte.gz", std::ios::binary);
  std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string cut = testing::TempDir() + "cut-labels.gz";
  std::ofstream(cut, std::ios::binary) << gz.substr(0, gz.size() / 2);
  EXPECT_ANY_THROW(parse_idx_labels(cli::read_text_file(cut), cut));
  std::remove(cut.c_str());
}

}  // namespace
}  // namespace nn
