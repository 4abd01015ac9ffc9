#include "nn/csv.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "nn/printable.h"

namespace nn {
namespace {

bool is_space(char c, char separator) { return (c == ' ' || c == '\t') && c != separator; }

// Counts separators outside quotes in the first record (which may span lines inside quotes).
char detect_separator(const std::string& text, std::size_t pos) {
  long commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) {
      if (commas + semicolons + tabs > 0) break;  // a blank or comment line: look further
    } else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
    else if (!quoted && c == '\t') ++tabs;
  }
  if (semicolons > commas) return ';';
  if (commas == 0 && tabs > 0) return '\t';
  return ',';
}

std::string megabytes(std::size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

std::string csv_where(long line, std::size_t column) {
  return "CSV line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
}

CellNumber parse_cell_number(const std::string& s, double& out) {
  // Check the decimal grammar first: strtod also takes hex, "inf", "nan" and leading spaces.
  std::size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return CellNumber::NotANumber;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return CellNumber::NotANumber;
  }
  if (i != n) return CellNumber::NotANumber;
  errno = 0;
  out = std::strtod(s.c_str(), nullptr);  // ERANGE on underflow gives ±0 or a denormal: fine
  if (!std::isfinite(out) || std::fabs(out) > double(FLT_MAX)) return CellNumber::BeyondFloat;
  return CellNumber::Number;
}

CsvReader::CsvReader(const std::string& text) : m_text(text) {
  if (text.size() > kCsvMaxBytes)
    throw std::invalid_argument("CSV: the text is larger than the limit of " + megabytes(kCsvMaxBytes) +
                                " (bytes read)");
  if (const void* nul = std::memchr(text.data(), '\0', text.size()))
    throw std::invalid_argument("CSV: this is not a text file (byte " +
                                std::to_string(static_cast<const char*>(nul) - text.data() + 1) +
                                " is a NUL byte); a CSV file is plain text");
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;  // UTF-8 byte-order mark
  m_separator = detect_separator(text, m_pos);
}

void CsvReader::skip_blank_and_comment_lines() {
  while (m_pos < m_text.size()) {
    std::size_t p = m_pos;
    while (p < m_text.size() && is_space(m_text[p], m_separator)) ++p;
    const bool comment = p < m_text.size() && m_text[p] == '#';
    if (comment) while (p < m_text.size() && m_text[p] != '\n' && m_text[p] != '\r') ++p;
    if (p < m_text.size() && m_text[p] != '\n' && m_text[p] != '\r') return;  // content
    if (p < m_text.size()) {  // the line end: LF, CRLF or CR alone
      p += (m_text[p] == '\r' && p + 1 < m_text.size() && m_text[p + 1] == '\n') ? 2 : 1;
      ++m_line;
    }
    m_pos = p;
  }
}

bool CsvReader::next(CsvRecord& record) {
  skip_blank_and_comment_lines();
  record.fields.clear();
  record.line = m_line;
  const std::string& t = m_text;
  if (m_pos >= t.size()) return false;
  for (;;) {
    if (record.fields.size() == kCsvMaxColumns)
      throw std::invalid_argument(csv_where(record.line, kCsvMaxColumns + 1) + "more than " +
                                  std::to_string(kCsvMaxColumns) + " fields (the column limit)");
    while (m_pos < t.size() && is_space(t[m_pos], m_separator)) ++m_pos;
    std::string field;
    if (m_pos < t.size() && t[m_pos] == '"') {
      const long opened = m_line;
      ++m_pos;
      for (;;) {
        if (m_pos >= t.size())
          throw std::invalid_argument(csv_where(opened, record.fields.size() + 1) +
                                      "a quoted field is never closed (a \" is missing)");
        const char c = t[m_pos];
        if (c == '"') {
          if (m_pos + 1 < t.size() && t[m_pos + 1] == '"') {
            field += '"';
            m_pos += 2;
            continue;
          }
          ++m_pos;
          break;
        }
        if (c == '\n' || (c == '\r' && (m_pos + 1 >= t.size() || t[m_pos + 1] != '\n'))) ++m_line;
        field += c;
        ++m_pos;
      }
      while (m_pos < t.size() && is_space(t[m_pos], m_separator)) ++m_pos;
      if (m_pos < t.size() && t[m_pos] != m_separator && t[m_pos] != '\n' && t[m_pos] != '\r')
        throw std::invalid_argument(csv_where(m_line, record.fields.size() + 1) +
                                    "text after the closing quote of a quoted field");
    } else {
      const std::size_t begin = m_pos;
      while (m_pos < t.size() && t[m_pos] != m_separator && t[m_pos] != '\n' && t[m_pos] != '\r') ++m_pos;
      std::size_t end = m_pos;
      while (end > begin && is_space(t[end - 1], m_separator)) --end;
      field.assign(t, begin, end - begin);
    }
    record.fields.push_back(std::move(field));
    if (m_pos >= t.size()) return true;
    if (t[m_pos] == m_separator) {
      ++m_pos;
      continue;
    }
    m_pos += (t[m_pos] == '\r' && m_pos + 1 < t.size() && t[m_pos + 1] == '\n') ? 2 : 1;
    ++m_line;
    return true;
  }
}

std::vector<std::vector<double>> parse_csv(const std::string& text, std::vector<long>* lines) {
  CsvReader reader(text);
  CsvRecord record;
  std::vector<std::vector<double>> rows;
  std::size_t width = 0;
  bool first = true;
  while (reader.next(record)) {
    const auto& fields = record.fields;
    std::vector<double> row(fields.size());
    if (first) {
      first = false;
      bool numeric = true;
      for (std::size_t i = 0; i < fields.size() && numeric; ++i)
        numeric = parse_cell_number(fields[i], row[i]) != CellNumber::NotANumber;
      if (!numeric) continue;  // a header
    }
    if (width == 0) {
      width = fields.size();
      if (width < 2)
        throw std::invalid_argument("CSV line " + std::to_string(record.line) +
                                    ": need at least one feature and a label, got 1 field");
    }
    if (fields.size() != width)
      throw std::invalid_argument(csv_where(record.line, std::min(fields.size(), width) + 1) + "expected " +
                                  std::to_string(width) + " fields, got " + std::to_string(fields.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const CellNumber kind = parse_cell_number(fields[i], row[i]);
      if (kind == CellNumber::BeyondFloat)
        throw std::invalid_argument(csv_where(record.line, i + 1) + quoted(fields[i]) +
                                    " is beyond the range of a float (±3.4e38)");
      if (kind == CellNumber::NotANumber)
        throw std::invalid_argument(csv_where(record.line, i + 1) + "not a decimal number: " + quoted(fields[i]));
    }
    if (long(rows.size()) == kCsvMaxRows)
      throw std::invalid_argument("CSV: more than " + std::to_string(kCsvMaxRows) + " data rows (the row limit)");
    if (double(rows.size() + 1) * double(width) > double(kCsvMaxCells))
      throw std::invalid_argument("CSV: more than " + std::to_string(kCsvMaxCells) +
                                  " cells (rows × columns, the cell limit)");
    rows.push_back(std::move(row));
    if (lines) lines->push_back(record.line);
  }
  if (first) throw std::invalid_argument(text.empty() ? "CSV: the text is empty" : "CSV: no rows (only blank or comment lines)");
  if (rows.empty()) throw std::invalid_argument("CSV: no data rows (only a header line)");
  return rows;
}

}  // namespace nn
