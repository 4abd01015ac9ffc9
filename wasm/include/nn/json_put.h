// Out-of-line builders for JSON objects (the core's writers and the bindings): put(o, "key",
// value) does what `o["key"] = value` does in one call. Why: with nlohmann::json (before
// nn/json.h) the operator[], key string and value constructor were inlined at every field,
// and spec_to_json alone was 16 KB of WebAssembly; with nn::Json a field is still a call
// here rather than the three (lookup, construct, assign) `o["key"] = v` makes inline.
#pragma once
#include <string>
#include <type_traits>

#include "nn/json.h"

namespace nn::detail {

using json = nn::Json;

void put_json(json& o, const char* key, json&& v);
void put_number(json& o, const char* key, double v);
void put_integer(json& o, const char* key, long long v);
void put_unsigned(json& o, const char* key, unsigned long long v);
void put_bool(json& o, const char* key, bool v);
void put_string(json& o, const char* key, const char* v);
void put_string(json& o, const char* key, const std::string& v);
void push_json(json& a, json&& v);
void push_string(json& a, const char* v);
// o[key] as an object, created empty if absent (for nested objects built in place).
json& object_at(json& o, const char* key);

// Dispatches on the value's type so that each field keeps the JSON type `o[key] = v` gave it
// (bool, signed or unsigned integer, float or double as a double, string); anything else
// (vectors, json values) goes through json's own constructor, out of line in put_json.
template <class T>
void put(json& o, const char* key, const T& v) {
  if constexpr (std::is_same_v<T, bool>) put_bool(o, key, v);
  else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T>) put_unsigned(o, key, v);
  else if constexpr (std::is_integral_v<T>) put_integer(o, key, v);
  else if constexpr (std::is_floating_point_v<T>) put_number(o, key, double(v));
  else if constexpr (std::is_convertible_v<const T&, const char*>) put_string(o, key, static_cast<const char*>(v));
  else if constexpr (std::is_same_v<T, std::string>) put_string(o, key, v);
  else put_json(o, key, json(v));
}
inline void put(json& o, const char* key, json&& v) { put_json(o, key, std::move(v)); }

}  // namespace nn::detail
