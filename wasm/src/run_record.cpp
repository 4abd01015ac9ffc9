#include "nn/run_record.h"

#include <cmath>
#include "nn/json.h"

#include "nn/metrics_json.h"
#include "nn/model_file.h"
#include "nn/spec.h"

#ifndef DESCENT_CODE_VERSION
#define DESCENT_CODE_VERSION "descent (unknown version)"
#endif

namespace nn {

namespace {

using json = nn::Json;

constexpr const char* kFormat = "descent-run";

double number_of(const json& v) { return v.is_number() ? v.as_double() : std::nan(""); }

json parse_record(const std::string& text) {
  json r;
  try {
    r = json::parse(text);
  } catch (const JsonParseError&) {
    throw SpecError("run record: not valid JSON");
  }
  if (!r.is_object() || r.string_or("format", "") != kFormat)
    throw SpecError(std::string("run record: not a run record (\"format\" must be \"") + kFormat + "\")");
  for (const char* key : {"spec", "history", "model", "platform"})
    if (!r.contains(key)) throw SpecError(std::string("run record.") + key + ": is missing");
  if (!r["history"].is_array()) throw SpecError("run record.history: must be an array");
  if (r["history"].size() > RunRecorder::kMaxEpochs) throw SpecError("run record.history: too many epochs");
  return r;
}

// |a − b| relative to the larger magnitude; two missing values (NaN) are equal.
double relative_difference(double a, double b) {
  if (std::isnan(a) && std::isnan(b)) return 0;
  if (std::isnan(a) || std::isnan(b)) return INFINITY;
  if (a == b) return 0;
  return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-30});
}

}  // namespace

const char* code_version() { return DESCENT_CODE_VERSION; }

void RunRecorder::record(const Metrics& m) {
  if (m_history.size() >= kMaxEpochs)
    throw std::length_error("a run record holds at most " + std::to_string(kMaxEpochs) + " epochs");
  m_history.push_back(m);
}

std::string RunRecorder::to_json(Trainer& trainer, const std::string& platform) const {
  json history = json::array();
  for (const Metrics& m : m_history) history.push_back(metrics_json(m));  // status included
  json r = {{"format", kFormat},
            {"version", 1},
            {"code", code_version()},
            {"platform", platform},
            {"spec", json::parse(spec_to_json(trainer.spec()))},
            {"epochs", m_history.size()},
            {"status", status_name(trainer.status())},
            {"history", history},
            {"model", json::parse(save_model(trainer, true))}};
  return r.dump();
}

RunRecordContents read_run_record(const std::string& record_json) {
  const json r = parse_record(record_json);
  RunRecordContents out;
  out.spec = parse_spec(r["spec"].dump());
  if (!r["model"].is_object()) throw SpecError("run record.model: must be a model file (an object)");
  out.model_json = r["model"].dump();
  out.code = r.string_or("code", "");
  out.platform = r["platform"].is_string() ? r["platform"].as_string() : "";
  const json& history = r["history"];
  out.history.reserve(history.size());
  for (std::size_t i = 0; i < history.size(); ++i) {
    const json& h = history[i];
    const std::string where = "run record.history[" + std::to_string(i) + "]";
    if (!h.is_object()) throw SpecError(where + ": must be an object");
    Metrics m;
    auto get = [&](const char* key) { return h.contains(key) ? number_of(h[key]) : std::nan(""); };
#define NN_METRIC_FROM_JSON(name, member) m.member = decltype(m.member)(std::isfinite(get(name)) ? get(name) : 0);
    NN_METRICS_FIELDS(NN_METRIC_FROM_JSON)
#undef NN_METRIC_FROM_JSON
    m.test_loss = get("testLoss");  // NaN stays NaN: an empty test set, regression's accuracy
    m.train_loss = get("trainLoss");
    m.train_accuracy = get("trainAccuracy");
    m.test_accuracy = get("testAccuracy");
    // A diverged epoch keeps the count of the last finite one (the runner records it so).
    const bool diverged_last = i + 1 == history.size() && h["status"] == "diverged";
    if (m.epoch != (long long)(i) + 1 && !(diverged_last && m.epoch == (long long)(i)))
      throw SpecError(where + ".epoch: must be " + std::to_string(i + 1) + ", got " + std::to_string(m.epoch));
    const std::string status = !h.contains("status") ? "ok" : h["status"].is_string() ? h["status"].as_string() : "?";
    if (status == "ok") m.status = Status::Ok;
    else if (status == "diverged") m.status = Status::Diverged;
    else if (status == "early_stopped") m.status = Status::EarlyStopped;
    else throw SpecError(where + ".status: must be ok, diverged or early_stopped, got '" + status + "'");
    out.history.push_back(m);
  }
  return out;
}

