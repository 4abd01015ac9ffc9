#include "nn/spec.h"

#include <cmath>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace nn {
namespace {

using nlohmann::json;

// Reads one JSON object, remembering its path for messages and which keys were used, so that
// finish() can reject the ones nobody asked for (a typo must not be silently ignored).
class ObjectReader {
 public:
  ObjectReader(const json& j, std::string path) : m_j(j), m_path(std::move(path)) {
    if (!m_j.is_object()) fail(m_path, "must be an object, got " + type_of(m_j));
  }

  [[noreturn]] static void fail(const std::string& path, const std::string& what) {
    throw SpecError((path.empty() ? std::string("spec") : path) + ": " + what);
  }
  static std::string type_of(const json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return "an integer";
    if (v.is_number()) return "a number";
    return std::string(v.is_string() ? "a string" : v.is_boolean() ? "a boolean" : v.is_array() ? "an array"
                       : v.is_object() ? "an object" : "null");
  }
  std::string field(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }

  const json* find(const std::string& key) {
    m_used.insert(key);
    auto it = m_j.find(key);
    return it == m_j.end() ? nullptr : &*it;
  }

  double number(const std::string& key, double def, double lo, double hi) {
    const json* v = find(key);
    if (!v) return def;
    return check_number(*v, field(key), lo, hi);
  }
  static double check_number(const json& v, const std::string& path, double lo, double hi) {
    if (!v.is_number()) fail(path, "must be a number, got " + type_of(v));
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < lo || x > hi) fail(path, "must be from " + fmt(lo) + " to " + fmt(hi) + ", got " + fmt(x));
    return x;
  }
  static long long check_integer(const json& v, const std::string& path, long long lo, long long hi) {
    if (!v.is_number_integer() && !v.is_number_unsigned() &&
        !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>()))
      fail(path, "must be an integer, got " + type_of(v));
    const double x = v.get<double>();
    if (x < double(lo) || x > double(hi))
      fail(path, "must be from " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " + fmt(x));
    return static_cast<long long>(x);
  }
  long long integer(const std::string& key, long long def, long long lo, long long hi) {
    const json* v = find(key);
    return v ? check_integer(*v, field(key), lo, hi) : def;
  }
  template <class Enum>
  Enum choice(const std::string& key, Enum def, Enum (*parse)(const std::string&)) {
    const json* v = find(key);
    if (!v) return def;
    return parse_choice(*v, field(key), parse);
  }
  template <class Enum>
  static Enum parse_choice(const json& v, const std::string& path, Enum (*parse)(const std::string&)) {
    if (!v.is_string()) fail(path, "must be a string, got " + type_of(v));
    try {
      return parse(v.get<std::string>());
    } catch (const std::invalid_argument& e) {
      fail(path, e.what());
    }
  }
  std::string string_choice(const std::string& key, const std::string& def, const std::set<std::string>& allowed) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_string()) fail(field(key), "must be a string, got " + type_of(*v));
    const std::string s = v->get<std::string>();
    if (!allowed.count(s)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      fail(field(key), "unknown value '" + s + "' (expected one of " + list + ")");
    }
    return s;
  }
  const json* array(const std::string& key, std::size_t min_len, std::size_t max_len) {
    const json* v = find(key);
    if (!v) return nullptr;
    if (!v->is_array()) fail(field(key), "must be an array, got " + type_of(*v));
    if (v->size() < min_len || v->size() > max_len)
      fail(field(key), "must have " + std::to_string(min_len) + " to " + std::to_string(max_len) +
                           " entries, got " + std::to_string(v->size()));
    return v;
  }

  void finish() const {
    for (auto it = m_j.begin(); it != m_j.end(); ++it)
      if (!m_used.count(it.key())) fail(field(it.key()), "unknown field");
  }

  static std::string fmt(double x) {
    std::ostringstream s;
    s << x;
    return s.str();
  }

 private:
  const json& m_j;
  std::string m_path;
  std::set<std::string> m_used;
};

template <class Fn>
void read_object(ObjectReader& parent, const std::string& key, Fn&& fn) {
  if (const json* v = parent.find(key)) {
    ObjectReader r(*v, parent.field(key));
    fn(r);
    r.finish();
  }
}

Regularization parse_regularization(const std::string& name) {
  for (Regularization r : {Regularization::None, Regularization::L1, Regularization::L2})
    if (name == regularization_name(r)) return r;
  throw std::invalid_argument("unknown regularization '" + name + "' (expected none, l1 or l2)");
}

}  // namespace

const char* regularization_name(Regularization r) {
  return r == Regularization::L1 ? "l1" : r == Regularization::L2 ? "l2" : "none";
}

