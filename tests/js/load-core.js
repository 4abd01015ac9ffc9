// Loads the real web build of the core in Node (no mock): the .wasm bytes are handed over
// directly because the web glue cannot fetch files in Node.
import { readFileSync } from 'node:fs';
import createNNModule from '../../web/wasm/nn.mjs';

let core;
export async function loadTestCore() {
  core ??= await createNNModule({
    wasmBinary: readFileSync(new URL('../../web/wasm/nn.wasm', import.meta.url)),
  });
  return core;
}
