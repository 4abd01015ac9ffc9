// The JSON value's storage, access and comparison (nn/json.h). Parsing is json_parse.cpp,
// writing json_dump.cpp.
#include <algorithm>
#include <cstring>

#include "json_member.h"

namespace nn {

namespace {

// The first member whose key is not less than `key` (bytewise, as std::string compares).
template <class Object>
auto lower_bound_key(Object& o, std::string_view key) {
  return std::lower_bound(o.begin(), o.end(), key,
                          [](const auto& m, std::string_view k) { return std::string_view(m.key) < k; });
}

const char* type_name(Json::Type t) {
  switch (t) {
    case Json::Type::Null: return "null";
    case Json::Type::Boolean: return "boolean";
    case Json::Type::String: return "string";
    case Json::Type::Array: return "array";
    case Json::Type::Object: return "object";
    default: return "number";
  }
}

}  // namespace

JsonParseError::JsonParseError(Kind kind_, std::size_t line_, std::size_t column_, const std::string& problem,
                               std::vector<Step> path_, std::string text_)
    : JsonError("line " + std::to_string(line_) + ", column " + std::to_string(column_) + ": " + problem),
      kind(kind_), line(line_), column(column_), path(std::move(path_)), text(std::move(text_)) {}

Json::Json(const char* s) : m_type(Type::String) { m_v.s = new std::string(s); }
Json::Json(const std::string& s) : m_type(Type::String) { m_v.s = new std::string(s); }
Json::Json(std::string&& s) : m_type(Type::String) { m_v.s = new std::string(std::move(s)); }

Json::Json(Type container) : m_type(container) {
  if (container == Type::Array) m_v.a = new Array();
  else m_v.o = new Object();
}

Json::Json(std::initializer_list<std::pair<const char*, Json>> members) : Json(Type::Object) {
  for (const auto& [key, value] : members)
    if (!contains(key)) (*this)[key] = value;  // the first of a repeated key, as nlohmann's list did
}

Json::Json(const Json& other) : m_type(other.m_type), m_v(other.m_v) {
  switch (m_type) {
    case Type::String: m_v.s = new std::string(*other.m_v.s); break;
    case Type::Array: m_v.a = new Array(*other.m_v.a); break;
    case Type::Object: m_v.o = new Object(*other.m_v.o); break;
    default: break;
  }
}

Json& Json::operator=(const Json& other) {
  if (this != &other) *this = Json(other);
  return *this;
}

Json& Json::operator=(Json&& other) noexcept {
  if (this != &other) {
    // `other` may live inside this value (v = v["key"]): take it before releasing ours.
    const Type t = other.m_type;
    const auto v = other.m_v;
    other.m_type = Type::Null;
    if (m_type >= Type::String) release();
    m_type = t;
    m_v = v;
  }
  return *this;
}

void Json::release() noexcept {
  switch (m_type) {
    case Type::String: delete m_v.s; break;
    case Type::Array: delete m_v.a; break;
    case Type::Object: delete m_v.o; break;
    default: break;
  }
  m_type = Type::Null;
}

Json Json::array() { return Json(Type::Array); }
Json Json::array(std::initializer_list<Json> elements) {
  Json a(Type::Array);
  a.m_v.a->assign(elements.begin(), elements.end());
  return a;
}
Json Json::object() { return Json(Type::Object); }

void Json::wrong_type(const char* wanted) const {
  throw JsonError(std::string("JSON value must be ") + wanted + ", but is " + type_name(m_type));
}

Json::Array& Json::arr() {
  if (m_type == Type::Null) *this = array();
  if (m_type != Type::Array) wrong_type("an array");
  return *m_v.a;
}
const Json::Array& Json::arr() const {
  if (m_type != Type::Array) wrong_type("an array");
  return *m_v.a;
}
Json::Object& Json::obj() {
  if (m_type == Type::Null) *this = object();
  if (m_type != Type::Object) wrong_type("an object");
  return *m_v.o;
}
const Json::Object& Json::obj() const {
  if (m_type != Type::Object) wrong_type("an object");
  return *m_v.o;
}

bool Json::as_bool() const {
  if (m_type != Type::Boolean) wrong_type("a boolean");
  return m_v.b;
}
double Json::as_double() const {
  switch (m_type) {
    case Type::Integer: return double(m_v.i);
    case Type::Unsigned: return double(m_v.u);
    case Type::Float: return m_v.d;
    default: wrong_type("a number");
  }
}
std::uint64_t Json::as_uint64() const {
  if (m_type != Type::Unsigned) wrong_type("an unsigned integer");
  return m_v.u;
}
const std::string& Json::as_string() const {
  if (m_type != Type::String) wrong_type("a string");
  return *m_v.s;
}

std::size_t Json::size() const {
  switch (m_type) {
    case Type::Null: return 0;
    case Type::Array: return m_v.a->size();
    case Type::Object: return m_v.o->size();
    default: return 1;
  }
}

void Json::reserve(std::size_t n) {
  if (m_type == Type::Array) m_v.a->reserve(n);
  else if (m_type == Type::Object) m_v.o->reserve(n);
}

const Json& Json::operator[](std::size_t i) const {
  const Array& a = arr();
  if (i >= a.size()) throw JsonError("JSON array index " + std::to_string(i) + " is out of range");
  return a[i];
}
Json& Json::operator[](std::size_t i) {
  Array& a = arr();
  if (i >= a.size()) throw JsonError("JSON array index " + std::to_string(i) + " is out of range");
  return a[i];
}

void Json::push_back(Json v) { arr().push_back(std::move(v)); }

Json& Json::operator[](std::string_view key) {
  Object& o = obj();
  auto it = lower_bound_key(o, key);
  if (it == o.end() || it->key != key) it = o.insert(it, Member{std::string(key), Json()});
  return it->value;
}

const Json* Json::find(std::string_view key) const {
  if (m_type != Type::Object) return nullptr;
  const Object& o = *m_v.o;
  auto it = lower_bound_key(o, key);
  return it != o.end() && it->key == key ? &it->value : nullptr;
}

const Json& Json::operator[](std::string_view key) const {
  static const Json null;
  const Json* v = find(key);
  return v ? *v : null;
}

void Json::erase(std::string_view key) {
  Object& o = obj();
  auto it = lower_bound_key(o, key);
  if (it != o.end() && it->key == key) o.erase(it);
}

std::string Json::string_or(std::string_view key, const std::string& def) const {
  const Json* v = find(key);
  return v ? v->as_string() : def;
}

const std::string& Json::key_at(std::size_t i) const { return obj().at(i).key; }
const Json& Json::value_at(std::size_t i) const { return obj().at(i).value; }

bool Json::equal(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number() && a.m_type != b.m_type) {
    // As nlohmann::json compared them: a float with the other as a double, signed with unsigned
    // as the unsigned value reinterpreted as signed.
    if (a.is_number_float() || b.is_number_float()) return a.as_double() == b.as_double();
    return a.m_v.i == b.m_v.i;  // the same 64 bits either way
  }
  if (a.m_type != b.m_type) return false;
  switch (a.m_type) {
    case Type::Null: return true;
    case Type::Boolean: return a.m_v.b == b.m_v.b;
    case Type::Integer: return a.m_v.i == b.m_v.i;
    case Type::Unsigned: return a.m_v.u == b.m_v.u;
    case Type::Float: return a.m_v.d == b.m_v.d;
    case Type::String: return *a.m_v.s == *b.m_v.s;
    case Type::Array: return *a.m_v.a == *b.m_v.a;
    case Type::Object: {
      const Object &x = *a.m_v.o, &y = *b.m_v.o;
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i].key != y[i].key || !equal(x[i].value, y[i].value)) return false;
      return true;
    }
  }
  return false;
}

}  // namespace nn
