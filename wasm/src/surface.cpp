#include "nn/surface.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "nn/ranges.h"

namespace nn {

namespace {

// The wells of SurfaceKind::Wells: centre, depth, width. The deepest is not the nearest to
// the default start, so a greedy descent settles in a shallower one.
struct Well {
  double cx, cy, depth, sigma;
};
constexpr Well kWells[] = {{-2.0, -1.5, 1.0, 0.9}, {2.2, 1.6, 2.0, 0.7}, {1.2, -2.2, 0.7, 0.55}};
constexpr double kBowl = 0.04;  // f = kBowl·(x² + y²) − Σ depth·exp(−r²/(2σ²))

double wells_gradient(double x, double y, double* g) {
  double f = kBowl * (x * x + y * y);
  double gx = 2 * kBowl * x, gy = 2 * kBowl * y;
  for (const Well& w : kWells) {
    const double dx = x - w.cx, dy = y - w.cy, s2 = w.sigma * w.sigma;
    const double e = w.depth * std::exp(-(dx * dx + dy * dy) / (2 * s2));
    f -= e;
    gx += e * dx / s2;  // ∂/∂x of −d·exp(−r²/2σ²) = d·exp(·)·dx/σ²
    gy += e * dy / s2;
  }
  g[0] = gx;
  g[1] = gy;
  return f;
}

}  // namespace

const char* surface_name(SurfaceKind kind) {
  switch (kind) {
    case SurfaceKind::Quadratic: return "quadratic";
    case SurfaceKind::Rosenbrock: return "rosenbrock";
    case SurfaceKind::Saddle: return "saddle";
    case SurfaceKind::MonkeySaddle: return "monkey";
    case SurfaceKind::Plateau: return "plateau";
    case SurfaceKind::Himmelblau: return "himmelblau";
    case SurfaceKind::Wells: return "wells";
    case SurfaceKind::Beale: return "beale";
  }
  return "?";
}

std::vector<SurfaceKind> all_surfaces() {
  return {SurfaceKind::Quadratic, SurfaceKind::Rosenbrock, SurfaceKind::Saddle, SurfaceKind::MonkeySaddle,
          SurfaceKind::Plateau,   SurfaceKind::Himmelblau, SurfaceKind::Wells,  SurfaceKind::Beale};
}

SurfaceKind parse_surface(const std::string& name) {
  for (SurfaceKind k : all_surfaces())
    if (name == surface_name(k)) return k;
  throw std::invalid_argument("unknown surface '" + name +
                              "' (expected quadratic, rosenbrock, saddle, monkey, plateau, himmelblau, "
                              "wells or beale)");
}

namespace {

struct WellsMinimum { double f, x, y; };

// The deepest point of the wells. No closed form: the best node of a fine grid, then gradient
// descent with a step that halves whenever f would rise. The wells are constants, so it is
// found once per process: the 401 × 401 search in every constructor was 36 ms of each lab
// start and of every catalog() (docs/performance.md, "Start-up, third round").
const WellsMinimum& wells_minimum(const Bounds& b) {
  static const WellsMinimum m = [&b] {
    double best = std::numeric_limits<double>::infinity(), bx = 0, by = 0, g[2];
    for (int i = 0; i <= 400; ++i)
      for (int j = 0; j <= 400; ++j) {
        const double x = b.x_min + (b.x_max - b.x_min) * j / 400, y = b.y_min + (b.y_max - b.y_min) * i / 400;
        const double f = wells_gradient(x, y, g);
        if (f < best) best = f, bx = x, by = y;
      }
    double step = 0.05;
    for (int k = 0; k < 5000 && step > 1e-15; ++k) {
      wells_gradient(bx, by, g);
      const double nx = bx - step * g[0], ny = by - step * g[1], f = wells_gradient(nx, ny, g);
      if (f <= best) best = f, bx = nx, by = ny;
      else step *= 0.5;
    }
    return WellsMinimum{best, bx, by};
  }();
  return m;
}

}  // namespace

Surface::Surface(SurfaceKind kind, const QuadraticParams& q) : m_kind(kind), m_q(q) {
  if (kind == SurfaceKind::Quadratic) {  // the lab's own limits, shared with its sliders
    check_range(range("lab.a"), q.a);
    check_range(range("lab.b"), q.b);
  }
  switch (kind) {
    case SurfaceKind::Saddle:
    case SurfaceKind::MonkeySaddle:
      m_bounded = false;  // critical point at the origin, value 0
      break;
    case SurfaceKind::Rosenbrock: m_reference_point = {1, 1}; break;
    case SurfaceKind::Himmelblau: m_reference_point = {3, 2}; break;
    case SurfaceKind::Beale: m_reference_point = {3, 0.5}; break;
    case SurfaceKind::Wells: {
      const WellsMinimum& m = wells_minimum(bounds());
      m_reference = m.f;
      m_reference_point = {m.x, m.y};
      break;
    }
    default: break;
  }
}

double Surface::value(double x, double y) const {
  double g[2];
  return gradient(x, y, g);
}

double Surface::gradient(double x, double y, double* g) const {
  switch (m_kind) {
    case SurfaceKind::Quadratic: {
      // u = c·x + s·y, v = −s·x + c·y;  f = a·u² + b·v²;  ∇f = 2a·u·∇u + 2b·v·∇v
      const double c = std::cos(m_q.angle), s = std::sin(m_q.angle);
      const double u = c * x + s * y, v = -s * x + c * y;
      g[0] = 2 * m_q.a * u * c - 2 * m_q.b * v * s;
      g[1] = 2 * m_q.a * u * s + 2 * m_q.b * v * c;
      return m_q.a * u * u + m_q.b * v * v;
    }
    case SurfaceKind::Rosenbrock: {
      const double p = 1 - x, q = y - x * x;
      g[0] = -2 * p - 400 * x * q;
      g[1] = 200 * q;
      return p * p + 100 * q * q;
    }
    case SurfaceKind::Saddle:
      g[0] = 2 * x;
      g[1] = -2 * y;
      return x * x - y * y;
    case SurfaceKind::MonkeySaddle:
      g[0] = 3 * x * x - 3 * y * y;
      g[1] = -6 * x * y;
      return x * x * x - 3 * x * y * y;
    case SurfaceKind::Plateau: {
      const double e = std::exp(-(x * x + y * y) / 2);
      g[0] = x * e;
      g[1] = y * e;
      return 1 - e;
    }
    case SurfaceKind::Himmelblau: {
      const double p = x * x + y - 11, q = x + y * y - 7;
      g[0] = 4 * x * p + 2 * q;
      g[1] = 2 * p + 4 * y * q;
      return p * p + q * q;
    }
    case SurfaceKind::Wells: return wells_gradient(x, y, g);
    case SurfaceKind::Beale: {
      const double y2 = y * y, y3 = y2 * y;
      const double t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y2, t3 = 2.625 - x + x * y3;
      g[0] = 2 * t1 * (y - 1) + 2 * t2 * (y2 - 1) + 2 * t3 * (y3 - 1);
      g[1] = 2 * t1 * x + 2 * t2 * 2 * x * y + 2 * t3 * 3 * x * y2;
      return t1 * t1 + t2 * t2 + t3 * t3;
    }
  }
  g[0] = g[1] = 0;
  return 0;
}

Bounds Surface::bounds() const {
  switch (m_kind) {
    case SurfaceKind::Quadratic: return {-3, 3, -3, 3};
    case SurfaceKind::Rosenbrock: return {-2, 2, -1, 3};
    case SurfaceKind::Saddle: return {-2, 2, -2, 2};
    case SurfaceKind::MonkeySaddle: return {-2, 2, -2, 2};
    case SurfaceKind::Plateau: return {-5, 5, -5, 5};
    case SurfaceKind::Himmelblau: return {-5, 5, -5, 5};
    case SurfaceKind::Wells: return {-4, 4, -4, 4};
    case SurfaceKind::Beale: return {-4.5, 4.5, -4.5, 4.5};
  }
  return {-1, 1, -1, 1};
}

std::array<double, 2> Surface::default_start() const {
  switch (m_kind) {
    case SurfaceKind::Quadratic: return {-2.5, 1.5};
    case SurfaceKind::Rosenbrock: return {-1.5, 2.5};
    case SurfaceKind::Saddle: return {-1.5, 0};
    case SurfaceKind::MonkeySaddle: return {1.5, 0};
    case SurfaceKind::Plateau: return {-3.5, 1};
    case SurfaceKind::Himmelblau: return {0, 0};
    case SurfaceKind::Wells: return {-3, 0.5};
    case SurfaceKind::Beale: return {-1, 3};
  }
  return {0, 0};
}

// ------------------------------------------------------------------ contour map

namespace {

// Point on the edge between nodes (x0, y0, f0) and (x1, y1, f1) where f = level.
void crossing(double x0, double y0, double f0, double x1, double y1, double f1, double level, float* out) {
  const double t = (level - f0) / (f1 - f0);
  out[0] = float(x0 + t * (x1 - x0));
  out[1] = float(y0 + t * (y1 - y0));
}

}  // namespace

ContourMap contour_map(const Surface& s, int n, int levels_per_side) {
  if (n < 8 || n > 1024) throw std::invalid_argument("contour grid: n must be from 8 to 1024");
  const Bounds b = s.bounds();
  const double dx = (b.x_max - b.x_min) / (n - 1), dy = (b.y_max - b.y_min) / (n - 1);
  std::vector<double> values(std::size_t(n) * n);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) values[std::size_t(i) * n + j] = s.value(b.x_min + j * dx, b.y_max - i * dy) - s.reference();
  return contour_map(std::move(values), n, b, levels_per_side);
}

