#!/usr/bin/env bash
# npm test: install what is missing, build everything, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== native tests (GoogleTest)"
bash scripts/build-native.sh
ctest --test-dir build-native --output-on-failure --progress -j"$(nproc)"

echo "== native tests again under AddressSanitizer + UndefinedBehaviorSanitizer"
bash scripts/build-native.sh --sanitize
# the examples run the same core through the CLI again; the save/load CLI test stays in
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" -E "^example\\."

echo "== WebAssembly build"
bash scripts/build-wasm.sh

echo "== JS unit tests against the real WebAssembly module (Vitest)"
npx vitest run

echo "== page build + end-to-end tests in Chromium (Playwright)"
npx vite build --logLevel warn
npx playwright test