ExperimentSpec run_record_spec(const std::string& record_json) {
  return parse_spec(parse_record(record_json)["spec"].dump());
}

VerifyResult verify_run(const std::string& record_json, const std::string& csv_text) {
  const json r = parse_record(record_json);
  const ExperimentSpec spec = parse_spec(r["spec"].dump());
  VerifyResult out;
  out.tolerance = r["platform"] == "native" ? 0.0 : kWasmTolerance;
  Trainer trainer(spec, csv_text);
  const json& history = r["history"];
  auto differs = [&](long long epoch, const std::string& what) {
    out.first_differing_epoch = epoch;
    out.message = "differs at epoch " + std::to_string(epoch) + ": " + what;
    const std::string recorded_code = r.string_or("code", "");
    if (recorded_code != code_version())  // a change of code may change the numbers, too
      out.message += " (recorded by " + recorded_code + ", retrained by " + code_version() + ")";
    return out;
  };
  for (std::size_t i = 0; i < history.size(); ++i) {
    const json& h = history[i];
    if (!h.is_object()) throw SpecError("run record.history[" + std::to_string(i) + "]: must be an object");
    const long long epoch = (long long)(i) + 1;
    if (trainer.status() != Status::Ok) return differs(epoch, "the training had already ended here (" +
                                                                  std::string(status_name(trainer.status())) + ")");
    const Status status = trainer.train_epochs(1);
    const Metrics& m = trainer.metrics();
    const std::string recorded_status = h.string_or("status", "ok");
    if (recorded_status != status_name(status))
      return differs(epoch, "status '" + recorded_status + "', retrained '" + status_name(status) + "'");
    const std::pair<const char*, double> values[] = {
        {"trainLoss", m.train_loss},       {"testLoss", m.test_loss},
        {"trainAccuracy", m.train_accuracy}, {"testAccuracy", m.test_accuracy},
        {"learningRate", m.learning_rate}, {"penalty", m.penalty},
        {"zeroWeights", double(m.zero_weights)}, {"epoch", double(m.epoch)}};
    for (const auto& [key, value] : values) {
      const double recorded = h.contains(key) ? number_of(h[key]) : std::nan("");
      // Accuracy moves in whole examples: a point on the boundary may fall either way when
      // the builds round differently, so it gets 1 % besides the relative tolerance.
      const bool accuracy = std::string(key).find("Accuracy") != std::string::npos;
      const double d = relative_difference(recorded, value);
      const bool ok = out.tolerance == 0 ? d == 0
                      : accuracy         ? std::abs(recorded - value) <= 0.01 || d <= out.tolerance
                                         : d <= out.tolerance;
      if (!accuracy && std::isfinite(d)) out.worst_relative_difference = std::max(out.worst_relative_difference, d);
      if (!ok) {
        char text[160];
        std::snprintf(text, sizeof text, "%s recorded %.17g, retrained %.17g", key, recorded, value);
        return differs(epoch, text);
      }
    }
  }
  // The final model: every weight, bias and running statistic.
  const json& model = r["model"];
  const json* params = model.contains("params") ? &model["params"] : nullptr;
  if (!params || !params->is_array() || params->size() != std::size_t(trainer.params().size()))
    return differs((long long)history.size(), "the model's parameters do not fit the spec's network");
  for (std::size_t i = 0; i < params->size(); ++i) {
    const double d = relative_difference(number_of((*params)[i]), double(trainer.params()[Index(i)]));
    out.worst_relative_difference = std::max(out.worst_relative_difference, std::isfinite(d) ? d : 0.0);
    if (out.tolerance == 0 ? d != 0 : d > out.tolerance * 10)  // weights: 10× the loss tolerance
      return differs((long long)history.size(), "final weight " + std::to_string(i) + " is not the retrained one");
  }
  if (r.string_or("status", "ok") != std::string(status_name(trainer.status())))
    return differs((long long)history.size(), "final status differs");
  out.verified = true;
  char text[200];
  std::snprintf(text, sizeof text, "verified: %zu epochs, %s", history.size(),
                out.tolerance == 0 ? "bit for bit" : "within the browser tolerance");
  out.message = text;
  if (out.tolerance > 0) {
    std::snprintf(text, sizeof text, " (relative %.0e; worst difference %.1e)", out.tolerance, out.worst_relative_difference);
    out.message += text;
  }
  return out;
}

}  // namespace nn
