// The core's JSON (nn/json.h) against nlohmann::json, which it replaced and which stays here
// as the reference: the same text must give the same tree, and the same tree the same bytes,
// or the core's files, catalogs and records would change. Doubles are the delicate part (the
// Grisu2 digits, the fixed/exponential switch), then strings (escapes, invalid UTF-8).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "nn/json.h"
#include "nn/model_file.h"
#include "nn/run_record.h"
#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {
namespace {

namespace fs = std::filesystem;
using ref = nlohmann::json;

// "" if the two trees are the same (types included: signed, unsigned and float integers are
// told apart, a float by its bits), else where they differ.
std::string difference(const Json& a, const ref& b, const std::string& path = "$") {
  auto differ = [&](const std::string& what) { return path + ": " + what + " (ours " + a.dump() + ", nlohmann " + b.dump() + ")"; };
  switch (a.type()) {
    case Json::Type::Null: return b.is_null() ? "" : differ("type");
    case Json::Type::Boolean: return b.is_boolean() && b.get<bool>() == a.as_bool() ? "" : differ("boolean");
    case Json::Type::Integer:
      return b.type() == ref::value_t::number_integer && a == Json(b.get<std::int64_t>()) ? "" : differ("integer");
    case Json::Type::Unsigned:
      return b.is_number_unsigned() && b.get<std::uint64_t>() == a.as_uint64() ? "" : differ("unsigned");
    case Json::Type::Float: {
      if (!b.is_number_float()) return differ("float");
      const double x = a.as_double(), y = b.get<double>();
      return std::memcmp(&x, &y, sizeof x) == 0 ? "" : differ("float bits");
    }
    case Json::Type::String: return b.is_string() && b.get_ref<const std::string&>() == a.as_string() ? "" : differ("string");
    case Json::Type::Array: {
      if (!b.is_array() || b.size() != a.size()) return differ("array");
      for (std::size_t i = 0; i < a.size(); ++i)
        if (auto d = difference(a[i], b[i], path + "[" + std::to_string(i) + "]"); !d.empty()) return d;
      return "";
    }
    case Json::Type::Object: {
      if (!b.is_object() || b.size() != a.size()) return differ("object");
      std::size_t i = 0;
      for (auto it = b.begin(); it != b.end(); ++it, ++i) {
        if (a.key_at(i) != it.key()) return differ("key " + it.key());
        if (auto d = difference(a.value_at(i), it.value(), path + "." + it.key()); !d.empty()) return d;
      }
      return "";
    }
  }
  return "?";
}

// Both writers, every option the core uses, on one tree (ours built from nlohmann's text).
void expect_same_dumps(const Json& ours, const ref& theirs, const std::string& label) {
  EXPECT_EQ(ours.dump(), theirs.dump()) << label;
  EXPECT_EQ(ours.dump(2), theirs.dump(2)) << label;
  EXPECT_EQ(ours.dump(-1, true), theirs.dump(-1, ' ', true)) << label;
  EXPECT_EQ(ours.dump(-1, false, Json::Utf8::Replace), theirs.dump(-1, ' ', false, ref::error_handler_t::replace))
      << label;
}

// A text both must read alike: both accept it with the same tree and the same dumps, or both
// refuse it. nlohmann accepts a repeated key (the last wins) and any depth, ours refuses them,
// so those texts are left to the rejection tests.
// nlohmann also stops at a NUL byte as if the text ended there, ignoring what follows; a raw
// NUL is never JSON (not white space, and a control character inside a string), so ours
// refuses every text holding one.
void expect_same_reading(const std::string& text, const std::string& label) {
  if (text.find('\0') != std::string::npos) {
    EXPECT_THROW(Json::parse(text), JsonParseError) << label;
    return;
  }
  ref theirs;
  bool they_accept = true;
  try {
    theirs = ref::parse(text);
  } catch (const ref::exception&) {
    they_accept = false;
  }
  try {
    const Json ours = Json::parse(text);
    ASSERT_TRUE(they_accept) << label << ": we accept what nlohmann refused";
    EXPECT_EQ(difference(ours, theirs), "") << label;
    expect_same_dumps(ours, theirs, label);
  } catch (const JsonParseError& e) {
    EXPECT_FALSE(they_accept) << label << ": we refuse (" << e.what() << ") what nlohmann accepted";
  }
}

std::string dump_ours(double x) { return Json(x).dump(); }
std::string dump_theirs(double x) { return ref(x).dump(); }

// Counts the doubles whose text differs and shows the first few.
void expect_same_doubles(const std::vector<double>& xs, const std::string& label) {
  int differing = 0;
  for (double x : xs) {
    const std::string a = dump_ours(x), b = dump_theirs(x);
    if (a != b && ++differing <= 5) ADD_FAILURE() << label << ": " << a << " vs nlohmann " << b;
  }
  EXPECT_EQ(differing, 0) << label << " of " << xs.size();
}

TEST(JsonEquivalence, RandomDoublesOfEveryMagnitude) {
  std::mt19937_64 rng(16);
  std::vector<double> bits, floats, decimals;
  while (bits.size() < 1'000'000) {
    const std::uint64_t u = rng();
    double x;
    std::memcpy(&x, &u, sizeof x);
    if (std::isfinite(x)) bits.push_back(x);
  }
  while (floats.size() < 1'000'000) {  // weights are floats written as doubles
    const std::uint32_t u = std::uint32_t(rng());
    float f;
    std::memcpy(&f, &u, sizeof f);
    if (std::isfinite(f)) floats.push_back(double(f));
  }
  std::uniform_int_distribution<int> digits(1, 17), exponent(-30, 30);
  while (decimals.size() < 300'000) {  // what people type: few digits, moderate exponents
    const std::string text = std::to_string(rng() % 100000000000000000ull).substr(0, std::size_t(digits(rng))) + "e" +
                             std::to_string(exponent(rng));
    decimals.push_back(std::strtod(text.c_str(), nullptr));
  }
  expect_same_doubles(bits, "random bits");
  expect_same_doubles(floats, "random floats");
  expect_same_doubles(decimals, "short decimals");
}

TEST(JsonEquivalence, BoundaryDoubles) {
  std::vector<double> xs = {0.0,  -0.0, 1.0,   -1.0,  0.1,    0.5,    1e-4,    1e-5,   9.999e-5, 1e15,
                            1e16, 1e21, 1e22,  1e-7,  123.456, 1e100, 1e-300, 1e308,
                            std::numeric_limits<double>::max(),        std::numeric_limits<double>::min(),
                            std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::epsilon(),
                            9007199254740992.0, 9007199254740993.0, 18446744073709551616.0, -9223372036854775808.0};
  for (int e = -330; e <= 308; ++e) {  // powers of ten and their neighbours, subnormals included
    const double p = std::pow(10.0, e);
    for (double x : {p, std::nextafter(p, 0.0), std::nextafter(p, INFINITY)}) xs.push_back(x), xs.push_back(-x);
  }
  for (int e = -1074; e <= 1023; ++e) {  // powers of two: the lower boundary is closer there
    const double p = std::ldexp(1.0, e);
    xs.push_back(p);
    xs.push_back(std::nextafter(p, 0.0));
  }
  for (std::uint64_t u = 1; u < 5000; ++u) {  // the smallest subnormals, one by one
    double x;
    std::memcpy(&x, &u, sizeof x);
    xs.push_back(x);
  }
  for (int i = 0; i <= 100000; ++i) xs.push_back(i), xs.push_back(i / 1000.0);
  expect_same_doubles(xs, "boundaries");
  for (double x : {INFINITY, -INFINITY, NAN}) EXPECT_EQ(Json(x).dump(), "null");
}

TEST(JsonEquivalence, IntegersAtTheirLimits) {
  const std::int64_t smin = std::numeric_limits<std::int64_t>::min(), smax = std::numeric_limits<std::int64_t>::max();
  const std::uint64_t umax = std::numeric_limits<std::uint64_t>::max();
  for (std::int64_t x : {smin, smin + 1, std::int64_t(-1), std::int64_t(0), std::int64_t(1), smax})
    EXPECT_EQ(Json(x).dump(), ref(x).dump());
  for (std::uint64_t x : {std::uint64_t(0), umax, umax - 1, std::uint64_t(smax) + 1}) EXPECT_EQ(Json(x).dump(), ref(x).dump());
  // As text: the 64-bit limits and one past them (a double then), "-0", exponents and fractions.
  for (const char* text : {"9223372036854775807", "9223372036854775808", "18446744073709551615",
                           "18446744073709551616", "-9223372036854775808", "-9223372036854775809", "-0", "0",
                           "-0.0", "1E2", "1e-2", "1.5E+3", "100000000000000000000000", "[1,-1,1.0,-1.0,2e0]"})
    expect_same_reading(text, text);
}

// Strings of every kind through both writers and both readers.
TEST(JsonEquivalence, StringsEscapesAndUnicode) {
  std::vector<std::string> strings = {"", "plain", "quote \" backslash \\ slash /", "tab\tnew\nline\rcr\bbs\fff",
                                      "\x7f del", "é ü 中文 😀 \xF4\x8F\xBF\xBF", std::string("nul\0in", 6)};
  for (int c = 0; c < 0x20; ++c) strings.push_back(std::string(1, char(c)) + "x");
  for (const std::string& s : strings) {
    expect_same_dumps(Json(s), ref(s), "string");
    expect_same_reading(ref(s).dump(), "string text");
    expect_same_reading(ref(s).dump(-1, ' ', true), "ASCII string text");
  }
  // Escapes as people write them: \u in both cases, surrogate pairs, \/.
  for (const char* text : {R"("\u00e9\u00C9\/\"\\\b\f\n\r\t")", R"("\ud83d\ude00")", R"("\uD83D\uDE00 \u0000")"})
    expect_same_reading(text, text);
}

// Arbitrary bytes: the writers' invalid-UTF-8 handling (strict refuses, replace writes U+FFFD
// and goes on) must agree byte for byte, and the readers must refuse the same strings.
TEST(JsonEquivalence, InvalidUtf8InStrings) {
  std::mt19937_64 rng(8259);
  const unsigned char interesting[] = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
                                       0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90, 0x22, 0x5C};
  for (int n = 0; n < 200000; ++n) {
    std::string s(std::size_t(rng() % 8), ' ');
    for (char& c : s) c = char(interesting[rng() % sizeof interesting]);
    std::string strict_ours, strict_theirs;
    try {
      strict_ours = Json(s).dump();
    } catch (const JsonError&) {
      strict_ours = "(refused)";
    }
    try {
      strict_theirs = ref(s).dump();
    } catch (const ref::exception&) {
      strict_theirs = "(refused)";
    }
    ASSERT_EQ(strict_ours, strict_theirs) << ref(s).dump(-1, ' ', true, ref::error_handler_t::replace);
    for (bool ascii : {false, true})
      ASSERT_EQ(Json(s).dump(-1, ascii, Json::Utf8::Replace), ref(s).dump(-1, ' ', ascii, ref::error_handler_t::replace))
          << ref(s).dump(-1, ' ', true, ref::error_handler_t::replace);
    expect_same_reading("\"" + s + "\"", "raw bytes in a string");
  }
}

// Random trees through nlohmann's text (compact and indented) and back.
ref random_tree(std::mt19937_64& rng, int depth) {
  const int kind = int(rng() % (depth > 4 ? 6 : 8));
  switch (kind) {
    case 0: return nullptr;
    case 1: return rng() % 2 == 0;
    case 2: return std::int64_t(rng()) >> (rng() % 64);
    case 3: return rng() >> (rng() % 64);
    case 4: {
      const std::uint64_t u = rng();
      double x;
      std::memcpy(&x, &u, sizeof x);
      return std::isfinite(x) ? x : 0.25;
    }
    case 5: {
      static const char* const pieces[] = {"a", "b", "\"", "\\", "\n", "\x01", "/", "é", "中", "😀", "\x7f"};
      std::string s;
      for (int i = int(rng() % 6); i > 0; --i) s += pieces[rng() % 11];
      return s;
    }
    case 6: {
      ref a = ref::array();
      for (int i = int(rng() % 5); i > 0; --i) a.push_back(random_tree(rng, depth + 1));
      return a;
    }
    default: {
      ref o = ref::object();
      for (int i = int(rng() % 5); i > 0; --i) o["k" + std::to_string(rng() % 20) + (rng() % 3 ? "" : "é")] = random_tree(rng, depth + 1);
      return o;
    }
  }
}

TEST(JsonEquivalence, RandomTrees) {
  std::mt19937_64 rng(2025);
  for (int n = 0; n < 20000; ++n) {
    const ref tree = random_tree(rng, 0);
    expect_same_reading(tree.dump(), "compact");
    expect_same_reading(tree.dump(2), "indented");
  }
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every JSON file the project ships or tests with, and the model files and run records the
// core writes, read by both.
TEST(JsonEquivalence, TheProjectsFiles) {
  int files = 0;
  const fs::path root(DESCENT_SOURCE_DIR);
  for (const fs::path dir : {root / "examples", root / "tests" / "fuzz" / "corpus" / "spec",
                             root / "tests" / "fuzz" / "corpus" / "model_file", root / "tests" / "fuzz" / "regressions",
                             root / "web" / "lab"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() == ".csv" || entry.path().extension() == ".gz") continue;
      expect_same_reading(read_file(entry.path()), entry.path().string());
      ++files;
    }
  }
  EXPECT_GT(files, 40);
  // What the core writes: a model file with optimizer state and batch norm, a run record.
  Trainer t(parse_spec(R"({"seed": 5, "data": {"generator": "spiral", "points": 60},
      "model": {"hidden": [6, 4], "batchNorm": true, "dropout": 0.1}, "optimizer": {"kind": "adam"}})"));
  RunRecorder recorder;
  for (int epoch = 0; epoch < 3; ++epoch) {
    t.train_epochs(1);
    recorder.record(t.metrics());
  }
  expect_same_reading(save_model(t, true), "model file");
  expect_same_reading(recorder.to_json(t, "native"), "run record");
  expect_same_reading(spec_to_json(t.spec()), "canonical spec");
}

}  // namespace
}  // namespace nn
