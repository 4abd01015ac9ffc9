// Two-dimensional loss surfaces for the optimizer lab, each with its analytic gradient.
// The racers (race.h) walk them with the same Optimizer<double> classes that train the
// networks; the page only draws what the core computes here (values on a grid, contour
// segments, log-spaced levels).
#pragma once
#include <array>
#include <string>
#include <vector>

namespace nn {

enum class SurfaceKind {
  Quadratic,     // a·u² + b·v², (u, v) = (x, y) rotated by −angle: the course's example
  Rosenbrock,    // (1 − x)² + 100·(y − x²)²: a curved, narrow valley
  Saddle,        // x² − y²
  MonkeySaddle,  // x³ − 3·x·y²
  Plateau,       // 1 − exp(−(x² + y²)/2): nearly flat far out, then a drop
  Himmelblau,    // (x² + y − 11)² + (x + y² − 7)²: four minima
  Wells,         // a shallow bowl with three Gaussian wells of different depth
  Beale,         // (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²
};

const char* surface_name(SurfaceKind kind);
SurfaceKind parse_surface(const std::string& name);  // throws std::invalid_argument
std::vector<SurfaceKind> all_surfaces();

// Parameters of the quadratic (ignored by the other surfaces).
struct QuadraticParams {
  double a = 1.0;      // curvature coefficient along u
  double b = 10.0;     // curvature coefficient along v
  double angle = 0.0;  // rotation of the eigen-directions, radians
};

struct Bounds {
  double x_min, x_max, y_min, y_max;
};

class Surface {
 public:
  explicit Surface(SurfaceKind kind = SurfaceKind::Quadratic, const QuadraticParams& q = {});

  SurfaceKind kind() const { return m_kind; }
  const QuadraticParams& quadratic() const { return m_q; }

  double value(double x, double y) const;
  // ∇f at (x, y) into g[0], g[1]; returns f.
  double gradient(double x, double y, double* g) const;

  // The window the page shows, and a start point that tells the surface's story.
  Bounds bounds() const;
  std::array<double, 2> default_start() const;

  // Surfaces with a global minimum report its value (exact where known, else found
  // numerically at construction); saddles are unbounded below and report their critical
  // value instead. Losses are shown as f − reference().
  bool bounded() const { return m_bounded; }
  double reference() const { return m_reference; }
  // Location of the global minimum (or the saddle point).
  std::array<double, 2> reference_point() const { return m_reference_point; }

 private:
  SurfaceKind m_kind;
  QuadraticParams m_q;
  bool m_bounded = true;
  double m_reference = 0;
  std::array<double, 2> m_reference_point{0, 0};
};

// f on an n×n grid over the surface's bounds plus log-spaced contour levels and the
// marching-squares segments of each level. Cell centres are not used: grid node (i, j) is at
// x = x_min + j·(x_max − x_min)/(n − 1), y = y_max − i·(y_max − y_min)/(n − 1) (row 0 at the top).
struct ContourMap {
  int n = 0;
  Bounds bounds{};
  std::vector<double> values;  // n² values of f − reference, row-major from the top-left
  // Levels of f − reference, geometric between the smallest and largest |f − reference| on
  // the grid; negative levels (saddles) mirror them below the reference.
  std::vector<double> levels;
  // Each node's position on the log scale of the levels, in [−1, 1]: 0 at the smallest
  // magnitude, ±1 at the largest (negative below the reference). The page colours by it.
  std::vector<float> shade;
  // x1, y1, x2, y2, level index per segment, in surface coordinates.
  std::vector<float> segments;
};

// Throws std::invalid_argument unless 8 ≤ n ≤ 1024 and 2 ≤ levels_per_side ≤ 64.
ContourMap contour_map(const Surface& s, int n, int levels_per_side);
// The same for any n² grid of values (already relative to their reference) over `bounds`,
// e.g. a linear regression's loss over (w, b) (linear_regression.h).
ContourMap contour_map(std::vector<double> values, int n, const Bounds& bounds, int levels_per_side);

}  // namespace nn
