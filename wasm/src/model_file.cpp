#include "nn/model_file.h"

#include <cmath>
#include <limits>
#include "nn/json.h"

#include "json_reader.h"

namespace nn {
namespace {

using detail::ObjectReader;
using json = nn::Json;

constexpr const char* kFormat = "descent-model";

json architecture_json(const Architecture& a) {
  json activations = json::array();
  for (Activation f : a.activations) activations.push_back(activation_name(f));
  return {{"inputs", a.inputs},   {"hidden", a.hidden},   {"activations", activations},
          {"outputs", a.outputs}, {"dropout", a.dropout}, {"batchNorm", a.batch_norm}};
}

template <class Range>
json numbers(const Range& values) {
  json out = json::array();
  for (auto v : values) out.push_back(double(v));  // float → double is exact
  return out;
}

// Reads exactly `count` finite numbers that fit a float into out (which is resized).
void read_numbers(const json* v, const std::string& path, std::size_t count, std::vector<Scalar>& out) {
  if (!v) ObjectReader::fail(path, "is missing");
  if (!v->is_array()) ObjectReader::fail(path, "must be an array, got " + ObjectReader::type_of(*v));
  if (v->size() != count)
    ObjectReader::fail(path, "must have " + std::to_string(count) + " numbers for this architecture, got " +
                                 std::to_string(v->size()));
  out.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const json& x = (*v)[i];
    if (!x.is_number())
      ObjectReader::fail(path + "[" + std::to_string(i) + "]",
                         "must be a number, got " + ObjectReader::type_of(x));
    const double d = x.as_double();
    if (!std::isfinite(d) || std::abs(d) > double(std::numeric_limits<Scalar>::max()))
      ObjectReader::fail(path + "[" + std::to_string(i) + "]", "must be a finite number");
    out[i] = Scalar(d);
  }
}

// What must match to load weights: everything but the dropout rates, which change no shape.
json shape_of(json arch) {
  if (arch.is_object()) arch.erase("dropout");
  return arch;
}

// The file's "spec", checked like any spec; its messages get the file's path in front
// ("model file.spec.model.hidden[0]: …").
ExperimentSpec read_spec(ObjectReader& r) {
  const json* spec = r.find("spec");
  if (!spec) ObjectReader::fail("model file.spec", "is missing (a model file holds the experiment it was trained in)");
  if (!spec->is_object()) ObjectReader::fail("model file.spec", "must be an object, got " + ObjectReader::type_of(*spec));
  try {
    return parse_spec(spec->dump());
  } catch (const SpecError& e) {
    const std::string m = e.what();
    throw SpecError(m.rfind("spec: ", 0) == 0 ? "model file." + m : "model file.spec." + m);
  }
}

json parse_model_file(const std::string& text) {
  return detail::parse_strict(text, "model file", " (truncated?)");
}

// The right format and version (r reads the file's top-level object).
void check_header(ObjectReader& r) {
  const std::string format = r.string("format", "", 64);
  if (format != kFormat)
    ObjectReader::fail("model file.format", "must be \"descent-model\", got \"" + ObjectReader::shown(format) + "\"");
  r.integer("version", 1, 1, 1);
}

// Sums of squares (AdaGrad's G, RMSProp's and Adam's s) are never negative; a negative one
// would make the next step's √s NaN, so a file holding one is damaged.
bool must_be_non_negative(const std::string& state_name) { return state_name == "G" || state_name == "s"; }

// A short form of a JSON value for messages: at most a few hundred characters.
std::string cut_dump(const json& v) {
  std::string d = v.dump(-1, true);  // ASCII only, so the cut never splits a character
  if (d.size() > 300) d = d.substr(0, 300) + "… (" + std::to_string(d.size()) + " characters)";
  return d;
}

}  // namespace

std::string save_model(Trainer& trainer, bool with_optimizer_state) {
  json j;
  j["format"] = kFormat;
  j["version"] = 1;
  j["spec"] = json::parse(spec_to_json(trainer.spec()));
  j["architecture"] = architecture_json(trainer.architecture());
  j["epoch"] = trainer.metrics().epoch;
  const Rng::State rs = trainer.rng().save();  // resuming draws the same shuffles and masks
  j["rng"] = {{"state", rs.state}, {"inc", rs.inc}, {"spare", rs.spare}, {"hasSpare", rs.has_spare}};
  const Vector& p = trainer.params();
  const Vector& s = trainer.state();
  // JSON has no infinity: a non-finite weight would be written as null and the file could not
  // be loaded back. Refuse instead of writing a file that silently lost the model.
  if (!p.allFinite() || !s.allFinite())
    throw SpecError("the model has weights that are not finite numbers (training diverged?); it cannot be saved");
  j["params"] = numbers(std::vector<Scalar>(p.data(), p.data() + p.size()));
  j["batchNormState"] = numbers(std::vector<Scalar>(s.data(), s.data() + s.size()));
  if (with_optimizer_state) {
    Optimizer<Scalar>& opt = trainer.optimizer();
    opt.prepare(std::size_t(p.size()));  // a fresh optimizer has empty state until its first step
    json state = json::object();
    for (auto& [name, buffer] : opt.named_state()) {
      for (Scalar x : *buffer)
        if (!std::isfinite(x))
          throw SpecError(std::string("the optimizer's state '") + name + "' is not finite (training diverged?); the model cannot be saved");
      state[name] = numbers(*buffer);
    }
    j["optimizer"] = {{"kind", optimizer_name(opt.kind())}, {"t", opt.t()}, {"state", state}};
  }
  return j.dump();
}

