// Reads a whole text file for the command-line runner (native only; the core never does I/O).
// A name ending in ".gz" is decompressed with zlib.
#pragma once
#include <string>

namespace nn::cli {

std::string read_text_file(const std::string& path);  // throws std::runtime_error naming the file

// `path` relative to the directory of `base_file` (unless it is absolute).
std::string resolve_relative(const std::string& base_file, const std::string& path);

}  // namespace nn::cli
