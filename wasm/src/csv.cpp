#include "nn/csv.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace nn {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool to_number(const std::string& field, double& out) {
  if (field.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtod(field.c_str(), &end);
  return end == field.c_str() + field.size() && errno == 0 && std::isfinite(out);
}

std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const auto comma = line.find(',', start);
    fields.push_back(
        trim(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
    if (comma == std::string::npos) return fields;
    start = comma + 1;
  }
}

}  // namespace

std::vector<std::vector<double>> parse_csv(const std::string& text, std::vector<long>* lines) {
  std::vector<std::vector<double>> rows;
  std::size_t width = 0, pos = 0;
  bool first = true;
  for (long line_no = 1; pos <= text.size(); ++line_no) {
    const auto nl = text.find('\n', pos);
    const std::string line = trim(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    pos = nl == std::string::npos ? text.size() + 1 : nl + 1;
    if (line.empty() || line[0] == '#') continue;
    const auto fields = split_fields(line);
    const std::string where = "CSV line " + std::to_string(line_no) + ": ";
    std::vector<double> row(fields.size());
    bool numeric = true;
    for (std::size_t i = 0; i < fields.size() && numeric; ++i) numeric = to_number(fields[i], row[i]);
    if (first) {
      first = false;
      if (!numeric) continue;  // a header
    }
    if (width == 0) {
      width = fields.size();
      if (width < 2)
        throw std::invalid_argument(where + "need at least one feature and a label, got 1 field");
    }
    if (fields.size() != width)
      throw std::invalid_argument(where + "expected " + std::to_string(width) + " fields, got " +
                                  std::to_string(fields.size()));
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (!to_number(fields[i], row[i]))
        throw std::invalid_argument(where + "field " + std::to_string(i + 1) + " is not a number: '" +
                                    fields[i] + "'");
    rows.push_back(std::move(row));
    if (lines) lines->push_back(line_no);
  }
  if (rows.empty()) throw std::invalid_argument("CSV: no data rows");
  return rows;
}

}  // namespace nn
