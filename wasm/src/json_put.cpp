// Out-of-line json field setters (json_put.h says why).
#include "nn/json_put.h"

namespace nn::detail {

void put_json(json& o, const char* key, json&& v) { o[key] = std::move(v); }
void put_number(json& o, const char* key, double v) { o[key] = v; }
void put_integer(json& o, const char* key, long long v) { o[key] = v; }
void put_unsigned(json& o, const char* key, unsigned long long v) { o[key] = v; }
void put_bool(json& o, const char* key, bool v) { o[key] = v; }
void put_string(json& o, const char* key, const char* v) { o[key] = v; }
void put_string(json& o, const char* key, const std::string& v) { o[key] = v; }
void push_json(json& a, json&& v) { a.push_back(std::move(v)); }
void push_string(json& a, const char* v) { a.push_back(v); }
json& object_at(json& o, const char* key) {
  json& v = o[key];
  if (v.is_null()) v = json::object();
  return v;
}

}  // namespace nn::detail
