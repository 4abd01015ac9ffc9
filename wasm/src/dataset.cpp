// Generators follow TensorFlow Playground's dataset.ts (Apache 2.0) so that students see the
// same shapes; the noise and the seed come from the core's Rng.
#include "nn/dataset.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace nn {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Builder {
  std::vector<double> x, y, v;
  std::vector<int> label;
  void add_class(double px, double py, int c) { x.push_back(px); y.push_back(py); label.push_back(c); }
  void add_value(double px, double py, double value) { x.push_back(px); y.push_back(py); v.push_back(value); }
  Dataset finish(int num_classes) const {
    Dataset d;
    d.num_classes = num_classes;
    d.inputs.resize(2, Index(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i) {
      d.inputs(0, Index(i)) = Scalar(x[i]);
      d.inputs(1, Index(i)) = Scalar(y[i]);
    }
    d.labels = label;
    d.values.assign(v.begin(), v.end());
    return d;
  }
};

Dataset circle(int n, double noise, Rng& rng) {
  const double radius = 5;
  Builder b;
  auto label = [&](double px, double py) { return std::hypot(px, py) < radius * 0.5 ? 1 : 0; };
  for (int part = 0; part < 2; ++part) {
    const double r_lo = part == 0 ? 0 : radius * 0.7, r_hi = part == 0 ? radius * 0.5 : radius;
    const int count = part == 0 ? n / 2 : n - n / 2;
    for (int i = 0; i < count; ++i) {
      const double r = rng.uniform(r_lo, r_hi), angle = rng.uniform(0, 2 * kPi);
      const double px = r * std::sin(angle), py = r * std::cos(angle);
      const double nx = rng.uniform(-radius, radius) * noise, ny = rng.uniform(-radius, radius) * noise;
      b.add_class(px, py, label(px + nx, py + ny));
    }
  }
  return b.finish(2);
}

Dataset xor_set(int n, double noise, Rng& rng) {
  const double padding = 0.3;
  Builder b;
  for (int i = 0; i < n; ++i) {
    double px = rng.uniform(-5, 5), py = rng.uniform(-5, 5);
    px += px > 0 ? padding : -padding;
    py += py > 0 ? padding : -padding;
    const double nx = rng.uniform(-5, 5) * noise, ny = rng.uniform(-5, 5) * noise;
    b.add_class(px, py, (px + nx) * (py + ny) >= 0 ? 1 : 0);
  }
  return b.finish(2);
}

Dataset gauss(int n, double noise, Rng& rng) {
  const double variance = 0.5 + (4.0 - 0.5) * (noise / 0.5);  // 0 → 0.5, 50 % → 4
  const double sd = std::sqrt(variance);
  Builder b;
  for (int i = 0; i < n; ++i) {
    const bool positive = i < n / 2;
    const double c = positive ? 2 : -2;
    const double x = rng.normal(c, sd);  // separate statements: the order of two draws inside
    const double y = rng.normal(c, sd);  // one call's arguments is unspecified (gcc ≠ clang)
    b.add_class(x, y, positive ? 1 : 0);
  }
  return b.finish(2);
}

// K arms, arm k rotated by 2πk/K. With K = 2 this is Playground's spiral (arm 0 has label 1).
Dataset spiral(int n, double noise, int classes, Rng& rng) {
  Builder b;
  for (int arm = 0; arm < classes; ++arm) {
    const int count = n / classes + (arm >= classes - n % classes ? 1 : 0);  // the last arms take the rest
    const double delta = 2 * kPi * arm / classes;
    const int label = classes == 2 ? 1 - arm : arm;
    for (int i = 0; i < count; ++i) {
      const double r = double(i) / count * 5, t = 1.75 * double(i) / count * 2 * kPi + delta;
      const double nx = rng.uniform(-1, 1) * noise;  // one draw per statement (see gauss)
      const double ny = rng.uniform(-1, 1) * noise;
      b.add_class(r * std::sin(t) + nx, r * std::cos(t) + ny, label);
    }
  }
  return b.finish(classes);
}

