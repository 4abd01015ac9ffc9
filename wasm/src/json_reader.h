// Strict JSON object reading shared by the spec and model-file parsers (private to the core).
// Every failure is a SpecError whose message starts with the field's path.
#pragma once
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "nn/ranges.h"
#include "nn/spec.h"

namespace nn::detail {

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
    return std::string(v.is_string()    ? "a string"
                       : v.is_boolean() ? "a boolean"
                       : v.is_array()   ? "an array"
                       : v.is_object()  ? "an object"
                                        : "null");
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
    return check_range(r, v.get<double>(), path);
  }
  static long long check_integer(const json& v, const std::string& path, const Range& r) {
    if (!is_integral(v)) fail(path, "must be an integer, got " + type_of(v));
    return static_cast<long long>(check_range(r, v.get<double>(), path));
  }
  static bool is_integral(const json& v) {
    return v.is_number_integer() || v.is_number_unsigned() ||
           (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
  }
  static double check_number(const json& v, const std::string& path, double lo, double hi) {
    if (!v.is_number()) fail(path, "must be a number, got " + type_of(v));
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < lo || x > hi)
      fail(path, "must be from " + fmt(lo) + " to " + fmt(hi) + ", got " + fmt(x));
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
  std::string string_choice(const std::string& key, const std::string& def,
                            const std::set<std::string>& allowed) {
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

  bool boolean(const std::string& key, bool def) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_boolean()) fail(field(key), "must be true or false, got " + type_of(*v));
    return v->get<bool>();
  }
  std::string string(const std::string& key, const std::string& def, std::size_t max_len) {
    const json* v = find(key);
    if (!v) return def;
    if (!v->is_string()) fail(field(key), "must be a string, got " + type_of(*v));
    if (v->get_ref<const std::string&>().size() > max_len)
      fail(field(key), "must be at most " + std::to_string(max_len) + " characters");
    return v->get<std::string>();
  }
  // True if the key is present (without marking it used).
  bool has(const std::string& key) const { return m_j.contains(key); }

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
inline void read_object(ObjectReader& parent, const std::string& key, Fn&& fn) {
  if (const json* v = parent.find(key)) {
    ObjectReader r(*v, parent.field(key));
    fn(r);
    r.finish();
  }
}

}  // namespace nn::detail
