#!/usr/bin/env bash
# Builds the WebAssembly module (release: -O3, 128-bit SIMD) into web/wasm/.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs  # emcc's JS optimizer needs Debian's acorn
if [ ! -f build-wasm/CMakeCache.txt ]; then
  emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
bash scripts/quiet-build.sh build-wasm
test -f web/wasm/nn.wasm -a -f web/wasm/nn.mjs
