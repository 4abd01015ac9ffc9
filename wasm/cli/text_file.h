// Reads a whole text file for the command-line runner (native only; the core never does I/O).
// A name ending in ".gz" is decompressed with zlib, checking the stream's end and checksum.
#pragma once
#include <cstddef>
#include <string>

#include "nn/csv.h"

namespace nn::cli {

// Throws std::runtime_error naming the file and the real cause: no such file, a directory, an
// empty file, more than `limit` bytes (read or unzipped; checked while reading, so /dev/zero
// or a gzip bomb stops at the limit), "the file is truncated or not valid gzip".
std::string read_text_file(const std::string& path, std::size_t limit = kCsvMaxBytes);

// `path` relative to the directory of `base_file` (unless it is absolute).
std::string resolve_relative(const std::string& base_file, const std::string& path);

}  // namespace nn::cli
