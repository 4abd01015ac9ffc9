// plain-js: how TensorFlow Playground trains (src/nn.ts): one sample at a time, forward then
// backward neuron by neuron, gradients accumulated over the mini-batch and applied once per
// batch. Doubles (Float64Array) as in Playground, but flat arrays instead of Node/Link
// objects, which makes this baseline faster than Playground itself, not slower.
import { gridInputs } from './problem.js';

export class PlainMLP {
  constructor(problem) {
    const { net, layers } = problem;
    this.net = net;
    this.sizes = [net.inputs, ...net.hidden, net.outputs];
    this.L = layers.length;
    const f64 = (n) => new Float64Array(n);
    // W[l][i·in + j]: input j → neuron i (the core stores it column-major: W[i + j·out]).
    this.W0 = layers.map((l) => {
      const w = f64(l.inputs * l.outputs);
      for (let i = 0; i < l.outputs; i++)
        for (let j = 0; j < l.inputs; j++) w[i * l.inputs + j] = l.W[i + j * l.outputs];
      return w;
    });
    this.b0 = layers.map((l) => Float64Array.from(l.b));
    this.W = this.W0.map((w) => w.slice());
    this.b = this.b0.map((b) => b.slice());
    this.gW = this.W.map((w) => f64(w.length));
    this.gb = this.b.map((b) => f64(b.length));
    this.a = this.sizes.map(f64);  // activations per layer (a[0] = the input)
    this.d = this.sizes.map(f64);  // ∂L/∂z per layer
    const o = net.optimizer;
    this.adam = o.kind === 'adam';
    this.lr = o.learningRate;
    if (this.adam) {
      this.mW = this.W.map((w) => f64(w.length)); this.vW = this.W.map((w) => f64(w.length));
      this.mb = this.b.map((b) => f64(b.length)); this.vb = this.b.map((b) => f64(b.length));
      this.t = 0;
    }
    this.relu = net.activation === 'relu';
  }

  reinit() {
    this.W.forEach((w, l) => w.set(this.W0[l]));
    this.b.forEach((b, l) => b.set(this.b0[l]));
    if (this.adam) {
      for (const arr of [this.mW, this.vW, this.mb, this.vb]) arr.forEach((x) => x.fill(0));
      this.t = 0;
    }
  }

  /** Forward pass of one sample x[off … off+inputs); leaves the logits in this.a[L]. */
  forward(x, off) {
    const a0 = this.a[0];
    for (let j = 0; j < a0.length; j++) a0[j] = x[off + j];
    for (let l = 0; l < this.L; l++) {
      const W = this.W[l], b = this.b[l], ain = this.a[l], aout = this.a[l + 1];
      const nin = ain.length, nout = aout.length, hidden = l < this.L - 1;
      for (let i = 0; i < nout; i++) {
        let z = b[i];
        for (let j = 0; j < nin; j++) z += W[i * nin + j] * ain[j];
        aout[i] = !hidden ? z : this.relu ? (z > 0 ? z : 0) : Math.tanh(z);
      }
    }
  }

  /** One mini-batch: samples order[begin … begin+B). */
  trainBatch(x, labels, begin, B) {
    const L = this.L, inputs = this.sizes[0];
    for (let l = 0; l < L; l++) { this.gW[l].fill(0); this.gb[l].fill(0); }
    for (let s = begin; s < begin + B; s++) {
      this.forward(x, s * inputs);
      // Output: sigmoid + BCE or softmax + CE; both give ∂L/∂z = p − y.
      const z = this.a[L], dz = this.d[L], y = labels[s];
      if (z.length === 1) {
        dz[0] = 1 / (1 + Math.exp(-z[0])) - y;
      } else {
        let m = -Infinity, sum = 0;
        for (let i = 0; i < z.length; i++) m = Math.max(m, z[i]);
        for (let i = 0; i < z.length; i++) { dz[i] = Math.exp(z[i] - m); sum += dz[i]; }
        for (let i = 0; i < z.length; i++) dz[i] = dz[i] / sum - (i === y ? 1 : 0);
      }
      for (let l = L - 1; l >= 0; l--) {
        const W = this.W[l], gW = this.gW[l], gb = this.gb[l], ain = this.a[l], dout = this.d[l + 1], din = this.d[l];
        const nin = ain.length, nout = dout.length;
        if (l > 0) din.fill(0);
        for (let i = 0; i < nout; i++) {
          const di = dout[i];
          gb[i] += di;
          const row = i * nin;
          for (let j = 0; j < nin; j++) gW[row + j] += di * ain[j];
          if (l > 0) for (let j = 0; j < nin; j++) din[j] += W[row + j] * di;
        }
        if (l > 0) {
          for (let j = 0; j < nin; j++) {
            const a = ain[j];
            din[j] *= this.relu ? (a > 0 ? 1 : 0) : 1 - a * a;
          }
        }
      }
    }
    this.update(1 / B);
  }

  update(scale) {
    const lr = this.lr;
    if (!this.adam) {
      for (let l = 0; l < this.L; l++) {
        const W = this.W[l], gW = this.gW[l], b = this.b[l], gb = this.gb[l];
        for (let i = 0; i < W.length; i++) W[i] -= lr * gW[i] * scale;
        for (let i = 0; i < b.length; i++) b[i] -= lr * gb[i] * scale;
      }
      return;
    }
    const b1 = 0.9, b2 = 0.999, eps = 1e-8;
    this.t++;
    const c1 = 1 / (1 - b1 ** this.t), c2 = 1 / (1 - b2 ** this.t);
    const step = (w, g, m, v) => {
      for (let i = 0; i < w.length; i++) {
        const gi = g[i] * scale;
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr * (m[i] * c1)) / (Math.sqrt(v[i] * c2) + eps);
      }
    };
    for (let l = 0; l < this.L; l++) {
      step(this.W[l], this.gW[l], this.mW[l], this.vW[l]);
      step(this.b[l], this.gb[l], this.mb[l], this.vb[l]);
    }
  }
}

export const plainSystem = {
  name: 'plain-js',
  create(work, problem) {
    const mlp = new PlainMLP(problem);
    if (work.kind === 'grid') {
      const g = gridInputs(work.gridN), out = new Float32Array(work.gridN * work.gridN);
      return {
        run(k) {
          for (let r = 0; r < k; r++)
            for (let c = 0; c < out.length; c++) {
              mlp.forward(g, 2 * c);
              out[c] = 1 / (1 + Math.exp(-mlp.a[mlp.L][0]));
            }
        },
        dispose() { if (Number.isNaN(out[0])) throw new Error('grid gave NaN'); },
      };
    }
    const B = problem.net.batch, batches = Math.floor(problem.n / B);
    let next = 0;
    return {
      run(k) {
        for (let s = 0; s < k; s++) {
          mlp.trainBatch(problem.x, problem.labels, next * B, B);
          next = (next + 1) % batches;
        }
      },
      reinit() { mlp.reinit(); },
      dispose() { if (!mlp.W.every((w) => w.every(Number.isFinite))) throw new Error(`${work.id}: plain-js diverged`); },
    };
  },
};
