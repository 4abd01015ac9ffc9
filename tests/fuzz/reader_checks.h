// What the fuzzers check about each reader, shared by the libFuzzer targets (fuzz_*.cpp, which
// abort on a problem so the fuzzer keeps the input) and the native test that replays the seed
// corpus and every input the fuzzers ever found (tests/native/fuzz_regressions_test.cpp).
// Each returns "" when the reader behaved, else what it did wrong. A reader may refuse any
// input, but only with its own exception type: anything else escaping is a crash.
#pragma once
#include <cmath>
#include <stdexcept>
#include <string>

#include "nn/csv.h"
#include "nn/model_file.h"
#include "nn/spec.h"

namespace nn::fuzz {

// A spec parses or is refused with SpecError; what parses survives its canonical form.
inline std::string check_spec(const std::string& text) {
  std::string canonical;
  try {
    canonical = spec_to_json(parse_spec(text));
  } catch (const SpecError&) {
    return "";
  }
  try {
    if (spec_to_json(parse_spec(canonical)) != canonical) return "the canonical form changes when read again";
  } catch (const SpecError& e) {
    return std::string("the canonical form of an accepted spec is refused: ") + e.what();
  }
  return "";
}

// One small trainer with every kind of saved state: Adam moments, batch-norm statistics, dropout.
inline Trainer& model_file_trainer() {
  static Trainer t(parse_spec(R"({"seed": 3, "data": {"generator": "spiral", "points": 40},
      "model": {"hidden": [3, 2], "batchNorm": true, "dropout": 0.1}, "optimizer": {"kind": "adam"}})"));
  return t;
}

// A model file loads or is refused with SpecError changing nothing; what loads is finite and
// can be saved and loaded again. model_file_spec (the page's size check) must behave too.
inline std::string check_model_file(const std::string& text) {
  try {
    model_file_spec(text);
  } catch (const SpecError&) {
  }
  Trainer& t = model_file_trainer();
  const Vector params = t.params(), state = t.state();
  try {
    load_model(t, text);
  } catch (const SpecError&) {
    if (t.params() != params || t.state() != state) return "a refused file changed the trainer";
    return "";
  }
  if (!t.params().allFinite() || !t.state().allFinite()) return "a loaded file left non-finite weights";
  try {
    load_model(t, save_model(t, true));
  } catch (const SpecError& e) {
    return std::string("a loaded model cannot be saved and loaded again: ") + e.what();
  }
  return "";
}

// CSV text gives rectangular rows of finite numbers, or is refused with std::invalid_argument.
inline std::string check_csv(const std::string& text) {
  std::vector<std::vector<double>> rows;
  try {
    rows = parse_csv(text);
  } catch (const std::invalid_argument&) {
    return "";
  }
  for (const auto& row : rows) {
    if (row.size() != rows[0].size()) return "rows of different lengths";
    if (row.size() < 2) return "a row with fewer than two fields";
    for (double x : row)
      if (!std::isfinite(x)) return "a non-finite value";
  }
  return "";
}

}  // namespace nn::fuzz
