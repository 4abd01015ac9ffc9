// Histograms the playground draws beside the network: of the weights (L1 pushes many to exactly
// 0, a spike; L2 shrinks them all, a narrower bell) and of a batch-norm layer's pre-activations
// before and after normalization. Pure functions over values the trainer already holds.
#pragma once
#include <utility>
#include <vector>

#include "nn/tensor.h"

namespace nn {

struct Histogram {
  double lo = 0, hi = 0;    // the bins split [lo, hi] into equal widths
  std::vector<int> counts;  // one per bin; bin k holds lo + k·w ≤ v < lo + (k+1)·w (the last one also hi)
  long long total = 0;      // values counted (non-finite values are left out)
  long long zeros = 0;      // values exactly 0
  double mean = 0, sd = 0;  // of the counted values (population sd)
};

// The smallest "nice" number 1, 2 or 5 × 10^k that is ≥ v (v > 0): axis ends a student can read.
double nice_ceiling(double v);

// `bins` equal bins over [lo, hi] (lo < hi); values outside are counted in the end bins.
// Throws std::invalid_argument for bins outside 1 … 200.
Histogram histogram(const Scalar* values, Index n, double lo, double hi, int bins);

// The weights of the given (offset, length) ranges of a flat parameter buffer (the Dense weight
// matrices, as Network::weight_ranges gives them), over a symmetric range [−m, m] with m the
// nice ceiling of the largest |w|. With an odd `bins` the middle bin is centred on 0, so L1's
// exact zeros stand as one spike.
Histogram weight_histogram(const Vector& params, const std::vector<std::pair<Index, Index>>& ranges, int bins);

// values[0 … n) over their own range [min, max] (widened by ±0.5 if they are all equal).
Histogram value_histogram(const Scalar* values, Index n, int bins);

}  // namespace nn
