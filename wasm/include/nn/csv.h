// CSV text → numeric rows. The core never reads files (the browser cannot); the caller hands
// over the text: the page from a file picker, the command-line runner from data.csvFile.
#pragma once
#include <string>
#include <vector>

namespace nn {

// Fields are separated by commas and trimmed of spaces and tabs; CRLF line ends are fine.
// Blank lines and lines starting with '#' are skipped. If any field of the first remaining
// line is not a number, that line is a header and is skipped. Every other field must be a
// finite number and every row must have as many fields as the first data row (at least 2).
// Throws std::invalid_argument naming the 1-based line: "CSV line 7: expected 65 fields, got 64".
// If `lines` is given, it receives the 1-based line number of every returned row.
std::vector<std::vector<double>> parse_csv(const std::string& text, std::vector<long>* lines = nullptr);

}  // namespace nn