// Two interleaved half circles (as scikit-learn's make_moons), scaled by 3 and centred.
Dataset moons(int n, double noise, Rng& rng) {
  Builder b;
  for (int i = 0; i < n; ++i) {
    const bool inner = i >= n / 2;
    const double t = rng.uniform(0, kPi);
    double x = inner ? 1 - std::cos(t) : std::cos(t), y = inner ? 0.5 - std::sin(t) : std::sin(t);
    x = (x - 0.5) * 3 + rng.normal(0, 2 * noise);
    y = (y - 0.25) * 3 + rng.normal(0, 2 * noise);
    b.add_class(x, y, inner ? 1 : 0);
  }
  return b.finish(2);
}

// Uniform points; label = parity of the 3 × 3 cell, read at a noisy copy of the point.
Dataset checkerboard(int n, double noise, Rng& rng) {
  Builder b;
  for (int i = 0; i < n; ++i) {
    const double x = rng.uniform(-kDomain, kDomain), y = rng.uniform(-kDomain, kDomain);
    const double nx = x + rng.uniform(-3, 3) * noise, ny = y + rng.uniform(-3, 3) * noise;
    const long cell = long(std::floor(nx / 3)) + long(std::floor(ny / 3));
    b.add_class(x, y, int(((cell % 2) + 2) % 2));
  }
  return b.finish(2);
}

// K Gaussian blobs with centres on a circle of radius 4; variance as gauss (0.5 … 4).
Dataset blobs(int n, double noise, int classes, Rng& rng) {
  const double sd = std::sqrt(0.5 + (4.0 - 0.5) * (noise / 0.5)) * 0.6;
  Builder b;
  for (int i = 0; i < n; ++i) {
    const int k = i % classes;
    const double a = 2 * kPi * k / classes + kPi / 2;
    const double nx = rng.normal(0, sd);  // one draw per statement (see gauss)
    const double ny = rng.normal(0, sd);
    b.add_class(4 * std::cos(a) + nx, 4 * std::sin(a) + ny, k);
  }
  return b.finish(classes);
}

// A function boundary: label 1 above x2 = 3·sin(0.8·x1), read at a noisy copy of the point.
Dataset sine(int n, double noise, Rng& rng) {
  Builder b;
  for (int i = 0; i < n; ++i) {
    const double x = rng.uniform(-kDomain, kDomain), y = rng.uniform(-kDomain, kDomain);
    const double nx = x + rng.uniform(-3, 3) * noise, ny = y + rng.uniform(-3, 3) * noise;
    b.add_class(x, y, ny > 3 * std::sin(0.8 * nx) ? 1 : 0);
  }
  return b.finish(2);
}

// K Gaussian clusters in D dimensions: centres uniform in [−1, 1]^D, spread 0.3 + 2·noise.
// Points cycle through the classes (point i has class i mod K).
Dataset clusters(int n, double noise, int classes, int dims, Rng& rng) {
  Matrix centers(dims, classes);
  for (Index i = 0; i < centers.size(); ++i) centers(i) = Scalar(rng.uniform(-1, 1));
  const double sd = 0.3 + 2 * noise;
  Dataset d;
  d.num_classes = classes;
  d.inputs.resize(dims, n);
  d.labels.resize(std::size_t(n));
  for (int i = 0; i < n; ++i) {
    const int k = i % classes;
    d.labels[std::size_t(i)] = k;
    for (int r = 0; r < dims; ++r) d.inputs(r, i) = Scalar(centers(r, k) + rng.normal(0, sd));
  }
  return d;
}

template <class Label>
Dataset regression(int n, double noise, Rng& rng, Label label) {
  Builder b;
  for (int i = 0; i < n; ++i) {
    const double px = rng.uniform(-kDomain, kDomain), py = rng.uniform(-kDomain, kDomain);
    const double nx = rng.uniform(-kDomain, kDomain) * noise, ny = rng.uniform(-kDomain, kDomain) * noise;
    b.add_value(px, py, label(px + nx, py + ny));
  }
  return b.finish(0);
}

double plane_label(double x, double y) { return std::clamp((x + y) / 10.0, -1.0, 1.0); }

