// tfjs-cpu and tfjs-wasm: TensorFlow.js 4.22, a hand-written MLP (matMul + add + activation
// per layer) trained with optimizer.minimize on batch tensors sliced once before timing.
import { gridInputs } from './problem.js';

export function tfjsSystem(tf, backend) {
  return {
    name: `tfjs-${backend}`,
    async prepare() {
      if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to start`);
      await tf.ready();
    },
    create(work, problem) {
      const { net, layers } = problem;
      const act = net.activation === 'relu' ? tf.relu : net.activation === 'tanh' ? tf.tanh : null;
      if (!act) throw new Error(`tfjs: no activation ${net.activation}`);
      const init = layers.map((l) => ({
        W: tf.tensor2d(l.W, [l.inputs, l.outputs]),  // core's out×in column-major = in×out row-major
        b: tf.tensor1d(l.b),
      }));
      const vars = init.map((l) => ({ W: tf.variable(l.W), b: tf.variable(l.b) }));  // copies on first update
      const varList = vars.flatMap((v) => [v.W, v.b]);
      const forward = (x) => {
        let h = x;
        vars.forEach((v, i) => {
          h = tf.add(tf.matMul(h, v.W), v.b);
          if (i < vars.length - 1) h = act(h);
        });
        return h;
      };
      const tensors = [...init.flatMap((l) => [l.W, l.b])];
      const dispose = () => {
        tf.dispose(tensors);
        tf.dispose(varList);
      };

      if (work.kind === 'grid') {
        const g = tf.tensor2d(gridInputs(work.gridN), [work.gridN * work.gridN, 2]);
        tensors.push(g);
        let sink = 0;
        return {
          run(k) {
            for (let i = 0; i < k; i++) {
              const out = tf.tidy(() => tf.sigmoid(forward(g)));
              sink += out.dataSync()[0];  // into a typed array
              out.dispose();
            }
          },
          dispose() { dispose(); if (Number.isNaN(sink)) throw new Error('grid gave NaN'); },
        };
      }

      const B = net.batch, batches = Math.floor(problem.n / B);
      const xs = [], ys = [];
      for (let i = 0; i < batches; i++) {
        xs.push(tf.tensor2d(problem.x.subarray(i * B * problem.dims, (i + 1) * B * problem.dims), [B, problem.dims]));
        const y = new Float32Array(B * net.outputs);
        for (let j = 0; j < B; j++) {
          const label = problem.labels[i * B + j];
          if (net.outputs === 1) y[j] = label;
          else y[j * net.outputs + label] = 1;
        }
        ys.push(tf.tensor2d(y, [B, net.outputs]));
      }
      tensors.push(...xs, ...ys);
      const loss = net.link === 'sigmoid'
        ? (logits, y) => tf.losses.sigmoidCrossEntropy(y, logits)
        : (logits, y) => tf.losses.softmaxCrossEntropy(y, logits);
      const o = net.optimizer;
      const makeOptimizer = () => (o.kind === 'adam' ? tf.train.adam(o.learningRate) : tf.train.sgd(o.learningRate));
      let optimizer = makeOptimizer();
      let next = 0;
      return {
        run(k) {
          for (let s = 0; s < k; s++) {
            const i = next;
            next = (next + 1) % batches;
            optimizer.minimize(() => loss(forward(xs[i]), ys[i]), false, varList);
          }
          vars[0].b.dataSync();  // the CPU and WASM backends run synchronously; this makes sure
        },
        reinit() {
          vars.forEach((v, i) => { v.W.assign(init[i].W); v.b.assign(init[i].b); });
          optimizer.dispose();
          optimizer = makeOptimizer();
        },
        dispose() { optimizer.dispose(); dispose(); },
      };
    },
  };
}
