// CSV text → records, numbers and typed tables. The core never reads files (the browser
// cannot); the caller hands over the text: the page from a file picker, the command-line
// runner from data.csvFile. One tokenizer serves every reader here (parse_csv for the classic
// numeric format, read_table in nn/table.h for typed columns), so the page and the runner
// accept exactly the same files.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace nn {

// Limits every reader enforces while reading, so a huge or endless input stops with a message
// naming the limit instead of exhausting memory (docs/tabular.md, "Limits").
constexpr std::size_t kCsvMaxBytes = std::size_t(256) << 20;  // the text (after gunzip): 256 MiB
constexpr long kCsvMaxRows = 1000000;                          // data rows
constexpr std::size_t kCsvMaxColumns = 10000;                  // fields per row
constexpr long long kCsvMaxCells = 20000000;                   // rows × columns

// One record: its fields (quotes removed, "" unescaped, unquoted fields trimmed of spaces and
// tabs) and the 1-based line it starts on.
struct CsvRecord {
  std::vector<std::string> fields;
  long line = 0;
};

// The tokenizer. Accepts RFC 4180 and what spreadsheets write: a UTF-8 byte-order mark,
// LF, CRLF or CR-only line ends, quoted fields with separators, quotes ("") and line breaks
// inside, and a separator detected from the first record: ';' if it has more semicolons than
// commas outside quotes (European spreadsheets), a tab if it has only tabs, else ','. Blank
// lines and lines starting with '#' are skipped. Throws std::invalid_argument for text that is
// not a text file (a NUL byte), larger than kCsvMaxBytes, a row wider than kCsvMaxColumns or
// a quote left open, naming the line and column.
class CsvReader {
 public:
  explicit CsvReader(const std::string& text);  // keeps a reference: `text` must outlive the reader
  bool next(CsvRecord& record);  // false after the last record
  char separator() const { return m_separator; }

 private:
  void skip_blank_and_comment_lines();
  const std::string& m_text;
  std::size_t m_pos = 0;
  long m_line = 1;
  char m_separator = ',';
};

// A cell's number, if it is one. The grammar is decimal only: [+-] digits [. digits] [e[+-]digits]
// (or .digits); "0x10", "inf", "nan" and "1e" are not numbers.
enum class CellNumber { NotANumber, Number, BeyondFloat };
// BeyondFloat: a decimal number whose magnitude exceeds the largest float (3.4e38), which the
// network (float32) could not hold; readers reject it naming the cell.
CellNumber parse_cell_number(const std::string& cell, double& out);

// "CSV line 7, column 3: " — the prefix of every message about one cell.
std::string csv_where(long line, std::size_t column);
// The classic numeric format: a header is optional (the first record is one if any of its
// fields is not a number), every other field must be a finite decimal number within float
// range and every row must have as many fields as the first data row (at least 2).
// Throws std::invalid_argument naming the line and column:
// "CSV line 7, column 65: expected 65 fields, got 64".
// If `lines` is given, it receives the 1-based line number of every returned row.
std::vector<std::vector<double>> parse_csv(const std::string& text, std::vector<long>* lines = nullptr);

}  // namespace nn
