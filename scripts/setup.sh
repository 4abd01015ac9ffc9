#!/usr/bin/env bash
# Installs whatever Descent needs and is missing: Debian packages (the C++ toolchain,
# Emscripten, Eigen, GoogleTest, nlohmann-json (the native tests' JSON reference), Chromium for the browser tests, Fashion-MNIST) and the npm
# dev dependencies. Idempotent and silent when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number); console.log(a>20||(a===20&&b>=19)?1:0)')
if [ "$node_ok" != 1 ]; then
  echo "Descent needs Node.js 20.19 or newer (this is $(node --version)). Install it, then run again." >&2
  exit 1
fi

# command or file that proves each package is there → Debian package
declare -A probes=(
  [/usr/bin/cmake]=cmake
  [/usr/bin/g++]=g++
  [/usr/bin/make]=make
  [/usr/bin/python3]=python3
  [/usr/bin/emcc]=emscripten
  [/usr/bin/chromium]=chromium
  [/usr/include/eigen3/Eigen/Core]=libeigen3-dev
  [/usr/include/gtest/gtest.h]=libgtest-dev
  [/usr/include/nlohmann/json.hpp]=nlohmann-json3-dev
  [/usr/share/nodejs/acorn]=node-acorn
  # npm run fuzz: libFuzzer with Debian's clang
  [/usr/bin/clang++-14]=clang-14
  [/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a]=libclang-rt-14-dev
  # PyTorch for the test that runs "Export as PyTorch" scripts (the page never needs it)
  [/usr/lib/python3/dist-packages/torch/__init__.py]=python3-torch
  # the command-line runner reads .csv.gz files through zlib
  [/usr/include/zlib.h]=zlib1g-dev
  # a CJK font, so that screenshots of the 中文 page in headless Chromium show characters
  [/usr/share/fonts/truetype/wqy/wqy-microhei.ttc]=fonts-wqy-microhei
  # Fashion-MNIST (IDX, gzip): examples/fashion-mnist-mlp.json and the images page's full set
  [/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz]=dataset-fashion-mnist
)
missing=()
for probe in "${!probes[@]}"; do
  [ -e "$probe" ] || missing+=("${probes[$probe]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages"
  # Playwright drives Debian's Chromium; it must not download a browser of its own.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
