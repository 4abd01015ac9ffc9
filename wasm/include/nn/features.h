// Input features computed from the raw 2-D point, as TensorFlow Playground's toggles.
#pragma once
#include <string>
#include <vector>

#include "nn/tensor.h"

namespace nn {

enum class Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2 };

const char* feature_name(Feature f);           // "x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"
Feature parse_feature(const std::string& name);  // throws std::invalid_argument

// raw: 2 × N points; out: |features| × N.
void make_features(const Matrix& raw, const std::vector<Feature>& features, Matrix& out);

}  // namespace nn
