#include "nn/sketch.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace nn {

const char* sketch_format_name(SketchFormat f) { return f == SketchFormat::Digits8x8 ? "digits8x8" : "grey28x28"; }

SketchFormat parse_sketch_format(const std::string& name) {
  for (SketchFormat f : {SketchFormat::Digits8x8, SketchFormat::Grey28x28})
    if (name == sketch_format_name(f)) return f;
  throw std::invalid_argument("unknown image format '" + name + "' (expected digits8x8 or grey28x28)");
}

std::vector<int> count_blocks_4x4(const std::vector<unsigned char>& bitmap) {
  if (bitmap.size() != 32 * 32)
    throw std::invalid_argument("a digit bitmap has 32 × 32 pixels, got " + std::to_string(bitmap.size()));
  std::vector<int> counts(64, 0);
  for (int r = 0; r < 32; ++r)
    for (int c = 0; c < 32; ++c) counts[std::size_t((r / 4) * 8 + c / 4)] += bitmap[std::size_t(r * 32 + c)] != 0;
  return counts;
}

void Sketch::begin_stroke(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) throw std::invalid_argument("a stroke point must be finite");
  m_stroke_start.push_back(int(m_x.size()));
  m_x.push_back(x);
  m_y.push_back(y);
}

void Sketch::extend(double x, double y) {
  if (m_stroke_start.empty()) return begin_stroke(x, y);
  if (!std::isfinite(x) || !std::isfinite(y)) throw std::invalid_argument("a stroke point must be finite");
  m_x.push_back(x);
  m_y.push_back(y);
}

void Sketch::clear() {
  m_x.clear();
  m_y.clear();
  m_stroke_start.clear();
}

void Sketch::fit(int size, double radius) {
  const auto [xmin, xmax] = std::minmax_element(m_x.begin(), m_x.end());
  const auto [ymin, ymax] = std::minmax_element(m_y.begin(), m_y.end());
  const double w = *xmax - *xmin, h = *ymax - *ymin;
  const double room = size - 2 * radius;  // the centre lines' box, so the ink reaches the edges
  const double scale = std::max(w, h) > 0 ? room / std::max(w, h) : 0.0;
  const double cx = (*xmin + *xmax) / 2, cy = (*ymin + *ymax) / 2;
  m_u.resize(m_x.size());
  m_v.resize(m_y.size());
  for (std::size_t i = 0; i < m_x.size(); ++i) {
    m_u[i] = size / 2.0 + (m_x[i] - cx) * scale;
    m_v[i] = size / 2.0 + (m_y[i] - cy) * scale;
  }
}

double Sketch::nearest_squared(double px, double py) const {
  double best = 1e300;
  for (std::size_t s = 0; s < m_stroke_start.size(); ++s) {
    const std::size_t begin = std::size_t(m_stroke_start[s]);
    const std::size_t end = s + 1 < m_stroke_start.size() ? std::size_t(m_stroke_start[s + 1]) : m_u.size();
    for (std::size_t i = begin; i < end; ++i) {
      // segment (i, i+1), or the single point of a one-point stroke
      const std::size_t j = i + 1 < end ? i + 1 : i;
      if (j == i && end - begin > 1) break;
      const double ax = m_u[i], ay = m_v[i], dx = m_u[j] - ax, dy = m_v[j] - ay;
      const double len2 = dx * dx + dy * dy;
      const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
      const double ex = ax + t * dx - px, ey = ay + t * dy - py;
      best = std::min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

const std::vector<float>& Sketch::render(SketchFormat format) {
  if (format == SketchFormat::Digits8x8) {
    const int n = kDigitBitmap;
    m_bitmap.assign(std::size_t(n * n), 0);
    if (!m_x.empty()) {
      fit(n, kDigitPenRadius);
      const double r2 = kDigitPenRadius * kDigitPenRadius;
      for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) m_bitmap[std::size_t(r * n + c)] = nearest_squared(c + 0.5, r + 0.5) <= r2;
    }
    m_counts = count_blocks_4x4(m_bitmap);
    m_out.resize(64);
    for (std::size_t i = 0; i < 64; ++i) m_out[i] = float(m_counts[i]) / 16.0f;
    return m_out;
  }
  // Grey: each pixel's ink coverage, estimated on a 4 × 4 grid of sample points, quantized to
  // the data set's 256 grey levels.
  const int n = kGreySize, sub = 4;
  m_out.assign(std::size_t(n * n), 0.0f);
  if (m_x.empty()) return m_out;
  fit(n, kGreyPenRadius);
  const double r2 = kGreyPenRadius * kGreyPenRadius;
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < n; ++c) {
      int inked = 0;
      for (int i = 0; i < sub; ++i)
        for (int j = 0; j < sub; ++j) inked += nearest_squared(c + (j + 0.5) / sub, r + (i + 0.5) / sub) <= r2;
      m_out[std::size_t(r * n + c)] = float(std::lround(255.0 * inked / (sub * sub))) / 255.0f;
    }
  return m_out;
}

}  // namespace nn
