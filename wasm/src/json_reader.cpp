// parse_strict (json_reader.h): Json::parse's errors in the words of the document's reader.
#include "json_reader.h"

namespace nn::detail {

json parse_strict(const std::string& text, const std::string& what, const std::string& hint) {
  try {
    return json::parse(text);
  } catch (const JsonParseError& e) {
    if (e.kind == JsonParseError::Kind::Syntax)
      throw SpecError((what.empty() ? std::string("spec") : what) + " is not valid JSON" + hint + ": " + e.what());
    // The path to the repeated key or the number: "model file.params[3]", "optimizer.kind".
    std::string path = what;
    for (const JsonParseError::Step& step : e.path)
      path += step.is_key ? (path.empty() ? "" : ".") + ObjectReader::shown(step.key)
                          : "[" + std::to_string(step.index) + "]";
    if (e.kind == JsonParseError::Kind::DuplicateKey)
      ObjectReader::fail(path, "appears twice in one object (a key may be given only once)");
    ObjectReader::fail(path, "the number " + ObjectReader::shown(e.text) + " is beyond the range of a double");
  }
}

}  // namespace nn::detail