ExperimentSpec model_file_spec(const std::string& text) {
  const json root = parse_model_file(text);
  ObjectReader r(root, "model file");
  check_header(r);
  return read_spec(r);
}

void load_model(Trainer& trainer, const std::string& text) {
  const json root = parse_model_file(text);
  ObjectReader r(root, "model file");
  check_header(r);
  read_spec(r);  // the architecture below is what must match; the spec must still be valid
  const json* arch = r.find("architecture");
  if (!arch) ObjectReader::fail("model file.architecture", "is missing");
  const json expected = shape_of(architecture_json(trainer.architecture()));
  if (shape_of(*arch) != expected)
    ObjectReader::fail("model file.architecture", "does not match this experiment: the file has " +
                                                      cut_dump(shape_of(*arch)) + ", the experiment " +
                                                      cut_dump(expected));
  const long long epoch = r.integer("epoch", 0, 0, std::numeric_limits<int>::max());
  Rng::State rng = trainer.rng().save();
  const bool has_rng = r.has("rng");
  detail::read_object(r, "rng", [&](ObjectReader& g) {
    for (const char* key : {"state", "inc"}) {
      const json* v = g.find(key);
      if (!v || !v->is_number_unsigned())
        ObjectReader::fail(g.field(key), "must be an unsigned 64-bit integer");
      (std::string(key) == "state" ? rng.state : rng.inc) = v->as_uint64();
    }
    rng.spare = g.number("spare", 0.0, -1e300, 1e300);
    rng.has_spare = g.boolean("hasSpare", false);
  });
  std::vector<Scalar> params, state;
  read_numbers(r.find("params"), "model file.params", std::size_t(trainer.params().size()), params);
  read_numbers(r.find("batchNormState"), "model file.batchNormState", std::size_t(trainer.state().size()),
               state);

  Optimizer<Scalar>& opt = trainer.optimizer();
  const auto named = opt.named_state();
  std::vector<std::vector<Scalar>> opt_state(named.size());
  long long t = 0;
  const bool has_optimizer = r.has("optimizer");
  detail::read_object(r, "optimizer", [&](ObjectReader& o) {
    const std::string kind = o.string("kind", "", 64);
    if (kind != optimizer_name(opt.kind()))
      ObjectReader::fail("model file.optimizer.kind", "the file's optimizer is '" + ObjectReader::shown(kind) +
                                                          "', this experiment uses '" +
                                                          optimizer_name(opt.kind()) + "'");
    t = o.integer("t", 0, 0, std::numeric_limits<long long>::max() / 2);
    const json* s = o.find("state");
    if (!s || !s->is_object()) ObjectReader::fail("model file.optimizer.state", "must be an object");
    ObjectReader sr(*s, "model file.optimizer.state");
    for (std::size_t i = 0; i < named.size(); ++i) {
      const std::string name = named[i].first;
      read_numbers(sr.find(name), sr.field(name), params.size(), opt_state[i]);
      if (must_be_non_negative(name))
        for (std::size_t k = 0; k < opt_state[i].size(); ++k)
          if (opt_state[i][k] < 0)
            ObjectReader::fail(sr.field(name) + "[" + std::to_string(k) + "]",
                               "must not be negative (a sum of squared gradients), got " +
                                   ObjectReader::fmt_float(opt_state[i][k]));
    }
    sr.finish();
  });
  r.finish();

  // Everything is valid: now change the trainer.
  std::copy(params.begin(), params.end(), trainer.params().data());
  std::copy(state.begin(), state.end(), trainer.state().data());
  if (has_optimizer) {
    opt.prepare(params.size());
    for (std::size_t i = 0; i < named.size(); ++i) *named[i].second = opt_state[i];
    opt.set_t(t);
  } else {
    opt.reset();
  }
  if (has_rng) trainer.rng().restore(rng);
  trainer.loaded(epoch);
}

}  // namespace nn
