// The strict JSON reading every spec and model file goes through: a key given twice, a number
// no double holds and values echoed in messages (cut, control characters escaped).
#include <gtest/gtest.h>

#include <string>

#include "../../wasm/src/json_reader.h"
#include "nn/model_file.h"
#include "nn/spec.h"

namespace nn {
namespace {

std::string spec_error(const std::string& text) {
  try {
    parse_spec(text);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(StrictJson, AKeyGivenTwiceIsRejectedWithItsPath) {
  EXPECT_EQ(spec_error(R"({"optimizer": {"learningRate": 0.5, "learningRate": 0.01}})"),
            "optimizer.learningRate: appears twice in one object (a key may be given only once)");
  EXPECT_EQ(spec_error(R"({"seed": 1, "seed": 1})"), "seed: appears twice in one object (a key may be given only once)");
  EXPECT_EQ(spec_error(R"({"data": {"source": "inline", "inline": [[0, 0, 0], [1, 1, 1], [2, 2, 0], [3, 3, {"a": 1, "a": 2}]]}})"),
            "data.inline[3][2].a: appears twice in one object (a key may be given only once)");
  // The same key in different objects is fine.
  EXPECT_EQ(spec_error(R"({"optimizer": {"kind": "sgd"}, "regularization": {"kind": "l2"}})"), "(accepted)");
}

TEST(StrictJson, ANumberBeyondADoubleNamesItsField) {
  EXPECT_EQ(spec_error(R"({"optimizer": {"learningRate": 1e400}})"),
            "optimizer.learningRate: the number 1e400 is beyond the range of a double");
  EXPECT_EQ(spec_error(R"({"model": {"hidden": [4, -1e999]}})"),
            "model.hidden[1]: the number -1e999 is beyond the range of a double");
  EXPECT_EQ(spec_error("1e400"), "spec: the number 1e400 is beyond the range of a double");
}

TEST(StrictJson, SyntaxErrorsStillSayNotValidJson) {
  EXPECT_EQ(spec_error(R"({"seed": 1)").rfind("spec is not valid JSON: ", 0), 0u);
}

TEST(StrictJson, NumbersInMessagesAreWrittenInFull) {
  EXPECT_EQ(detail::ObjectReader::fmt(9007199254740992.0), "9007199254740992");
  EXPECT_EQ(detail::ObjectReader::fmt(0.1), "0.1");
  EXPECT_EQ(detail::ObjectReader::fmt(1e300), "1e+300");
  EXPECT_EQ(detail::ObjectReader::fmt(0.123456789), "0.123456789");
  EXPECT_EQ(spec_error(R"({"seed": 9007199254740992})"),
            "seed: must be from 0 to 9007199254740991, got 9007199254740992");
  EXPECT_EQ(spec_error(R"({"seed": 1e300})"), "seed: must be from 0 to 9007199254740991, got 1e+300");
}

TEST(StrictJson, EchoedValuesAreCutAndEscaped) {
  const std::string huge(2'000'000, 'x');
  const std::string m = spec_error(R"({"optimizer": {"kind": ")" + huge + R"("}})");
  EXPECT_LT(m.size(), 300u) << m.substr(0, 300);
  EXPECT_NE(m.find("optimizer.kind: "), std::string::npos) << m;
  EXPECT_NE(m.find("… (2000000 bytes)"), std::string::npos) << m;

  const std::string esc = spec_error(R"({"model": {"output": "\u001b[31mred\n"}})");
  EXPECT_EQ(esc.find('\x1b'), std::string::npos) << esc;
  EXPECT_NE(esc.find("\\x1B[31mred\\n"), std::string::npos) << esc;
  const std::string c1 = spec_error("{\"optimizer\": {\"kind\": \"\xC2\x9B" "31m\"}}");
  EXPECT_NE(c1.find("\\u009B31m"), std::string::npos) << c1;
  EXPECT_EQ(c1.find("\xC2\x9B"), std::string::npos) << c1;
  // Cutting never splits a character.
  const std::string chinese = detail::ObjectReader::shown(std::string(100, 'a') + "中文");
  EXPECT_EQ(chinese, std::string(60, 'a') + "… (106 bytes)");
  EXPECT_EQ(detail::ObjectReader::shown(std::string(59, 'a') + "中文"), std::string(59, 'a') + "中… (65 bytes)");
}

}  // namespace
}  // namespace nn
