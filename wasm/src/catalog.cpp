#include "nn/catalog.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "nn/activation.h"
#include "nn/data_source.h"
#include "nn/dataset.h"
#include "nn/features.h"
#include "nn/lab_catalog.h"
#include "nn/layer.h"
#include "nn/ranges.h"
#include "nn/spec.h"
#include "nn/surface.h"

namespace nn {

using nlohmann::json;

std::vector<const char*> optimizer_param_names(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::SGD: return {"learningRate"};
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov: return {"learningRate", "momentum"};
    case OptimizerKind::AdaGrad: return {"learningRate", "epsilon"};
    case OptimizerKind::RMSProp: return {"learningRate", "rho", "epsilon"};
    case OptimizerKind::Adam: return {"learningRate", "beta1", "beta2", "epsilon"};
    case OptimizerKind::AdamW: return {"learningRate", "beta1", "beta2", "epsilon", "weightDecay"};
  }
  return {};
}

std::vector<const char*> schedule_param_names(ScheduleKind kind) {
  switch (kind) {
    case ScheduleKind::Constant: return {};
    case ScheduleKind::Step: return {"stepEpochs", "gamma"};
    case ScheduleKind::Exponential: return {"decay"};
    case ScheduleKind::Cosine: return {"periodEpochs", "minLearningRate"};
  }
  return {};
}

namespace {

json field_json(const Range& r) {
  const bool list = r.min_length >= 0;
  json f = {{"min", r.min},
            {"max", r.max},
            {"default", r.def},
            {"integer", r.integer},
            {"scale", r.scale == Scale::Log ? "log" : "linear"},
            {"step", r.step},
            {"sliderMin", std::isnan(r.slider_min) ? r.min : r.slider_min},
            {"sliderMax", std::isnan(r.slider_max) ? r.max : r.slider_max},
            {"choices", r.choices}};
  if (list) {
    f["minLength"] = r.min_length;
    f["maxLength"] = r.max_length;
    f["sliderMaxLength"] = r.slider_max_length >= 0 ? r.slider_max_length : r.max_length;
    f["entryDefault"] = r.def;  // a new entry's value (a new hidden layer's width)
    f["default"] = r.list_def;
  }
  return f;
}

json generators_json() {
  // The 2-D classification sets first, then regression, then the N-dimensional one: the
  // order a picker shows them in.
  const Generator order[] = {Generator::Circle, Generator::Xor,   Generator::Gauss,        Generator::Spiral,
                             Generator::Moons,  Generator::Checkerboard, Generator::Sine, Generator::Blobs,
                             Generator::Plane,  Generator::MultiGauss,   Generator::Clusters};
  const Range& classes = range("data.classes");
  json out = json::array();
  for (Generator g : order) {
    json e = {{"name", generator_name(g)},
              {"problem", generator_is_regression(g) ? "regression" : "classification"},
              {"domain", kDomain},
              {"classes", nullptr},
              {"dims", generator_has_dims(g) ? json(nullptr) : json(2)}};
    // max: what a page's slider offers; the spec accepts up to data.classes.max.
    if (generator_has_classes(g))
      e["classes"] = {{"min", classes.min}, {"max", classes.slider_max}, {"default", generator_default_classes(g)}};
    out.push_back(std::move(e));
  }
  return out;
}

json surfaces_json() {
  json out = json::array();
  for (SurfaceKind k : all_surfaces()) {
    const Surface s(k);
    const Bounds b = s.bounds();
    json params = k == SurfaceKind::Quadratic ? json{"a", "b", "angle"} : json::array();
    out.push_back({{"name", surface_name(k)},
                   {"params", params},
                   {"start", s.default_start()},
                   {"domain", {b.x_min, b.x_max, b.y_min, b.y_max}},
                   {"bounded", s.bounded()},
                   {"minimum", s.reference_point()},
                   {"racers", lab_surface_racers_json(k)}});  // each racer's α on this surface
  }
  return out;
}

json build_catalog() {
  json c;
  c["generators"] = generators_json();
  c["activations"] = json::array();
  for (Activation a : {Activation::ReLU, Activation::Tanh, Activation::Sigmoid, Activation::Linear, Activation::LeakyReLU,
                       Activation::ELU})
    c["activations"].push_back(activation_name(a));
  c["outputs"] = {"auto", "sigmoid", "softmax", "linear"};
  c["losses"] = {"auto", "cross_entropy", "squared_error"};
  c["inits"] = json::array();
  for (Init i : {Init::XavierUniform, Init::XavierNormal, Init::HeUniform, Init::HeNormal}) c["inits"].push_back(init_name(i));
  c["regularizers"] = json::array();
  for (Regularization r : {Regularization::None, Regularization::L1, Regularization::L2})
    c["regularizers"].push_back(regularization_name(r));
  c["dataSources"] = json::array();
  for (DataSource s : {DataSource::Generator, DataSource::Inline, DataSource::Csv}) c["dataSources"].push_back(data_source_name(s));
  c["optimizers"] = json::array();
  for (OptimizerKind k : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::RMSProp,
                          OptimizerKind::AdaGrad, OptimizerKind::Adam, OptimizerKind::AdamW})
    c["optimizers"].push_back({{"name", optimizer_name(k)}, {"params", optimizer_param_names(k)}});
  c["schedules"] = json::array();
  for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    c["schedules"].push_back({{"name", schedule_name(k)}, {"params", schedule_param_names(k)}});
  c["features"] = json::array();
  for (Feature f : {Feature::X1, Feature::X2, Feature::X1Squared, Feature::X2Squared, Feature::X1X2, Feature::SinX1, Feature::SinX2})
    c["features"].push_back({{"name", feature_name(f)}});
  c["surfaces"] = surfaces_json();
  c["racers"] = lab_racers_json();
  c["lab"] = lab_scene_json();
  c["domain"] = kDomain;
  json fields = json::object();
  for (const Range& r : all_ranges()) fields[r.path] = field_json(r);
  c["fields"] = std::move(fields);
  return c;
}

}  // namespace

std::string catalog_json() {
  static const std::string text = build_catalog().dump();
  return text;
}

std::string fields_json(const std::vector<std::string>& paths) {
  json fields = json::object();
  for (const std::string& p : paths) fields[p] = field_json(range(p));
  return fields.dump();
}

}  // namespace nn
