#!/usr/bin/env python3
"""Makes the built-in Fashion-MNIST subset the images page ships with (public/data/
fashion-mnist-subset/): the first 10,000 training images and the first 2,000 test images of
Debian's dataset-fashion-mnist, as gzip-compressed IDX files like the originals. The page
uses it when the build did not copy the full set. Deterministic (gzip mtime 0).
usage: scripts/fashion-mnist-subset.py [SOURCE_DIR] [OUT_DIR]"""
import gzip
import os
import struct
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "public", "data", "fashion-mnist-subset")
os.makedirs(out, exist_ok=True)


def subset(name, count):
    with gzip.open(os.path.join(src, name), "rb") as f:
        data = f.read()
    magic, n = struct.unpack(">II", data[:8])
    dims = magic & 0xFF
    sizes = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    item = 1
    for s in sizes[1:]:
        item *= s
    header = struct.pack(">I", magic) + struct.pack(">" + "I" * dims, count, *sizes[1:])
    body = data[4 + 4 * dims: 4 + 4 * dims + count * item]
    with open(os.path.join(out, name), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as g:
            g.write(header + body)


for name, count in [("train-images-idx3-ubyte.gz", 10000), ("train-labels-idx1-ubyte.gz", 10000),
                    ("t10k-images-idx3-ubyte.gz", 2000), ("t10k-labels-idx1-ubyte.gz", 2000)]:
    subset(name, count)
    print(name, os.path.getsize(os.path.join(out, name)), "bytes")
