// The catalog is the parser's own table: every numeric field's default parses back as the
// spec's default, its ends are accepted, a value just outside either end is rejected with a
// message naming the field, and the lab's setters reject what the spec rejects, word for word.
#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "nn/catalog.h"
#include "nn/dataset.h"
#include "nn/features.h"
#include "nn/race.h"
#include "nn/ranges.h"
#include "nn/spec.h"

namespace nn {
namespace {

using nlohmann::json;

bool is_spec_field(const Range& r) {
  const std::string p = r.path;
  for (const char* page : {"view.", "lab.", "regression.", "houses.", "images.", "export.", "embed."})
    if (p.rfind(page, 0) == 0) return false;
  return true;
}

// A spec that sets `path` to x, with whatever else that field needs to be allowed.
json spec_with(const std::string& path, double x) {
  json s = json::object();
  if (path == "model.hidden") {
    s["model"]["hidden"] = {x};
  } else if (path == "data.inline") {
    s["data"] = {{"source", "inline"}, {"inline", {{x, 0}, {0, 1}, {1, 0}, {0, 0}}}};
  } else {
    json* at = &s;
    std::size_t from = 0, dot;
    while ((dot = path.find('.', from)) != std::string::npos) {
      at = &(*at)[path.substr(from, dot - from)];
      from = dot + 1;
    }
    (*at)[path.substr(from)] = x;
    if (path == "data.classes" || path == "data.dims") s["data"]["generator"] = "clusters";
    if (path.rfind("data.table.", 0) == 0) s["data"]["source"] = "csv";
    if (path == "data.table.quantiles") s["data"]["table"]["rule"] = "quantiles";
    if (path.rfind("data.line.", 0) == 0) s["data"]["source"] = "line";
    if (path == "data.validationRatio") s["data"]["trainRatio"] = 0.1;  // their sum is at most 1
    // xMin < xMax: the other end goes past the value checked.
    if (path == "data.line.xMin") s["data"]["line"]["xMax"] = std::clamp(x + 1, -1e9 + 1, 1e9);
    if (path == "data.line.xMax") s["data"]["line"]["xMin"] = std::clamp(x - 1, -1e9, 1e9 - 1);
  }
  return s;
}

std::string parse_error(const json& spec) {
  try {
    parse_spec(spec.dump());
  } catch (const SpecError& e) {
    return e.what();
  }
  return "";
}

double just_below(const Range& r) { return r.integer ? r.min - 1 : r.min - std::max(std::abs(r.min) * 1e-6, 1e-9); }
double just_above(const Range& r) { return r.integer ? r.max + 1 : r.max + std::max(std::abs(r.max) * 1e-6, 1e-9); }

TEST(Catalog, EveryRangeIsWhatTheParserAccepts) {
  int checked = 0;
  for (const Range& r : all_ranges()) {
    if (!is_spec_field(r)) continue;
    SCOPED_TRACE(r.path);
    for (double ok : {r.min, r.max, r.def}) {
      // The ends of the x range need the other end beyond them, outside the table's range.
      if ((r.path == std::string("data.line.xMin") && ok == r.max) || (r.path == std::string("data.line.xMax") && ok == r.min)) continue;
      EXPECT_EQ(parse_error(spec_with(r.path, ok)), "") << ok;
    }
    for (double bad : {just_below(r), just_above(r)}) {
      const std::string message = parse_error(spec_with(r.path, bad));
      EXPECT_EQ(message.rfind(r.path, 0), 0u) << message;
      EXPECT_NE(message.find("must be from"), std::string::npos) << message;
    }
    ++checked;
  }
  EXPECT_GE(checked, 27);
}

TEST(Catalog, EveryNumericSpecFieldHasARange) {
  // Walk the canonical form of a spec that shows every field and look each number up.
  const json canonical = json::parse(spec_to_json(parse_spec(
      R"({"data": {"generator": "clusters"}, "training": {"earlyStopping": {"patience": 0}}})")));
  std::vector<std::string> missing;
  std::function<void(const json&, const std::string&)> walk = [&](const json& j, const std::string& path) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) walk(it.value(), path.empty() ? it.key() : path + "." + it.key());
      return;
    }
    if (j.is_number() || (j.is_array() && !j.empty() && j[0].is_number())) {
      try {
        range(path);
      } catch (const std::logic_error&) {
        missing.push_back(path);
      }
    }
  };
  walk(canonical, "");
  EXPECT_TRUE(missing.empty()) << "no range for " << json(missing).dump();
}

TEST(Catalog, DefaultsAreTheSpecsDefaults) {
  const json defaults = json::parse(spec_to_json(parse_spec("{}")));
  for (const Range& r : all_ranges()) {
    if (!is_spec_field(r)) continue;
    std::string pointer = "/";
    for (char c : std::string(r.path)) pointer += c == '.' ? '/' : c;
    if (!defaults.contains(json::json_pointer(pointer))) continue;  // only for some generators or sources
    SCOPED_TRACE(r.path);
    const json& value = defaults[json::json_pointer(pointer)];
    if (r.min_length >= 0) {
      EXPECT_EQ(value, json(r.list_def));
    } else if (value.is_array()) {  // model.dropout: one rate per layer
      for (const json& v : value) EXPECT_DOUBLE_EQ(v.get<double>(), r.def);
    } else {
      EXPECT_DOUBLE_EQ(value.get<double>(), r.def);
    }
  }
  EXPECT_EQ(range("optimizer.learningRate").def, parse_spec("{}").optimizer.params.learning_rate);
  EXPECT_EQ(range("model.hidden").list_def, std::vector<double>({4, 2}));
}

