// "Draw your own": turns pen strokes into an input in a data set's own format, made the way
// that data set was made, so the network sees a drawing as it saw its training images.
//
//  * Digits (UCI optdigits, the 8×8 set): NIST's programs normalized each handwritten digit
//    into a 32×32 bitmap; the bitmap was divided into non-overlapping 4×4 blocks and the ink
//    pixels of each block were counted, giving an 8×8 image of integers 0 … 16
//    (examples/data/digits.rst).
//  * Fashion-MNIST: each product photo was trimmed, its longest edge resized to 28 pixels, the
//    shorter edge padded to 28 with the product centred, and converted to 8-bit grey, bright
//    on black (Xiao, Rasul & Vollgraf 2017, "Fashion-MNIST", section 2).
//
// Strokes are polylines in any coordinates (the pad's pixels, y downwards). Their bounding
// box is scaled, aspect ratio kept, so the ink fills the target box and is centred in it.
#pragma once
#include <string>
#include <vector>

namespace nn {

enum class SketchFormat { Digits8x8, Grey28x28 };
const char* sketch_format_name(SketchFormat f);          // "digits8x8", "grey28x28"
SketchFormat parse_sketch_format(const std::string& name);  // throws std::invalid_argument

// The optdigits reduction: a 32×32 bitmap (row by row, nonzero = ink) → the 8×8 counts of ink
// pixels in each 4×4 block (row by row), each 0 … 16.
std::vector<int> count_blocks_4x4(const std::vector<unsigned char>& bitmap32);

class Sketch {
 public:
  static constexpr int kDigitBitmap = 32;  // NIST's normalized bitmap
  static constexpr double kDigitPenRadius = 2.5;  // in bitmap pixels: NIST strokes are thick
  static constexpr int kGreySize = 28;
  static constexpr double kGreyPenRadius = 1.1;

  void begin_stroke(double x, double y);  // pen down
  void extend(double x, double y);        // pen moved (starts a stroke if none is open)
  void clear();
  int point_count() const { return int(m_x.size()); }

  // The drawing in the data set's format, scaled to [0, 1] as the image data sets are
  // (digits: count / 16; grey: level / 255): 64 or 784 values, row by row. All zeros when
  // nothing is drawn. The reference stays valid until the next render.
  const std::vector<float>& render(SketchFormat format);
  // After render(Digits8x8): the 32×32 binary bitmap and the 8×8 counts it was reduced to.
  const std::vector<unsigned char>& digit_bitmap() const { return m_bitmap; }
  const std::vector<int>& digit_counts() const { return m_counts; }

 private:
  // Maps the strokes into a size × size box with `radius` of ink around each centre line:
  // fills m_u, m_v (box coordinates).
  void fit(int size, double radius);
  // Distance² from (px, py) to the nearest centre-line segment in box coordinates.
  double nearest_squared(double px, double py) const;

  std::vector<double> m_x, m_y;     // all points
  std::vector<int> m_stroke_start;  // index of each stroke's first point
  std::vector<double> m_u, m_v;     // fitted points
  std::vector<float> m_out;
  std::vector<unsigned char> m_bitmap;
  std::vector<int> m_counts;
};

}  // namespace nn