double multi_gauss_label(double x, double y) {
  static const double centers[6][3] = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
                                       {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  double label = 0;
  for (const auto& c : centers) {
    const double scaled = std::clamp(1.0 - std::hypot(x - c[0], y - c[1]) / 2.0, 0.0, 1.0);
    const double candidate = c[2] * scaled;
    if (std::abs(candidate) > std::abs(label)) label = candidate;
  }
  return label;
}

constexpr Generator kAllGenerators[] = {
    Generator::Circle, Generator::Xor,          Generator::Gauss, Generator::Spiral, Generator::Plane,   Generator::MultiGauss,
    Generator::Moons,  Generator::Checkerboard, Generator::Blobs, Generator::Sine,   Generator::Clusters};

}  // namespace

const char* generator_name(Generator g) {
  switch (g) {
    case Generator::Circle: return "circle";
    case Generator::Xor: return "xor";
    case Generator::Gauss: return "gauss";
    case Generator::Spiral: return "spiral";
    case Generator::Plane: return "plane";
    case Generator::MultiGauss: return "multi_gauss";
    case Generator::Moons: return "moons";
    case Generator::Checkerboard: return "checkerboard";
    case Generator::Blobs: return "blobs";
    case Generator::Sine: return "sine";
    case Generator::Clusters: return "clusters";
  }
  return "?";
}

Generator parse_generator(const std::string& name) {
  for (Generator g : kAllGenerators)
    if (name == generator_name(g)) return g;
  throw std::invalid_argument("unknown data set '" + name +
                              "' (expected circle, xor, gauss, spiral, plane, multi_gauss, moons, checkerboard, "
                              "blobs, sine or clusters)");
}

bool generator_is_regression(Generator g) { return g == Generator::Plane || g == Generator::MultiGauss; }
bool generator_has_classes(Generator g) {
  return g == Generator::Spiral || g == Generator::Blobs || g == Generator::Clusters;
}
int generator_default_classes(Generator g) {
  if (generator_is_regression(g)) return 0;
  return g == Generator::Blobs || g == Generator::Clusters ? 3 : 2;
}
bool generator_has_dims(Generator g) { return g == Generator::Clusters; }

Dataset generate(Generator g, int points, double noise, Rng& rng, int classes, int dims) {
  if (classes == 0) classes = generator_default_classes(g);
  if (generator_has_classes(g) && (classes < 2 || classes > kMaxClasses))
    throw std::invalid_argument("data.classes: must be from 2 to " + std::to_string(kMaxClasses));
  switch (g) {
    case Generator::Circle: return circle(points, noise, rng);
    case Generator::Xor: return xor_set(points, noise, rng);
    case Generator::Gauss: return gauss(points, noise, rng);
    case Generator::Spiral: return spiral(points, noise, classes, rng);
    case Generator::Plane: return regression(points, noise, rng, plane_label);
    case Generator::MultiGauss: return regression(points, noise, rng, multi_gauss_label);
    case Generator::Moons: return moons(points, noise, rng);
    case Generator::Checkerboard: return checkerboard(points, noise, rng);
    case Generator::Blobs: return blobs(points, noise, classes, rng);
    case Generator::Sine: return sine(points, noise, rng);
    case Generator::Clusters:
      if (dims < 1) throw std::invalid_argument("data.dims: must be at least 1");
      return clusters(points, noise, classes, dims, rng);
  }
  throw std::invalid_argument("unknown generator");
}

void split(const Dataset& all, double train_ratio, Rng& rng, Dataset& train, Dataset& test) {
  const Index n = all.size();
  std::vector<Index> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), Index(0));
  rng.shuffle(order.begin(), order.end());
  const Index n_train = std::clamp<Index>(Index(std::llround(train_ratio * double(n))), 0, n);
  auto take = [&](Dataset& out, Index from, Index to) {
    out.num_classes = all.num_classes;
    out.image_width = all.image_width;
    out.image_height = all.image_height;
    out.inputs.resize(all.dims(), to - from);
    out.labels.clear();
    out.values.clear();
    for (Index i = from; i < to; ++i) {
      const Index src = order[std::size_t(i)];
      out.inputs.col(i - from) = all.inputs.col(src);
      if (!all.labels.empty()) out.labels.push_back(all.labels[std::size_t(src)]);
      if (!all.values.empty()) out.values.push_back(all.values[std::size_t(src)]);
    }
  };
  take(train, 0, n_train);
  take(test, n_train, n);
}

}  // namespace nn