TEST(Catalog, MenuValuesLieInTheirRanges) {
  for (const Range& r : all_ranges()) {
    SCOPED_TRACE(r.path);
    for (double c : r.choices) EXPECT_NO_THROW(check_range(r, c));
    EXPECT_NO_THROW(check_range(r, r.def));
    if (!std::isnan(r.slider_min)) {
      EXPECT_GE(r.slider_min, r.min);
      EXPECT_LE(r.slider_max, r.max);
    }
  }
}

TEST(Catalog, DescribesEveryChoiceTheParserKnows) {
  const json c = json::parse(catalog_json());
  for (const char* key : {"generators", "activations", "outputs", "losses", "inits", "regularizers", "dataSources", "optimizers",
                          "schedules", "features", "surfaces", "racers", "fields"})
    EXPECT_TRUE(c.contains(key)) << key;
  std::set<std::string> names;
  for (const json& g : c["generators"]) {
    const Generator gen = parse_generator(g["name"]);
    names.insert(g["name"].get<std::string>());
    EXPECT_EQ(g["problem"] == "regression", generator_is_regression(gen));
    EXPECT_EQ(!g["classes"].is_null(), generator_has_classes(gen)) << g["name"];
    EXPECT_EQ(g["domain"].get<double>(), kDomain);
  }
  EXPECT_EQ(names.size(), 11u);
  for (const json& a : c["activations"]) EXPECT_NO_THROW(parse_activation(a));
  for (const json& f : c["features"]) EXPECT_NO_THROW(parse_feature(f["name"]));
  for (const json& i : c["inits"]) EXPECT_NO_THROW(parse_init(i));
  EXPECT_EQ(c["features"].size(), 7u);
  // Every hyperparameter an optimizer or schedule lists is a field with a range.
  for (const json& o : c["optimizers"]) {
    const OptimizerKind kind = parse_optimizer(o["name"]);
    (void)kind;
    for (const json& p : o["params"]) EXPECT_TRUE(c["fields"].contains("optimizer." + p.get<std::string>())) << p;
  }
  EXPECT_EQ(c["optimizers"].size(), 7u);
  for (const json& s : c["schedules"]) {
    parse_schedule(s["name"]);
    for (const json& p : s["params"]) EXPECT_TRUE(c["fields"].contains("optimizer.schedule." + p.get<std::string>())) << p;
  }
  const json& lr = c["fields"]["optimizer.learningRate"];
  EXPECT_EQ(lr["min"].get<double>(), range("optimizer.learningRate").min);
  EXPECT_EQ(lr["scale"], "log");
  EXPECT_EQ(c["fields"]["model.hidden"]["default"], json({4, 2}));
  EXPECT_EQ(c["fields"]["model.hidden"]["maxLength"], 16);
  for (const json& r : c["racers"])
    for (auto it = r["params"].begin(); it != r["params"].end(); ++it)
      EXPECT_NO_THROW(check_range(range("optimizer." + it.key()), it.value().get<double>()));
}

std::string race_error(void (*fn)(Race&)) {
  const Surface surface;
  Race race(surface);
  try {
    fn(race);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "";
}

TEST(Catalog, TheLabRejectsWhatTheSpecRejectsWithTheSameMessage) {
  const std::string spec_lr = parse_error(json::parse(R"({"optimizer": {"learningRate": 100}})"));
  EXPECT_EQ(spec_lr, "optimizer.learningRate: must be from 1e-07 to 10, got 100");
  EXPECT_EQ(race_error([](Race& r) {
              OptimizerParams p;
              p.learning_rate = 100;
              r.add(OptimizerKind::SGD, p);
            }),
            spec_lr);
  const std::string spec_beta = parse_error(json::parse(R"({"optimizer": {"momentum": 0.99995}})"));
  EXPECT_EQ(race_error([](Race& r) {
              const std::size_t i = r.add(OptimizerKind::Momentum, {});
              OptimizerParams p;
              p.momentum = 0.99995;
              r.set_params(i, p);
            }),
            spec_beta);
  // A rejected value changes nothing.
  Race race;
  const std::size_t i = race.add(OptimizerKind::Adam, {});
  OptimizerParams p;
  p.beta2 = 1;
  EXPECT_THROW(race.set_params(i, p), SpecError);
  EXPECT_EQ(race.params(i).beta2, OptimizerParams().beta2);
  EXPECT_EQ(race_error([](Race& r) { r.set_noise(-1); }), "lab.noise: must be from 0 to 100, got -1");
}

}  // namespace
}  // namespace nn
