#include "nn/catalog.h"

#include <cmath>
#include "nn/json.h"

#include "nn/json_put.h"
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

using json = nn::Json;
using detail::object_at;
using detail::push_json;
using detail::push_string;
using detail::put;

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

// put() and push_*() (json_put.h) rather than `f["key"] = v` and initializer lists: the same
// tree, a call per field (inlined, build_catalog was the module's largest function).
json field_json(const Range& r) {
  const bool list = r.min_length >= 0;
  json f = json::object();
  put(f, "min", r.min);
  put(f, "max", r.max);
  put(f, "default", r.def);
  put(f, "integer", r.integer);
  put(f, "scale", r.scale == Scale::Log ? "log" : "linear");
  put(f, "step", r.step);
  put(f, "sliderMin", std::isnan(r.slider_min) ? r.min : r.slider_min);
  put(f, "sliderMax", std::isnan(r.slider_max) ? r.max : r.slider_max);
  put(f, "choices", r.choices);
  if (list) {
    put(f, "minLength", r.min_length);
    put(f, "maxLength", r.max_length);
    put(f, "sliderMaxLength", r.slider_max_length >= 0 ? r.slider_max_length : r.max_length);
    put(f, "entryDefault", r.def);  // a new entry's value (a new hidden layer's width)
    put(f, "default", r.list_def);
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
    json e = json::object();
    put(e, "name", generator_name(g));
    put(e, "problem", generator_is_regression(g) ? "regression" : "classification");
    put(e, "domain", kDomain);
    put(e, "classes", json());
    if (generator_has_dims(g)) put(e, "dims", json());
    else put(e, "dims", 2);
    // max: what a page's slider offers; the spec accepts up to data.classes.max.
    if (generator_has_classes(g)) {
      json& c = object_at(e, "classes");
      put(c, "min", classes.min);
      put(c, "max", classes.slider_max);
      put(c, "default", generator_default_classes(g));
    }
    push_json(out, std::move(e));
  }
  return out;
}

json surfaces_json() {
  json out = json::array();
  for (SurfaceKind k : all_surfaces()) {
    const Surface s(k);
    const Bounds b = s.bounds();
    json params = json::array();
    if (k == SurfaceKind::Quadratic)
      for (const char* p : {"a", "b", "angle"}) push_string(params, p);
    json domain = json::array();
    for (double x : {b.x_min, b.x_max, b.y_min, b.y_max}) push_json(domain, json(x));
    json e = json::object();
    put(e, "name", surface_name(k));
    put(e, "params", std::move(params));
    put(e, "start", s.default_start());
    put(e, "domain", std::move(domain));
    put(e, "bounded", s.bounded());
    put(e, "minimum", s.reference_point());
    put(e, "racers", lab_surface_racers_json(k));  // each racer's α on this surface
    push_json(out, std::move(e));
  }
  return out;
}

// [name, …] for names(0 … n-1).
template <class Kind, std::size_t N>
json names_json(const Kind (&kinds)[N], const char* (*name)(Kind)) {
  json out = json::array();
  for (Kind k : kinds) push_string(out, name(k));
  return out;
}

json named_params_json(const char* name, const std::vector<const char*>& params) {
  json e = json::object();
  put(e, "name", name);
  json p = json::array();
  for (const char* n : params) push_string(p, n);
  put(e, "params", std::move(p));
  return e;
}

json build_catalog() {
  json c = json::object();
  put(c, "generators", generators_json());
  const Activation activations[] = {Activation::ReLU,   Activation::Tanh,      Activation::Sigmoid,
                                    Activation::Linear, Activation::LeakyReLU, Activation::ELU};
  put(c, "activations", names_json(activations, &activation_name));
  json outputs = json::array();
  for (const char* o : {"auto", "sigmoid", "softmax", "linear"}) push_string(outputs, o);
  put(c, "outputs", std::move(outputs));
  json losses = json::array();
  for (const char* l : {"auto", "cross_entropy", "squared_error"}) push_string(losses, l);
  put(c, "losses", std::move(losses));
  const Init inits[] = {Init::XavierUniform, Init::XavierNormal, Init::HeUniform, Init::HeNormal};
  put(c, "inits", names_json(inits, &init_name));
  const Regularization regularizers[] = {Regularization::None, Regularization::L1, Regularization::L2};
  put(c, "regularizers", names_json(regularizers, &regularization_name));
  const DataSource sources[] = {DataSource::Generator, DataSource::Inline, DataSource::Csv};
  put(c, "dataSources", names_json(sources, &data_source_name));
  json optimizers = json::array();
  for (OptimizerKind k : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::RMSProp,
                          OptimizerKind::AdaGrad, OptimizerKind::Adam, OptimizerKind::AdamW})
    push_json(optimizers, named_params_json(optimizer_name(k), optimizer_param_names(k)));
  put(c, "optimizers", std::move(optimizers));
  json schedules = json::array();
  for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    push_json(schedules, named_params_json(schedule_name(k), schedule_param_names(k)));
  put(c, "schedules", std::move(schedules));
  json features = json::array();
  for (Feature f : {Feature::X1, Feature::X2, Feature::X1Squared, Feature::X2Squared, Feature::X1X2, Feature::SinX1, Feature::SinX2}) {
    json e = json::object();
    put(e, "name", feature_name(f));
    push_json(features, std::move(e));
  }
  put(c, "features", std::move(features));
  put(c, "surfaces", surfaces_json());
  put(c, "racers", lab_racers_json());
  put(c, "lab", lab_scene_json());
  put(c, "domain", kDomain);
  json fields = json::object();
  for (const Range& r : all_ranges()) put(fields, r.path, field_json(r));
  put(c, "fields", std::move(fields));
  return c;
}

}  // namespace

std::string catalog_json() {
  static const std::string text = build_catalog().dump();
  return text;
}

std::string fields_json(const std::vector<std::string>& paths) {
  json fields = json::object();
  for (const std::string& p : paths) put(fields, p.c_str(), field_json(range(p)));
  return fields.dump();
}

}  // namespace nn
