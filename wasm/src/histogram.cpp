#include "nn/histogram.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace nn {

double nice_ceiling(double v) {
  if (!(v > 0) || !std::isfinite(v)) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double step : {1.0, 2.0, 5.0, 10.0})
    if (step * p >= v * (1 - 1e-12)) return step * p;
  return 10 * p;
}

namespace {

void check_bins(int bins) {
  if (bins < 1 || bins > 200) throw std::invalid_argument("a histogram has 1 to 200 bins, got " + std::to_string(bins));
}

// Adds values[0 … n) to h (whose lo, hi and counts are set), accumulating the sums for mean/sd.
void add_values(Histogram& h, const Scalar* values, Index n, double& sum, double& sum_sq) {
  const int bins = int(h.counts.size());
  const double width = (h.hi - h.lo) / bins;
  for (Index i = 0; i < n; ++i) {
    const double v = double(values[i]);
    if (!std::isfinite(v)) continue;
    const int k = std::clamp(int(std::floor((v - h.lo) / width)), 0, bins - 1);
    ++h.counts[std::size_t(k)];
    ++h.total;
    h.zeros += v == 0;
    sum += v;
    sum_sq += v * v;
  }
}

void finish(Histogram& h, double sum, double sum_sq) {
  if (h.total == 0) return;
  h.mean = sum / double(h.total);
  h.sd = std::sqrt(std::max(0.0, sum_sq / double(h.total) - h.mean * h.mean));
}

}  // namespace

Histogram histogram(const Scalar* values, Index n, double lo, double hi, int bins) {
  check_bins(bins);
  if (!(lo < hi)) throw std::invalid_argument("a histogram's range needs lo < hi");
  Histogram h;
  h.lo = lo;
  h.hi = hi;
  h.counts.assign(std::size_t(bins), 0);
  double sum = 0, sum_sq = 0;
  add_values(h, values, n, sum, sum_sq);
  finish(h, sum, sum_sq);
  return h;
}

Histogram weight_histogram(const Vector& params, const std::vector<std::pair<Index, Index>>& ranges, int bins) {
  check_bins(bins);
  double largest = 0;
  for (const auto& [offset, count] : ranges)
    for (Index i = 0; i < count; ++i) {
      const double a = std::abs(double(params[offset + i]));
      if (std::isfinite(a)) largest = std::max(largest, a);
    }
  Histogram h;
  h.hi = nice_ceiling(largest);
  h.lo = -h.hi;
  h.counts.assign(std::size_t(bins), 0);
  double sum = 0, sum_sq = 0;
  for (const auto& [offset, count] : ranges) add_values(h, params.data() + offset, count, sum, sum_sq);
  finish(h, sum, sum_sq);
  return h;
}

Histogram value_histogram(const Scalar* values, Index n, int bins) {
  check_bins(bins);
  double lo = 0, hi = 0;
  bool any = false;
  for (Index i = 0; i < n; ++i) {
    const double v = double(values[i]);
    if (!std::isfinite(v)) continue;
    lo = any ? std::min(lo, v) : v;
    hi = any ? std::max(hi, v) : v;
    any = true;
  }
  if (!(lo < hi)) { lo -= 0.5; hi += 0.5; }
  return histogram(values, n, lo, hi, bins);
}

}  // namespace nn
