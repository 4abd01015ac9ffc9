// The core's JSON value (nn/json.h) on its own: what the strict reader refuses and the message
// it gives (line, column, problem), the path it reports for a repeated key or a number beyond
// a double, and the behaviour of the accessors the readers and writers rely on.
#include <gtest/gtest.h>

#include <string>

#include "nn/json.h"

namespace nn {
namespace {

std::string parse_error(const std::string& text) {
  try {
    Json::parse(text);
  } catch (const JsonParseError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(Json, RefusesWhatIsNotStrictJsonSayingWhereAndWhy) {
  const std::pair<std::string, std::string> cases[] = {
      {"", "line 1, column 1: unexpected end of text, expected a value"},
      {"   ", "line 1, column 4: unexpected end of text, expected a value"},
      {R"({"a": 1)", "line 1, column 8: expected ',' or '}' after a member, got end of text"},
      {R"({"a": "xy)", "line 1, column 10: unexpected end of text in a string"},
      {"[1, 2,]", "line 1, column 7: expected a value, got ']'"},
      {R"({"a": 1,})", "line 1, column 9: expected a key in quotes, got '}'"},
      {R"({a: 1})", "line 1, column 2: expected a key in quotes, got 'a'"},
      {R"({"a" 1})", "line 1, column 6: expected ':' after the key, got '1'"},
      {"[1 2]", "line 1, column 4: expected ',' or ']' after an element, got '2'"},
      {"[1] x", "line 1, column 5: unexpected 'x' after the value"},
      {"{} {}", "line 1, column 4: unexpected '{' after the value"},
      {"// comment\n{}", "line 1, column 1: expected a value, got '/'"},
      {"/* comment */ {}", "line 1, column 1: expected a value, got '/'"},
      {"NaN", "line 1, column 1: expected a value, got 'NaN'"},
      {"[-Infinity]", "line 1, column 3: expected a digit in the number, got 'I'"},
      {"tru", "line 1, column 1: expected a value, got 'tru'"},
      {"True", "line 1, column 1: expected a value, got 'True'"},
      {"01", "line 1, column 1: a number must not start with 0 unless it is 0 (\"007\")"},
      {"-012", "line 1, column 2: a number must not start with 0 unless it is 0 (\"007\")"},
      {"+1", "line 1, column 1: expected a value, got '+'"},
      {".5", "line 1, column 1: expected a value, got '.'"},
      {"1.", "line 1, column 3: expected a digit after the decimal point, got end of text"},
      {"1.e5", "line 1, column 3: expected a digit after the decimal point, got 'e'"},
      {"1e", "line 1, column 3: expected a digit in the exponent, got end of text"},
      {"1e+", "line 1, column 4: expected a digit in the exponent, got end of text"},
      {"-", "line 1, column 2: expected a digit in the number, got end of text"},
      {R"("\x")", "line 1, column 3: invalid escape in a string: a backslash followed by 'x'"},
      {R"("\u12G4")", "line 1, column 6: expected four hexadecimal digits after \\u, got 'G'"},
      {R"("\u12)", "line 1, column 6: unexpected end of text in a \\u escape"},
      {R"("\ud800")", "line 1, column 8: a \\u escape of a high surrogate must be followed by a low one"},
      {R"("\ud800\u0041")", "line 1, column 8: a \\u escape of a high surrogate must be followed by a low one"},
      {R"("\udc00")", "line 1, column 2: a \\u escape of a low surrogate must follow a high one"},
      {"\"a\nb\"", "line 1, column 3: control character U+000A in a string (write it as an escape)"},
      {"\"a\tb\"", "line 1, column 3: control character U+0009 in a string (write it as an escape)"},
      {"\"\xff\"", "line 1, column 2: invalid UTF-8 in a string: byte 0xFF"},
      {"\"\xc0\xaf\"", "line 1, column 2: invalid UTF-8 in a string: byte 0xC0"},        // overlong '/'
      {"\"\xed\xa0\x80\"", "line 1, column 2: invalid UTF-8 in a string: byte 0xED"},    // a surrogate
      {"\"\xe4\xb8\"", "line 1, column 2: invalid UTF-8 in a string: byte 0xE4"},        // cut short
      {std::string("[1]\0", 4), "line 1, column 4: unexpected byte 0x00 after the value"},
      {"{\n  \"a\": tru\n}", "line 2, column 8: expected a value, got 'tru'"},
      {"\xEF\xBB\xBF", "line 1, column 4: unexpected end of text, expected a value"},
  };
  for (const auto& [text, message] : cases) EXPECT_EQ(parse_error(text), message) << text;
}

TEST(Json, NestingIsLimitedSoHostileTextCannotExhaustTheStack) {
  const int limit = Json::kMaxDepth;
  EXPECT_EQ(parse_error(std::string(limit, '[') + std::string(limit, ']')), "(accepted)");
  EXPECT_EQ(parse_error(std::string(limit + 1, '[') + std::string(limit + 1, ']')),
            "line 1, column " + std::to_string(limit + 1) + ": arrays and objects nested deeper than " +
                std::to_string(limit) + " levels");
  std::string objects;
  for (int i = 0; i <= limit; ++i) objects += "{\"a\":";
  EXPECT_NE(parse_error(objects).find("nested deeper than"), std::string::npos);
  // A million open brackets: refused at the limit, not a crash.
  EXPECT_NE(parse_error(std::string(1'000'000, '[')).find("nested deeper than"), std::string::npos);
}

TEST(Json, ARepeatedKeyIsRefusedWithItsPath) {
  try {
    Json::parse(R"({"a": [1, {"b": 2, "c": 3, "b": 4}]})");
    FAIL() << "accepted";
  } catch (const JsonParseError& e) {
    EXPECT_EQ(e.kind, JsonParseError::Kind::DuplicateKey);
    EXPECT_EQ(e.text, "b");
    ASSERT_EQ(e.path.size(), 3u);
    EXPECT_TRUE(e.path[0].is_key && e.path[0].key == "a");
    EXPECT_TRUE(!e.path[1].is_key && e.path[1].index == 1);
    EXPECT_TRUE(e.path[2].is_key && e.path[2].key == "b");
    EXPECT_STREQ(e.what(), "line 1, column 28: the key appears twice in one object");
  }
}

TEST(Json, ANumberBeyondADoubleIsRefusedWithItsPathAndText) {
  try {
    Json::parse(R"({"x": [0, 1e-400, -1e999]})");  // 1e-400 underflows to 0: accepted
    FAIL() << "accepted";
  } catch (const JsonParseError& e) {
    EXPECT_EQ(e.kind, JsonParseError::Kind::NumberRange);
    EXPECT_EQ(e.text, "-1e999");
    ASSERT_EQ(e.path.size(), 2u);
    EXPECT_EQ(e.path[0].key, "x");
    EXPECT_EQ(e.path[1].index, 2u);
    EXPECT_STREQ(e.what(), "line 1, column 19: the number -1e999 is beyond the range of a double");
  }
  EXPECT_EQ(Json::parse("1e-400").as_double(), 0.0);
}

TEST(Json, ReadsNumbersAsSignedUnsignedOrDouble) {
  EXPECT_TRUE(Json::parse("5").is_number_unsigned());
  EXPECT_TRUE(Json::parse("-5").type() == Json::Type::Integer);
  EXPECT_TRUE(Json::parse("-0").type() == Json::Type::Integer);
  EXPECT_TRUE(Json::parse("5.0").is_number_float());
  EXPECT_TRUE(Json::parse("18446744073709551615").is_number_unsigned());
  EXPECT_TRUE(Json::parse("18446744073709551616").is_number_float());
  EXPECT_TRUE(Json::parse("-9223372036854775808").type() == Json::Type::Integer);
  EXPECT_TRUE(Json::parse("-9223372036854775809").is_number_float());
  EXPECT_EQ(Json::parse("18446744073709551615").as_uint64(), 18446744073709551615ull);
  EXPECT_EQ(Json::parse("\xEF\xBB\xBF 7").as_double(), 7.0);  // a byte-order mark is skipped
}

TEST(Json, ObjectsKeepTheirKeysSortedByByte) {
  Json o = Json::object();
  for (const char* key : {"zeta", "Alpha", "é", "alpha", "", "a"}) o[key] = key;
  EXPECT_EQ(o.dump(), R"({"":"","Alpha":"Alpha","a":"a","alpha":"alpha","zeta":"zeta","é":"é"})");
  o.erase("alpha");
  o.erase("missing");
  EXPECT_EQ(o.size(), 5u);
  EXPECT_EQ(o.key_at(3), "zeta");
  EXPECT_EQ(Json({{"b", 1}, {"a", 2}, {"b", 3}}).dump(), R"({"a":2,"b":1})");
}

TEST(Json, WritesIndentedTextAsBefore) {
  Json j = Json::object();
  j["list"] = Json::array({1, 2.5, "x", nullptr, true, Json::array(), Json::object()});
  j["empty"] = Json::object();
  j["n"] = -3;
  EXPECT_EQ(j.dump(2),
            "{\n  \"empty\": {},\n  \"list\": [\n    1,\n    2.5,\n    \"x\",\n    null,\n    true,\n    [],\n"
            "    {}\n  ],\n  \"n\": -3\n}");
  EXPECT_EQ(j.dump(), R"({"empty":{},"list":[1,2.5,"x",null,true,[],{}],"n":-3})");
}

TEST(Json, AccessorsBehaveAsTheReadersExpect) {
  Json j = Json::parse(R"({"a": 1, "s": "text", "list": [true, null]})");
  const Json& c = j;
  EXPECT_TRUE(c["missing"].is_null());  // const lookup does not insert
  EXPECT_EQ(c.size(), 3u);
  EXPECT_EQ(c.find("missing"), nullptr);
  EXPECT_TRUE(c.contains("s"));
  EXPECT_EQ(c.string_or("s", "?"), "text");
  EXPECT_EQ(c.string_or("missing", "?"), "?");
  EXPECT_THROW(c.string_or("a", "?"), JsonError);
  EXPECT_THROW(c["s"].as_double(), JsonError);
  EXPECT_THROW(c["list"][2], JsonError);
  EXPECT_THROW((void)c["s"].as_uint64(), JsonError);
  EXPECT_TRUE(c["list"][0].as_bool());
  j["new"]["inner"] = 2;  // null becomes an object
  EXPECT_EQ(j["new"].dump(), R"({"inner":2})");
  Json k;
  k.push_back(1);  // null becomes an array
  EXPECT_EQ(k.dump(), "[1]");
  j = j["list"];  // assigning a part of itself
  EXPECT_EQ(j.dump(), "[true,null]");
}

TEST(Json, NumbersCompareByValueAcrossKinds) {
  EXPECT_EQ(Json::parse("3"), Json(3));  // unsigned and signed
  EXPECT_EQ(Json::parse("3"), Json(3.0));
  EXPECT_NE(Json::parse("3"), Json(3.5));
  EXPECT_NE(Json(-1), Json(1u));
  EXPECT_EQ(Json::parse(R"({"a": [1, 2], "b": null})"), Json({{"b", nullptr}, {"a", Json::array({1.0, 2})}}));
  EXPECT_NE(Json::parse(R"({"a": 1})"), Json::parse(R"({"b": 1})"));
  EXPECT_EQ(Json::parse(R"("x")"), "x");
}

TEST(Json, InvalidUtf8IsRefusedOrReplacedWhenWriting) {
  const std::string bad = "a\xff" "b\xe4\xb8";
  try {
    Json(bad).dump();
    FAIL() << "written";
  } catch (const JsonError& e) {
    EXPECT_STREQ(e.what(), "invalid UTF-8 byte at index 1: 0xFF");
  }
  EXPECT_EQ(Json(bad).dump(-1, false, Json::Utf8::Replace), "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
  EXPECT_EQ(Json(bad).dump(-1, true, Json::Utf8::Replace), R"("a\ufffdb\ufffd")");
  EXPECT_EQ(Json("é😀\x7f").dump(-1, true), R"("\u00e9\ud83d\ude00\u007f")");
}

}  // namespace
}  // namespace nn
