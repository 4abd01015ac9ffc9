// Strict JSON object reading shared by the spec and model-file parsers (private to the core).
// Every failure is a SpecError whose message starts with the field's path.
#pragma once
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "nn/json.h"
#include "nn/printable.h"
#include "nn/ranges.h"
#include "nn/spec.h"

namespace nn::detail {

using json = nn::Json;

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
    return std::string(v.is_string()    ? "a string"
                       : v.is_boolean() ? "a boolean"
                       : v.is_array()   ? "an array"
                       : v.is_object()  ? "an object"
                                        : "null");
  }
  std::string field(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }

  const json* find(const std::string& key) {
    m_used.insert(key);
    return m_j.find(key);
  }

  double number(const std::string& key, double def, double lo, double hi) {
    const json* v = find(key);
    if (!v) return def;
    return check_number(*v, field(key), lo, hi);
  }
  // The same, with the limits of the shared range table (ranges.h).
  double number(const std::string& key, double def, const Range& r) {
    const json* v = find(key);
    return v ? check_number(*v, field(key), r) : def;
  }
  long long integer(const std::string& key, long long def, const Range& r) {
    const json* v = find(key);
    return v ? check_integer(*v, field(key), r) : def;
  }
  static double check_number(const json& v, const std::string& path, const Range& r) {
    if (!v.is_number()) fail(path, "must be a number, got " + type_of(v));
    return check_range(r, v.as_double(), path);
  }
  static long long check_integer(const json& v, const std::string& path, const Range& r) {
    if (!is_integral(v)) fail(path, "must be an integer, got " + type_of(v));
    return static_cast<long long>(check_range(r, v.as_double(), path));
  }
  static bool is_integral(const json& v) {
    return v.is_number_integer() || v.is_number_unsigned() ||
           (v.is_number_float() && std::floor(v.as_double()) == v.as_double());
  }
  static double check_number(const json& v, const std::string& path, double lo, double hi) {
    if (!v.is_number()) fail(path, "must be a number, got " + type_of(v));
    const double x = v.as_double();
    if (!std::isfinite(x) || x < lo || x > hi)
      fail(path, "must be from " + fmt(lo) + " to " + fmt(hi) + ", got " + fmt(x));
    return x;
  }
  static long long check_integer(const json& v, const std::string& path, long long lo, long long hi) {
    if (!v.is_number_integer() && !v.is_number_unsigned() &&
        !(v.is_number_float() && std::floor(v.as_double()) == v.as_double()))
      fail(path, "must be an integer, got " + type_of(v));
    const double x = v.as_double();
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
      // Every valid name is a short identifier, so a value that needs escaping or cutting is
      // wrong anyway: hand the parser its shown form, which it rejects naming what we echo.
      const std::string& s = v.as_string();
      return parse(shown(s) == s ? s : shown(s));
    } catch (const std::invalid_argument& e) {
      fail(path, e.what());
    }
  }
  std::string string_choice(const std::string& key, const std::string& def,
                            const std::set<std::string>& allowed) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_string()) fail(field(key), "must be a string, got " + type_of(*v));
    const std::string s = v->as_string();
    if (!allowed.count(s)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      fail(field(key), "unknown value '" + shown(s) + "' (expected one of " + list + ")");
    }
    return s;
  }
  const json* array(const std::string& key, std::size_t min_len, std::size_t max_len) {
    const json* v = find(key);
    if (!v) return nullptr;
    if (!v->is_array()) fail(field(key), "must be an array, got " + type_of(*v));
    if (v->size() < min_len || v->size() > max_len)
      fail(field(key), "must have " +
                           (min_len == max_len ? std::to_string(min_len)
                                               : std::to_string(min_len) + " to " + std::to_string(max_len)) +
                           " entries, got " + std::to_string(v->size()));
    return v;
  }

  bool boolean(const std::string& key, bool def) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_boolean()) fail(field(key), "must be true or false, got " + type_of(*v));
    return v->as_bool();
  }
  std::string string(const std::string& key, const std::string& def, std::size_t max_len) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_string()) fail(field(key), "must be a string, got " + type_of(*v));
    if (v->as_string().size() > max_len)
      fail(field(key), "must be at most " + std::to_string(max_len) + " characters");
    return v->as_string();
  }
  // True if the key is present (without marking it used).
  bool has(const std::string& key) const { return m_j.contains(key); }

  void finish() const {
    for (std::size_t i = 0; i < m_j.size(); ++i)
      if (!m_used.count(m_j.key_at(i))) fail(field(m_j.key_at(i)), "unknown field");
  }

  // A number as the user would write it: integers in full (2^53 is 9007199254740992, not
  // 9.0072e+15), others with the fewest digits that give the same double back.
  static std::string fmt(double x) { return format_number(x, false); }
  // The same for a float (a weight): the fewest digits that give the same float back.
  static std::string fmt_float(float x) {
    char buf[40];
    for (int digits = 6; digits <= 9; ++digits) {
      std::snprintf(buf, sizeof buf, "%.*g", digits, double(x));
      if (std::strtof(buf, nullptr) == x) break;
    }
    return buf;
  }

  // A string from the input as it may be echoed in a message: control characters escaped (a
  // spec must not be able to move the terminal's cursor or colour its output) and cut after
  // kShownLength characters, saying how long it was.
  static constexpr std::size_t kShownLength = 60;
  static std::string shown(const std::string& s) {
    const Printable p = printable(s, kShownLength, true);
    return p.cut ? p.text + "… (" + std::to_string(s.size()) + " bytes)" : p.text;
  }

 private:
  const json& m_j;
  std::string m_path;
  std::set<std::string> m_used;
};

// Parses JSON text strictly (Json::parse: RFC 8259, a key at most once per object, numbers
// within a double's range) and words its errors for the document's reader: `what` names it in
// messages ("spec", "model file"); syntax errors read "<what> is not valid JSON<hint>: line L,
// column C: …", a repeated key or a number beyond a double names the field's path.
json parse_strict(const std::string& text, const std::string& what, const std::string& hint = "");

template <class Fn>
inline void read_object(ObjectReader& parent, const std::string& key, Fn&& fn) {
  if (const json* v = parent.find(key)) {
    ObjectReader r(*v, parent.field(key));
    fn(r);
    r.finish();
  }
}

}  // namespace nn::detail
