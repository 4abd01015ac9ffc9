// The core's JSON value: what the spec and model-file readers, the catalogs, run records and
// metrics are built from. Why not nlohmann::json: its templates were inlined into every reader
// and writer (56 KB of its own functions besides) and the first spec parse ran hundreds of
// cold template functions (docs/performance.md, "Size, fifth round"). Here every operation
// is one out-of-line call, and the header stays small.
//
// The tree and its text are those nlohmann::json gave, so the core's output did not change:
// integers keep their signedness (a parsed non-negative integer is unsigned), objects keep
// their keys sorted by byte, and dump() writes numbers, escapes and indentation the same way
// (doubles as the shortest text Grisu2 finds, "1.0", "1e-05", non-finite as null).
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace nn {

// A value used as the wrong type, or a string that is not UTF-8 written strictly.
class JsonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Text that is not JSON. what() reads "line L, column C: <problem>"; kind, path and text let
// a reader say where in its document the problem is (json_reader.h does).
class JsonParseError : public JsonError {
 public:
  enum class Kind { Syntax, DuplicateKey, NumberRange };
  struct Step {  // one level of the path to the value being read
    bool is_key;
    std::string key;
    std::size_t index;
  };
  JsonParseError(Kind kind, std::size_t line, std::size_t column, const std::string& problem,
                 std::vector<Step> path, std::string text);
  Kind kind;
  std::size_t line, column;
  std::vector<Step> path;  // to the value: the repeated key's, or the out-of-range number's
  std::string text;        // the repeated key, or the number as written
};

class Json {
 public:
  enum class Type : unsigned char { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };
  // What dump() does with a string that is not valid UTF-8: throw JsonError, or write U+FFFD.
  enum class Utf8 : unsigned char { Strict, Replace };
  // Nesting deeper than this is refused by parse(), so hostile text cannot exhaust the stack.
  static constexpr int kMaxDepth = 512;

  Json() noexcept : m_type(Type::Null) { m_v.u = 0; }
  Json(std::nullptr_t) noexcept : Json() {}
  // Numbers keep the kind of their C++ type: bool, signed, unsigned, floating (stored as double).
  template <class T, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0>
  Json(T v) noexcept {
    if constexpr (std::is_same_v<T, bool>) m_type = Type::Boolean, m_v.b = v;
    else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) m_type = Type::Integer, m_v.i = v;
    else if constexpr (std::is_integral_v<T>) m_type = Type::Unsigned, m_v.u = v;
    else m_type = Type::Float, m_v.d = double(v);
  }
  Json(const char* s);
  Json(const std::string& s);
  Json(std::string&& s);
  // An array of a container's elements (std::vector, std::array), each converted as above.
  template <class C, class E = std::decay_t<decltype(*std::begin(std::declval<const C&>()))>,
            std::enable_if_t<!std::is_convertible_v<const C&, std::string_view>, int> = 0>
  Json(const C& values) : Json(array()) {
    for (const auto& v : values) push_back(Json(E(v)));
  }
  // An object: Json{{"key", value}, …} (a key given twice keeps its first value).
  Json(std::initializer_list<std::pair<const char*, Json>> members);

  Json(const Json& other);
  Json(Json&& other) noexcept : m_type(other.m_type), m_v(other.m_v) { other.m_type = Type::Null; }
  Json& operator=(const Json& other);
  Json& operator=(Json&& other) noexcept;
  ~Json() {
    if (m_type >= Type::String) release();
  }

  static Json array();
  static Json array(std::initializer_list<Json> elements);
  static Json object();
  // Strict RFC 8259 text (a leading UTF-8 byte-order mark is skipped): no comments, trailing
  // commas, NaN or text after the value; a key may appear once per object; a number beyond a
  // double's range is an error. Throws JsonParseError.
  static Json parse(std::string_view text);

  Type type() const { return m_type; }
  bool is_null() const { return m_type == Type::Null; }
  bool is_boolean() const { return m_type == Type::Boolean; }
  bool is_number() const { return m_type >= Type::Integer && m_type <= Type::Float; }
  bool is_number_integer() const { return m_type == Type::Integer || m_type == Type::Unsigned; }
  bool is_number_unsigned() const { return m_type == Type::Unsigned; }
  bool is_number_float() const { return m_type == Type::Float; }
  bool is_string() const { return m_type == Type::String; }
  bool is_array() const { return m_type == Type::Array; }
  bool is_object() const { return m_type == Type::Object; }

  // The value as a C++ type; JsonError if it is not one (any number converts to double).
  bool as_bool() const;
  double as_double() const;
  std::uint64_t as_uint64() const;
  const std::string& as_string() const;

  // Elements of an array or members of an object; 0 for null, 1 for any other value.
  std::size_t size() const;
  void reserve(std::size_t n);  // an array's or object's room for n entries
  // Array element i (JsonError past the end).
  const Json& operator[](std::size_t i) const;
  Json& operator[](std::size_t i);
  void push_back(Json v);  // null becomes an empty array first
  // Object member `key`: inserted as null if absent (null becomes an empty object first).
  Json& operator[](std::string_view key);
  // The member, or a null value if absent (or if this is not an object).
  const Json& operator[](std::string_view key) const;
  const Json* find(std::string_view key) const;  // nullptr if absent or not an object
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  void erase(std::string_view key);
  // A string member, `def` if absent; JsonError if present and not a string.
  std::string string_or(std::string_view key, const std::string& def) const;
  // An object's members in key order: key_at(i), value_at(i) for i < size().
  const std::string& key_at(std::size_t i) const;
  const Json& value_at(std::size_t i) const;

  // indent < 0: one line with no spaces; else one entry per line, `indent` spaces per level.
  // ensure_ascii writes every non-ASCII character as \uXXXX (surrogate pairs above U+FFFF).
  std::string dump(int indent = -1, bool ensure_ascii = false, Utf8 invalid = Utf8::Strict) const;

  // Numbers compare by value across integer, unsigned and float; arrays and objects deeply.
  friend bool operator==(const Json& a, const Json& b) { return equal(a, b); }
  friend bool operator!=(const Json& a, const Json& b) { return !equal(a, b); }

 private:
  struct Member;
  using Array = std::vector<Json>;
  using Object = std::vector<Member>;  // sorted by key (bytewise), keys unique

  explicit Json(Type container);
  void release() noexcept;
  static bool equal(const Json& a, const Json& b);
  [[noreturn]] void wrong_type(const char* wanted) const;
  Array& arr();
  const Array& arr() const;
  Object& obj();
  const Object& obj() const;
  friend class JsonParser;
  friend class JsonWriter;

  Type m_type;
  union {
    bool b;
    std::int64_t i;
    std::uint64_t u;
    double d;
    std::string* s;
    Array* a;
    Object* o;
  } m_v;
};

// Appends the text nlohmann::json's dump() gave a finite double: the shortest digits Grisu2
// finds that read back as x, in fixed notation from 1e-4 to below 1e15 ("0.0001", "1.0",
// "100000000000000.0"), else exponential ("1e-05", "1.5e+300"); -0.0 as "-0.0".
void append_json_double(std::string& out, double x);

}  // namespace nn
