// Data sets: the 2-D generators of TensorFlow Playground (and more), with their seeded noise
// and a seeded train/test split. Every generator takes the caller's Rng; none has its own.
#pragma once
#include <string>
#include <vector>

#include "nn/rng.h"
#include "nn/tensor.h"

namespace nn {

// A labelled set of points. Classification sets fill `labels` (0 … num_classes−1);
// regression sets fill `values` (in [−1, 1]) and have num_classes == 0.
struct Dataset {
  Matrix inputs;                 // D × N raw inputs (2-D sets: x1, x2)
  std::vector<int> labels;       // N, classification
  std::vector<Scalar> values;    // N, regression
  int num_classes = 2;
  // Image data sets: each column is an image of image_width × image_height pixels, row by
  // row, scaled to [0, 1]. 0 for data that are not images.
  int image_width = 0, image_height = 0;

  Index size() const { return inputs.cols(); }
  Index dims() const { return inputs.rows(); }
  bool regression() const { return num_classes == 0; }
};

// Circle … MultiGauss are TensorFlow Playground's. Moons (two interleaved half circles),
// Checkerboard (4 × 4 cells of 3 × 3), Blobs (K Gaussian blobs on a circle), Sine (label: is
// x2 above 3·sin(0.8·x1)?) are 2-D as well; Spiral takes K arms. Clusters is the one
// N-dimensional generator (K Gaussian clusters in D dimensions), for benchmarks.
enum class Generator { Circle, Xor, Gauss, Spiral, Plane, MultiGauss, Moons, Checkerboard, Blobs, Sine, Clusters };

const char* generator_name(Generator g);
Generator parse_generator(const std::string& name);  // throws std::invalid_argument
bool generator_is_regression(Generator g);
// Generators whose class count is a parameter (blobs, spiral, clusters), their default and
// maximum; the others have 2 classes (0 for regression).
bool generator_has_classes(Generator g);
int generator_default_classes(Generator g);
constexpr int kMaxClasses = 100;
// Only clusters has a dimension parameter; every other generator is 2-D.
bool generator_has_dims(Generator g);

// The 2-D domain every generator draws in, and the decision-boundary grid spans: [−6, 6]².
constexpr double kDomain = 6.0;

// noise ∈ [0, 0.5] as in TensorFlow Playground (0–50 %). classes = 0 means the generator's
// default; dims is used by clusters only.
Dataset generate(Generator g, int points, double noise, Rng& rng, int classes = 0, int dims = 2);

// Shuffles with rng, then puts the first round(ratio·N) points in `train`, the rest in `test`.
void split(const Dataset& all, double train_ratio, Rng& rng, Dataset& train, Dataset& test);

}  // namespace nn
