// What every system trains on: the data set and the initial weights the core generated for a
// spec, copied out of the WASM heap once. So all systems see the same points, the same
// labels and the same starting point; only the engine differs.
import { networkOf } from '../configs.js';

/** Copies of the core's training data and initial parameters for `spec`. */
export function problemFor(core, spec) {
  const h = new core.Trainer(JSON.stringify(spec));
  try {
    const labels = Int32Array.from(h.trainTargets());
    const n = labels.length;
    const x = Float32Array.from(h.trainPoints());  // dims × N, column-major: sample j at j·dims
    const dims = x.length / n;
    const classes = h.numClasses();
    const net = networkOf(spec, dims, classes);
    // The flat parameter buffer: per dense layer W (out × in, column-major), then b (out).
    const params = Float32Array.from(h.params());
    const layers = [];
    let offset = 0, inputs = dims;
    for (const out of [...net.hidden, net.outputs]) {
      const W = params.slice(offset, offset + out * inputs);
      offset += out * inputs;
      const b = params.slice(offset, offset + out);
      offset += out;
      layers.push({ inputs, outputs: out, W, b });
      inputs = out;
    }
    if (offset !== params.length) throw new Error(`parameter layout: expected ${offset}, core has ${params.length}`);
    return { x, labels, n, dims, classes, net, layers };
  } finally {
    h.delete();
  }
}

/** The boundary grid's inputs, sample-major (x1, x2 per cell), row r from the top. */
export function gridInputs(n, domain = 6) {
  const out = new Float32Array(2 * n * n);
  const cell = (2 * domain) / n;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      out[2 * (r * n + c)] = -domain + (c + 0.5) * cell;
      out[2 * (r * n + c) + 1] = domain - (r + 0.5) * cell;
    }
  return out;
}
