// "Draw your own": strokes become inputs made the way the data sets were made
// (examples/data/digits.rst: a normalized 32×32 bitmap, 4×4 blocks, ink pixels counted 0–16;
// Fashion-MNIST: longest edge 28 pixels, centred, 256 grey levels).
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "nn/sketch.h"

namespace nn {
namespace {

std::vector<int> column_sums(const std::vector<int>& counts) {
  std::vector<int> s(8, 0);
  for (int r = 0; r < 8; ++r)
    for (int c = 0; c < 8; ++c) s[std::size_t(c)] += counts[std::size_t(r * 8 + c)];
  return s;
}
std::vector<int> row_sums(const std::vector<int>& counts) {
  std::vector<int> s(8, 0);
  for (int r = 0; r < 8; ++r)
    for (int c = 0; c < 8; ++c) s[std::size_t(r)] += counts[std::size_t(r * 8 + c)];
  return s;
}

TEST(DigitBlocks, CountsInkPixelsOfEachFourByFourBlockFromZeroToSixteen) {
  std::vector<unsigned char> bitmap(32 * 32, 0);
  auto ink = [&](int r, int c) { bitmap[std::size_t(r * 32 + c)] = 1; };
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 4; ++c) ink(r, c);  // block (0, 0) full: 16
  for (int k = 0; k < 4; ++k) ink(8 + k, 12 + k);  // a diagonal in block (2, 3): 4
  ink(31, 31);                                 // one pixel in the last block (7, 7): 1
  ink(3, 4);                                   // row 3, column 4 belongs to block (0, 1)
  ink(4, 3);                                   // row 4, column 3 belongs to block (1, 0)
  const std::vector<int> counts = count_blocks_4x4(bitmap);
  ASSERT_EQ(counts.size(), 64u);
  EXPECT_EQ(counts[0], 16);
  EXPECT_EQ(counts[2 * 8 + 3], 4);
  EXPECT_EQ(counts[63], 1);
  EXPECT_EQ(counts[1], 1);
  EXPECT_EQ(counts[8], 1);
  EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0), 16 + 4 + 1 + 1 + 1);
  EXPECT_THROW(count_blocks_4x4(std::vector<unsigned char>(28 * 28)), std::invalid_argument);
}

TEST(DigitSketch, AVerticalStrokeIsCentredAndFillsTheHeightLikeADatasetOne) {
  Sketch s;
  s.begin_stroke(30, 20);  // drawn near the pad's left edge
  s.extend(31, 120);
  s.extend(30, 220);
  const std::vector<float>& x = s.render(SketchFormat::Digits8x8);
  ASSERT_EQ(x.size(), 64u);
  const std::vector<int>& counts = s.digit_counts();
  const auto cols = column_sums(counts), rows = row_sums(counts);
  // Centred: ink only in the middle columns, symmetric; fills every row from top to bottom.
  EXPECT_EQ(cols[0] + cols[1] + cols[2], 0);
  EXPECT_EQ(cols[5] + cols[6] + cols[7], 0);
  EXPECT_GT(cols[3], 0);
  EXPECT_NEAR(cols[3], cols[4], 2);
  for (int r = 0; r < 8; ++r) EXPECT_GT(rows[std::size_t(r)], 0) << "row " << r;
  for (std::size_t i = 0; i < 64; ++i) {
    EXPECT_GE(counts[i], 0);
    EXPECT_LE(counts[i], 16);
    EXPECT_FLOAT_EQ(x[i], float(counts[i]) / 16.0f);  // scaled to [0, 1] like the digits data
  }
  // The 32×32 bitmap the counts come from: ink touches the top and the bottom row.
  const auto& bitmap = s.digit_bitmap();
  EXPECT_EQ(std::accumulate(bitmap.begin(), bitmap.end(), 0), std::accumulate(counts.begin(), counts.end(), 0));
  EXPECT_GT(std::accumulate(bitmap.begin(), bitmap.begin() + 32, 0), 0);
  EXPECT_GT(std::accumulate(bitmap.end() - 32, bitmap.end(), 0), 0);
}

TEST(DigitSketch, SizeAndPlaceOnThePadDoNotMatter) {
  // NIST's normalization: the same "7" drawn small in a corner or large in the middle.
  auto seven = [](double x0, double y0, double size) {
    Sketch s;
    s.begin_stroke(x0, y0);
    s.extend(x0 + size * 0.6, y0);
    s.extend(x0 + size * 0.25, y0 + size);
    return std::vector<float>(s.render(SketchFormat::Digits8x8));
  };
  EXPECT_EQ(seven(5, 5, 40), seven(100, 60, 200));
}

TEST(DigitSketch, AHorizontalStrokeFillsTheWidthInTheMiddleRows) {
  Sketch s;
  s.begin_stroke(10, 50);
  s.extend(250, 50);
  s.render(SketchFormat::Digits8x8);
  const auto rows = row_sums(s.digit_counts()), cols = column_sums(s.digit_counts());
  EXPECT_EQ(rows[0] + rows[1] + rows[2] + rows[5] + rows[6] + rows[7], 0);
  for (int c = 0; c < 8; ++c) EXPECT_GT(cols[std::size_t(c)], 0);
}

TEST(GreySketch, LongestEdgeFillsTwentyEightPixelsWithGreyLevels) {
  Sketch s;
  // A wide rectangle: its width becomes the 28 pixels, its height is centred.
  s.begin_stroke(0, 0);
  s.extend(200, 0);
  s.extend(200, 100);
  s.extend(0, 100);
  s.extend(0, 0);
  const std::vector<float>& x = s.render(SketchFormat::Grey28x28);
  ASSERT_EQ(x.size(), 784u);
  auto at = [&](int r, int c) { return x[std::size_t(r * 28 + c)]; };
  float left = 0, right = 0, top = 0, bottom = 0;
  for (int r = 0; r < 28; ++r) left += at(r, 0), right += at(r, 27);
  for (int c = 0; c < 28; ++c) top += at(0, c), bottom += at(27, c);
  EXPECT_GT(left, 0);
  EXPECT_GT(right, 0);
  EXPECT_EQ(top, 0);  // the height (half the width) leaves empty rows above and below
  EXPECT_EQ(bottom, 0);
  EXPECT_NEAR(left, right, 1e-4);
  EXPECT_EQ(at(14, 14), 0.0f);  // inside the outline: no ink
  for (float v : x) {
    EXPECT_GE(v, 0.0f);
    EXPECT_LE(v, 1.0f);
    EXPECT_NEAR(v * 255.0f, std::round(v * 255.0f), 1e-3);  // one of the data set's 256 grey levels
  }
}

TEST(Sketch, NothingDrawnIsABlankImageAndClearForgetsStrokes) {
  Sketch s;
  for (float v : s.render(SketchFormat::Grey28x28)) EXPECT_EQ(v, 0.0f);
  s.begin_stroke(1, 1);  // a single tap is a dot in the centre
  s.render(SketchFormat::Digits8x8);
  EXPECT_GT(s.digit_counts()[3 * 8 + 3] + s.digit_counts()[4 * 8 + 4], 0);
  s.clear();
  EXPECT_EQ(s.point_count(), 0);
  for (float v : s.render(SketchFormat::Digits8x8)) EXPECT_EQ(v, 0.0f);
  EXPECT_THROW(s.extend(std::nan(""), 1), std::invalid_argument);
  EXPECT_EQ(parse_sketch_format("grey28x28"), SketchFormat::Grey28x28);
  EXPECT_THROW(parse_sketch_format("mnist"), std::invalid_argument);
}

}  // namespace
}  // namespace nn
