#include "nn/features.h"

#include <cmath>
#include <stdexcept>

namespace nn {

const char* feature_name(Feature f) {
  switch (f) {
    case Feature::X1: return "x1";
    case Feature::X2: return "x2";
    case Feature::X1Squared: return "x1^2";
    case Feature::X2Squared: return "x2^2";
    case Feature::X1X2: return "x1x2";
    case Feature::SinX1: return "sin_x1";
    case Feature::SinX2: return "sin_x2";
  }
  return "?";
}

Feature parse_feature(const std::string& name) {
  for (Feature f : {Feature::X1, Feature::X2, Feature::X1Squared, Feature::X2Squared, Feature::X1X2,
                    Feature::SinX1, Feature::SinX2})
    if (name == feature_name(f)) return f;
  throw std::invalid_argument("unknown feature '" + name +
                              "' (expected x1, x2, x1^2, x2^2, x1x2, sin_x1 or sin_x2)");
}

void make_features(const Matrix& raw, const std::vector<Feature>& features, Matrix& out) {
  out.resize(Index(features.size()), raw.cols());
  // An empty set (no validation set: 2 × 0) has no data: taking its rows would offset a null
  // pointer, which is undefined behaviour even with nothing to copy.
  if (raw.cols() == 0) return;
  for (std::size_t i = 0; i < features.size(); ++i) {
    auto x1 = raw.row(0).array(), x2 = raw.row(1).array();
    auto row = out.row(Index(i)).array();
    switch (features[i]) {
      case Feature::X1: row = x1; break;
      case Feature::X2: row = x2; break;
      case Feature::X1Squared: row = x1.square(); break;
      case Feature::X2Squared: row = x2.square(); break;
      case Feature::X1X2: row = x1 * x2; break;
      case Feature::SinX1: row = x1.sin(); break;
      case Feature::SinX2: row = x2.sin(); break;
    }
  }
}

}  // namespace nn
