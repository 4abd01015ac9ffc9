#include "text_file.h"

#include <zlib.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nn::cli {

std::string read_text_file(const std::string& path) {
  const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  if (!gz) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot read " + path);
  std::string out;
  char buffer[65536];
  int n;
  while ((n = gzread(f, buffer, sizeof buffer)) > 0) out.append(buffer, std::size_t(n));
  const bool failed = n < 0;
  gzclose(f);
  if (failed) throw std::runtime_error(path + ": not a valid gzip file");
  return out;
}

std::string resolve_relative(const std::string& base_file, const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  const auto slash = base_file.find_last_of('/');
  return slash == std::string::npos ? path : base_file.substr(0, slash + 1) + path;
}

}  // namespace nn::cli
