// IDX files, the format MNIST and Fashion-MNIST are distributed in. The core never reads
// files: the caller hands over the (already decompressed) bytes — the command-line runner
// from data.trainImages & co., the page from fetch() + DecompressionStream.
//
// Layout (big-endian): two zero bytes, a type code (0x08 = unsigned byte, the only type these
// data sets use), the number of dimensions d, then d 32-bit sizes, then the data.
//   images: magic 0x00000803, sizes count × rows × cols, one byte per pixel, row by row
//   labels: magic 0x00000801, size count, one byte per label
// Every check failure is a std::invalid_argument that starts with the file's name.
#pragma once
#include <cstdint>
#include <string>

#include "nn/dataset.h"

namespace nn {

// A view of an IDX image file's pixels (no copy: `pixels` points into the caller's bytes).
struct IdxImages {
  int count = 0, rows = 0, cols = 0;
  const unsigned char* pixels = nullptr;  // count · rows · cols bytes, image after image
};

// A view of an IDX label file's labels.
struct IdxLabels {
  int count = 0;
  const unsigned char* labels = nullptr;
};

// Check the header and that the data is exactly as long as it says (neither truncated nor
// followed by extra bytes). `name` is used in messages ("t10k-images-idx3-ubyte.gz: …").
IdxImages parse_idx_images(const std::string& bytes, const std::string& name);
IdxLabels parse_idx_labels(const std::string& bytes, const std::string& name);

// The four files of an IDX data set (decompressed bytes) and the names to use in messages.
struct IdxFiles {
  std::string train_images, train_labels, test_images, test_labels;
  std::string train_images_name = "trainImages", train_labels_name = "trainLabels",
              test_images_name = "testImages", test_labels_name = "testLabels";
};

// Image and label files as a data set: inputs (rows · cols) × N with pixels scaled from
// 0 … 255 to [0, 1], labels 0 … 99 (more than 100 classes is an error naming the label file).
// The first `limit` images only (0 = all). Image and label counts must agree.
Dataset idx_dataset(const IdxImages& images, const IdxLabels& labels, int limit, const std::string& images_name,
                    const std::string& labels_name);

}  // namespace nn