ExperimentSpec parse_spec(const std::string& text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    throw SpecError(std::string("spec is not valid JSON: ") + e.what());
  }
  ExperimentSpec s;
  ObjectReader r(root, "");
  r.integer("version", 1, 1, 1);
  s.seed = uint64_t(r.integer("seed", 1, 0, 9007199254740991LL));

  read_object(r, "data", [&](ObjectReader& d) {
    s.data.generator = d.choice("generator", s.data.generator, &parse_generator);
    s.data.points = int(d.integer("points", s.data.points, 4, 100000));
    s.data.noise = d.number("noise", s.data.noise, 0.0, 0.5);
    s.data.train_ratio = d.number("trainRatio", s.data.train_ratio, 0.1, 0.9);
  });

  if (const json* f = r.array("features", 1, 7)) {
    s.features.clear();
    for (std::size_t i = 0; i < f->size(); ++i) {
      const Feature feat = ObjectReader::parse_choice((*f)[i], "features[" + std::to_string(i) + "]", &parse_feature);
      for (Feature seen : s.features)
        if (seen == feat) ObjectReader::fail("features[" + std::to_string(i) + "]", std::string("duplicate feature '") + feature_name(feat) + "'");
      s.features.push_back(feat);
    }
  }

  std::string activation = "tanh";
  read_object(r, "model", [&](ObjectReader& m) {
    if (const json* h = m.array("hidden", 0, 16)) {
      s.model.hidden.clear();
      for (std::size_t i = 0; i < h->size(); ++i)
        s.model.hidden.push_back(int(ObjectReader::check_integer((*h)[i], m.field("hidden[" + std::to_string(i) + "]"), 1, 1024)));
    }
    activation = activation_name(m.choice("activation", Activation::Tanh, &parse_activation));
    s.model.output = m.string_choice("output", "auto", {"auto", "sigmoid", "softmax", "linear"});
    s.model.loss = m.string_choice("loss", "auto", {"auto", "cross_entropy", "squared_error"});
    s.model.init = m.choice("init", s.model.init, &parse_init);
  });
  s.model.activations.assign(s.model.hidden.size(), parse_activation(activation));

  read_object(r, "optimizer", [&](ObjectReader& o) {
    auto& p = s.optimizer.params;
    s.optimizer.kind = o.choice("kind", s.optimizer.kind, &parse_optimizer);
    p.learning_rate = o.number("learningRate", p.learning_rate, 1e-7, 10.0);
    p.momentum = o.number("momentum", p.momentum, 0.0, 0.9999);
    p.rho = o.number("rho", p.rho, 0.0, 0.9999);
    p.beta1 = o.number("beta1", p.beta1, 0.0, 0.9999);
    p.beta2 = o.number("beta2", p.beta2, 0.0, 0.999999);
    p.epsilon = o.number("epsilon", p.epsilon, 1e-12, 1.0);
    p.weight_decay = o.number("weightDecay", p.weight_decay, 0.0, 1.0);
  });

  read_object(r, "regularization", [&](ObjectReader& g) {
    s.regularization.kind = g.choice("kind", s.regularization.kind, &parse_regularization);
    s.regularization.rate = g.number("rate", s.regularization.rate, 0.0, 10.0);
  });

  read_object(r, "training", [&](ObjectReader& t) {
    s.training.batch_size = int(t.integer("batchSize", s.training.batch_size, 1, 100000));
    s.training.epochs = int(t.integer("epochs", s.training.epochs, 0, 10000000));
  });

  r.finish();

  // Cross-field rules, checked once everything is read.
  const bool regression = generator_is_regression(s.data.generator);
  if (regression && (s.model.output == "sigmoid" || s.model.output == "softmax"))
    ObjectReader::fail("model.output", "a regression data set needs a linear output");
  if (!regression && s.model.output == "linear")
    ObjectReader::fail("model.output", "a classification data set needs a sigmoid or softmax output");
  if (s.model.loss == "cross_entropy" && regression)
    ObjectReader::fail("model.loss", "cross-entropy needs a classification data set");
  return s;
}

std::string spec_to_json(const ExperimentSpec& s) {
  json j;
  j["version"] = 1;
  j["seed"] = s.seed;
  j["data"] = {{"generator", generator_name(s.data.generator)},
               {"points", s.data.points},
               {"noise", s.data.noise},
               {"trainRatio", s.data.train_ratio}};
  j["features"] = json::array();
  for (Feature f : s.features) j["features"].push_back(feature_name(f));
  j["model"] = {{"hidden", s.model.hidden},
                {"activation", activation_name(s.model.activations.empty() ? Activation::Tanh : s.model.activations[0])},
                {"output", s.model.output},
                {"loss", s.model.loss},
                {"init", init_name(s.model.init)}};
  const auto& p = s.optimizer.params;
  j["optimizer"] = {{"kind", optimizer_name(s.optimizer.kind)}, {"learningRate", p.learning_rate},
                    {"momentum", p.momentum}, {"rho", p.rho}, {"beta1", p.beta1}, {"beta2", p.beta2},
                    {"epsilon", p.epsilon}, {"weightDecay", p.weight_decay}};
  j["regularization"] = {{"kind", regularization_name(s.regularization.kind)}, {"rate", s.regularization.rate}};
  j["training"] = {{"batchSize", s.training.batch_size}, {"epochs", s.training.epochs}};
  return j.dump(2);
}

}  // namespace nn