ContourMap contour_map(std::vector<double> values, int n, const Bounds& bounds, int levels_per_side) {
  if (n < 8 || n > 1024) throw std::invalid_argument("contour grid: n must be from 8 to 1024");
  if (values.size() != std::size_t(n) * n) throw std::invalid_argument("contour grid: need n² values");
  if (levels_per_side < 2 || levels_per_side > 64)
    throw std::invalid_argument("contour grid: levels must be from 2 to 64");
  ContourMap m;
  m.n = n;
  m.bounds = bounds;
  const Bounds& b = m.bounds;
  const double dx = (b.x_max - b.x_min) / (n - 1), dy = (b.y_max - b.y_min) / (n - 1);
  m.values = std::move(values);
  double pos_lo = std::numeric_limits<double>::infinity(), pos_hi = 0;
  double neg_lo = std::numeric_limits<double>::infinity(), neg_hi = 0;
  for (double d : m.values) {
    if (d > 0) pos_lo = std::min(pos_lo, d), pos_hi = std::max(pos_hi, d);
    if (d < 0) neg_lo = std::min(neg_lo, -d), neg_hi = std::max(neg_hi, -d);
  }
  // One shared log scale for both signs, from the smallest to the largest magnitude, but at
  // most 8 decades (a node on the minimum would otherwise stretch it without bound).
  double hi = std::max(pos_hi, neg_hi);
  double lo = std::min(pos_lo, neg_lo);
  if (!(hi > 0)) hi = 1;
  if (!(lo < hi) || lo < hi * 1e-8) lo = std::max(hi * 1e-8, std::min(lo, hi * 0.5));
  const double log_lo = std::log(lo), log_hi = std::log(hi);
  // Levels strictly inside (lo, hi): the extremes would only touch single nodes.
  std::vector<double> mags;
  for (int k = 1; k <= levels_per_side; ++k)
    mags.push_back(std::exp(log_lo + (log_hi - log_lo) * k / (levels_per_side + 1)));
  if (neg_hi > 0)
    for (auto it = mags.rbegin(); it != mags.rend(); ++it)
      if (*it < neg_hi) m.levels.push_back(-*it);
  if (pos_hi > 0)
    for (double v : mags)
      if (v < pos_hi) m.levels.push_back(v);

  m.shade.resize(m.values.size());
  for (std::size_t k = 0; k < m.values.size(); ++k) {
    const double d = m.values[k], mag = std::abs(d);
    const double t = mag <= lo ? 0.0 : std::min(1.0, (std::log(mag) - log_lo) / (log_hi - log_lo));
    m.shade[k] = float(d < 0 ? -t : t);
  }

  // Marching squares. Corners of cell (i, j): 0 top-left, 1 top-right, 2 bottom-right,
  // 3 bottom-left. The ambiguous cases (opposite corners above) are resolved by the centre
  // value, the mean of the corners.
  auto at = [&](int i, int j) { return m.values[std::size_t(i) * n + j]; };
  for (int li = 0; li < int(m.levels.size()); ++li) {
    const double level = m.levels[li];
    for (int i = 0; i + 1 < n; ++i)
      for (int j = 0; j + 1 < n; ++j) {
        const double f[4] = {at(i, j), at(i, j + 1), at(i + 1, j + 1), at(i + 1, j)};
        const double xs[4] = {b.x_min + j * dx, b.x_min + (j + 1) * dx, b.x_min + (j + 1) * dx, b.x_min + j * dx};
        const double ys[4] = {b.y_max - i * dy, b.y_max - i * dy, b.y_max - (i + 1) * dy, b.y_max - (i + 1) * dy};
        int code = 0;
        for (int c = 0; c < 4; ++c)
          if (f[c] > level) code |= 1 << c;
        if (code == 0 || code == 15) continue;
        // Edges: e between corner e and e+1 (mod 4).
        auto edge = [&](int e, float* out) {
          const int a = e, c = (e + 1) % 4;
          crossing(xs[a], ys[a], f[a], xs[c], ys[c], f[c], level, out);
        };
        int pairs[2][2];
        int count = 0;
        int cut[4], cuts = 0;
        for (int e = 0; e < 4; ++e) {
          const bool above_a = (code >> e) & 1, above_b = (code >> ((e + 1) % 4)) & 1;
          if (above_a != above_b) cut[cuts++] = e;
        }
        if (cuts == 2) {
          pairs[0][0] = cut[0], pairs[0][1] = cut[1];
          count = 1;
        } else if (cuts == 4) {
          const bool centre_above = (f[0] + f[1] + f[2] + f[3]) / 4 > level;
          const bool corner0_above = code & 1;
          // If the centre agrees with corner 0, corner 0 and the centre are joined, so the
          // lines cut off corners 1 and 3; otherwise they cut off corners 0 and 2.
          if (centre_above == corner0_above) {
            pairs[0][0] = 0, pairs[0][1] = 1;  // around corner 1
            pairs[1][0] = 2, pairs[1][1] = 3;  // around corner 3
          } else {
            pairs[0][0] = 3, pairs[0][1] = 0;  // around corner 0
            pairs[1][0] = 1, pairs[1][1] = 2;  // around corner 2
          }
          count = 2;
        }
        for (int p = 0; p < count; ++p) {
          float seg[4];
          edge(pairs[p][0], seg);
          edge(pairs[p][1], seg + 2);
          m.segments.insert(m.segments.end(), {seg[0], seg[1], seg[2], seg[3], float(li)});
        }
      }
  }
  return m;
}

}  // namespace nn
