#include "text_file.h"

#include <sys/stat.h>
#include <zlib.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "nn/csv.h"

namespace nn::cli {
namespace {

std::string too_large(const std::string& path, std::size_t limit) {
  return path + ": larger than the limit of " + std::to_string(limit >> 20) + " MiB (bytes read)";
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Reads at most `limit` bytes; more is an error (so /dev/zero or a huge file stops early).
std::string read_raw(const std::string& path, std::size_t limit) {
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) throw std::runtime_error("cannot read " + path);
  std::string out;
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f.get())) > 0) {
    if (out.size() + n > limit) throw std::runtime_error(too_large(path, limit));
    out.append(buffer, n);
  }
  if (std::ferror(f.get())) throw std::runtime_error("cannot read " + path);
  return out;
}

// Inflates every gzip member, checking each one's end and CRC-32/length trailer (zlib does
// that when it reports Z_STREAM_END): a cut file is an error, never a silently shorter text.
std::string gunzip(const std::string& path, const std::string& packed, std::size_t limit) {
  const std::string damaged = path + ": the file is truncated or not valid gzip";
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("zlib could not start");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = uInt(packed.size());
  std::string out;
  char buffer[65536];
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    const int rc = inflate(&z, Z_NO_FLUSH);
    const std::size_t n = sizeof buffer - z.avail_out;
    if (out.size() + n > limit) throw std::runtime_error(too_large(path, limit) + " after unzipping");
    out.append(buffer, n);
    if (rc == Z_STREAM_END) {
      if (z.avail_in == 0) return out;
      if (inflateReset(&z) != Z_OK) throw std::runtime_error(damaged);  // another member follows
      continue;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) throw std::runtime_error(damaged);  // input ended early
    if (rc != Z_OK && rc != Z_BUF_ERROR) throw std::runtime_error(damaged);
  }
}

}  // namespace

std::string read_text_file(const std::string& path, std::size_t limit) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw std::runtime_error("cannot read " + path + " (no such file)");
  if (S_ISDIR(st.st_mode)) throw std::runtime_error(path + " is a directory, not a file");
  const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  std::string text = read_raw(path, limit);
  if (text.empty()) throw std::runtime_error(path + " is empty");
  if (gz) {
    text = gunzip(path, text, limit);
    if (text.empty()) throw std::runtime_error(path + " is empty after unzipping");
  }
  return text;
}

std::string resolve_relative(const std::string& base_file, const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  const auto slash = base_file.find_last_of('/');
  return slash == std::string::npos ? path : base_file.substr(0, slash + 1) + path;
}

}  // namespace nn::cli
