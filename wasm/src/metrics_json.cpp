#include "nn/metrics_json.h"

#include <cmath>

namespace nn {

namespace {
template <class T>
nn::Json number_or_null(T x) {
  return std::isfinite(double(x)) ? nn::Json(x) : nn::Json();
}
}  // namespace

nn::Json metrics_json(const Metrics& m) {
  nn::Json j;
#define NN_METRIC_TO_JSON(name, member) j[name] = number_or_null(m.member);
  NN_METRICS_FIELDS(NN_METRIC_TO_JSON)
#undef NN_METRIC_TO_JSON
  j["status"] = status_name(m.status);
  if (m.status == Status::DeadLayer) j["deadLayer"] = m.dead_layer;  // which hidden layer (0-based)
  return j;
}

}  // namespace nn
