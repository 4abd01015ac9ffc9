#!/usr/bin/env bash
# npm run bench [-- --only A,B --systems descent,native --reps 5 --no-page --smoke]:
# installs what is missing, builds the native runner, the WebAssembly module and the page,
# then measures every config × system in headless Chromium and natively (bench/run.mjs).
# Prints a table and writes bench/results.json. Takes about 9 minutes on 2 busy cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-native.sh
bash scripts/build-wasm.sh
npx vite build --logLevel warn
exec node bench/run.mjs "$@"
