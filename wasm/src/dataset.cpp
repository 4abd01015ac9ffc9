// Generators follow TensorFlow Playground's dataset.ts (Apache 2.0) so that students see the
// same shapes; the noise and the seed come from the core's Rng.
#include "nn/dataset.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

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
    b.add_class(rng.normal(c, sd), rng.normal(c, sd), positive ? 1 : 0);
  }
  return b.finish(2);
}

Dataset spiral(int n, double noise, Rng& rng) {
  Builder b;
  for (int arm = 0; arm < 2; ++arm) {
    const int count = arm == 0 ? n / 2 : n - n / 2;
    const double delta = arm == 0 ? 0 : kPi;
    for (int i = 0; i < count; ++i) {
      const double r = double(i) / count * 5, t = 1.75 * double(i) / count * 2 * kPi + delta;
      b.add_class(r * std::sin(t) + rng.uniform(-1, 1) * noise, r * std::cos(t) + rng.uniform(-1, 1) * noise,
                  arm == 0 ? 1 : 0);
    }
  }
  return b.finish(2);
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

}  // namespace

const char* generator_name(Generator g) {
  switch (g) {
    case Generator::Circle: return "circle";
    case Generator::Xor: return "xor";
    case Generator::Gauss: return "gauss";
    case Generator::Spiral: return "spiral";
    case Generator::Plane: return "plane";
    case Generator::MultiGauss: return "multi_gauss";
  }
  return "?";
}

Generator parse_generator(const std::string& name) {
  for (Generator g : {Generator::Circle, Generator::Xor, Generator::Gauss, Generator::Spiral,
                      Generator::Plane, Generator::MultiGauss})
    if (name == generator_name(g)) return g;
  throw std::invalid_argument("unknown data set '" + name +
                              "' (expected circle, xor, gauss, spiral, plane or multi_gauss)");
}

bool generator_is_regression(Generator g) { return g == Generator::Plane || g == Generator::MultiGauss; }

Dataset generate(Generator g, int points, double noise, Rng& rng) {
  switch (g) {
    case Generator::Circle: return circle(points, noise, rng);
    case Generator::Xor: return xor_set(points, noise, rng);
    case Generator::Gauss: return gauss(points, noise, rng);
    case Generator::Spiral: return spiral(points, noise, rng);
    case Generator::Plane: return regression(points, noise, rng, plane_label);
    case Generator::MultiGauss: return regression(points, noise, rng, multi_gauss_label);
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
