#include "nn/idx.h"

#include <algorithm>
#include <stdexcept>

namespace nn {
namespace {

uint32_t big_endian_u32(const std::string& b, std::size_t at) {
  return uint32_t((unsigned char)b[at]) << 24 | uint32_t((unsigned char)b[at + 1]) << 16 |
         uint32_t((unsigned char)b[at + 2]) << 8 | uint32_t((unsigned char)b[at + 3]);
}

std::string hex(uint32_t x) {
  static const char* digits = "0123456789abcdef";
  std::string s = "0x";
  for (int shift = 28; shift >= 0; shift -= 4) s += digits[(x >> shift) & 15];
  return s;
}

// Checks the magic number of an unsigned-byte IDX file with `dims` dimensions and its length;
// returns the sizes.
std::vector<uint32_t> read_header(const std::string& bytes, const std::string& name, int dims, const char* what) {
  const uint32_t expected = 0x800u + uint32_t(dims);
  const std::size_t header = 4 + 4 * std::size_t(dims);
  if (bytes.size() < 4)
    throw std::invalid_argument(name + ": not an IDX " + what + " file (" + std::to_string(bytes.size()) +
                                " bytes, shorter than a header)");
  const uint32_t magic = big_endian_u32(bytes, 0);
  if (magic != expected)
    throw std::invalid_argument(name + ": not an IDX " + what + " file (magic number " + hex(magic) + ", expected " +
                                hex(expected) + ")");
  if (bytes.size() < header)
    throw std::invalid_argument(name + ": truncated header (" + std::to_string(bytes.size()) + " bytes, need " +
                                std::to_string(header) + ")");
  std::vector<uint32_t> sizes(std::size_t(dims), 0);
  unsigned long long total = 1;
  for (int d = 0; d < dims; ++d) {
    sizes[std::size_t(d)] = big_endian_u32(bytes, 4 + 4 * std::size_t(d));
    total *= sizes[std::size_t(d)];
    if (total > (1ull << 40)) throw std::invalid_argument(name + ": the header's sizes are impossibly large");
  }
  const unsigned long long have = bytes.size() - header;
  if (have < total)
    throw std::invalid_argument(name + ": truncated (the header promises " + std::to_string(total) +
                                " bytes of data, the file has " + std::to_string(have) + ")");
  if (have > total)
    throw std::invalid_argument(name + ": " + std::to_string(have - total) +
                                " bytes after the data the header describes (wrong file?)");
  return sizes;
}

}  // namespace

IdxImages parse_idx_images(const std::string& bytes, const std::string& name) {
  const auto s = read_header(bytes, name, 3, "image");
  if (s[0] == 0) throw std::invalid_argument(name + ": contains no images");
  if (s[1] == 0 || s[2] == 0 || s[1] > 4096 || s[2] > 4096)
    throw std::invalid_argument(name + ": images of " + std::to_string(s[1]) + " × " + std::to_string(s[2]) +
                                " pixels are not supported");
  if (s[0] > 10000000u) throw std::invalid_argument(name + ": more than 10000000 images");
  IdxImages im;
  im.count = int(s[0]);
  im.rows = int(s[1]);
  im.cols = int(s[2]);
  im.pixels = reinterpret_cast<const unsigned char*>(bytes.data()) + 16;
  return im;
}

IdxLabels parse_idx_labels(const std::string& bytes, const std::string& name) {
  const auto s = read_header(bytes, name, 1, "label");
  if (s[0] == 0) throw std::invalid_argument(name + ": contains no labels");
  if (s[0] > 10000000u) throw std::invalid_argument(name + ": more than 10000000 labels");
  IdxLabels l;
  l.count = int(s[0]);
  l.labels = reinterpret_cast<const unsigned char*>(bytes.data()) + 8;
  return l;
}

Dataset idx_dataset(const IdxImages& images, const IdxLabels& labels, int limit, const std::string& images_name,
                    const std::string& labels_name) {
  if (images.count != labels.count)
    throw std::invalid_argument(images_name + " has " + std::to_string(images.count) + " images but " + labels_name +
                                " has " + std::to_string(labels.count) + " labels");
  const Index n = limit > 0 ? std::min<Index>(limit, images.count) : images.count;
  const Index pixels = Index(images.rows) * images.cols;
  Dataset d;
  d.inputs.resize(pixels, n);
  d.labels.resize(std::size_t(n));
  int max_label = 1;
  for (Index i = 0; i < n; ++i) {
    const int label = labels.labels[i];
    if (label >= kMaxClasses)
      throw std::invalid_argument(labels_name + ": label " + std::to_string(i) + " is " + std::to_string(label) +
                                  ", more than the " + std::to_string(kMaxClasses) + " classes supported");
    d.labels[std::size_t(i)] = label;
    max_label = std::max(max_label, label);
    const unsigned char* src = images.pixels + i * pixels;
    Scalar* dst = d.inputs.col(i).data();
    for (Index k = 0; k < pixels; ++k) dst[k] = Scalar(src[k]) * Scalar(1.0 / 255.0);
  }
  d.num_classes = max_label + 1;
  return d;
}

}  // namespace nn
