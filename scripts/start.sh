#!/usr/bin/env bash
# npm start: install what is missing, build the WebAssembly module and the page, serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-wasm.sh
npx vite build --logLevel warn
port=${PORT:-5173}
echo "Descent is at http://127.0.0.1:$port/  (Ctrl+C stops it)"
exec npx vite preview --port "$port" --strictPort --host "${HOST:-127.0.0.1}"
