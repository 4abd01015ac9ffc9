// The core's cold JSON paths in Node, each module in fresh processes, alternating:
//   node bench/first-parse.mjs DIR_A DIR_B [runs=8] [spec=examples/moons-batchnorm-cosine.json]
// DIR_x holds an nn.mjs + nn.wasm pair (e.g. /tmp/json-base and web/wasm). V8 compiles each
// WebAssembly function on its first call (lazy compilation, as in Chromium), so the first
// spec parse pays for compiling the reader. Two processes per module and run:
//   trainer first: the first `new Trainer` (parse, range table, data, set-up, first grid);
//   parse first:   the first normalizeSpec (parse + canonical JSON), then the first
//                  `new Trainer` (its parse now warm), then warm means of normalizeSpec (what a
//                  slider drag costs per event), saveModel and loadModel.
// docs/performance.md, "Size, fifth round", has the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, ...rest] = process.argv.slice(2);

async function one(dir, specPath, order) {
  const spec = readFileSync(specPath, 'utf8');
  const { default: createNNModule } = await import(new URL(`file://${resolve(dir, 'nn.mjs')}`).href);
  const core = await createNNModule({ wasmBinary: readFileSync(resolve(dir, 'nn.wasm')) });
  const time = (fn) => { const t0 = performance.now(); const r = fn(); return [performance.now() - t0, r]; };
  if (order === 'trainer') {
    const [firstTrainer, trainer] = time(() => new core.Trainer(spec));
    trainer.delete();
    return { firstTrainer };
  }
  const [firstNormalize, canonical] = time(() => core.normalizeSpec(spec));
  const [trainerAfterParse, trainer] = time(() => new core.Trainer(spec));
  const warm = (fn, n) => { fn(); const t0 = performance.now(); for (let i = 0; i < n; ++i) fn(); return (performance.now() - t0) / n; };
  const normalize = warm(() => core.normalizeSpec(spec), 300);
  trainer.trainEpochs(2);
  const model = trainer.saveModel(true);
  const save = warm(() => trainer.saveModel(true), 100);
  const load = warm(() => trainer.loadModel(model), 100);
  trainer.delete();
  return { firstNormalize, trainerAfterParse, normalize, save, load, canonicalBytes: canonical.length, modelBytes: model.length };
}

if (mode === '--one') {
  console.log(JSON.stringify(await one(rest[0], rest[1], rest[2])));
} else {
  const dirs = [mode, rest[0]];
  const runs = Number(rest[1] ?? 8);
  const spec = rest[2] ?? new URL('../examples/moons-batchnorm-cosine.json', import.meta.url).pathname;
  const results = dirs.map(() => []);
  for (let r = 0; r < runs; ++r) {
    dirs.forEach((dir, i) => {
      const run = {};
      for (const order of ['trainer', 'parse']) {
        const p = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--one', dir, spec, order], { encoding: 'utf8' });
        if (p.status !== 0) throw new Error(p.stderr);
        Object.assign(run, JSON.parse(p.stdout));
      }
      results[i].push(run);
    });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
  dirs.forEach((dir, i) => {
    const rs = results[i];
    console.log(`${dir}: ${runs} processes, ms median (min–max)`);
    for (const key of ['firstTrainer', 'firstNormalize', 'trainerAfterParse', 'normalize', 'save', 'load'])
      console.log(`  ${key.padEnd(17)} ${fmt(rs.map((x) => x[key]))}`);
    console.log(`  canonical spec ${rs[0].canonicalBytes} bytes, model file ${rs[0].modelBytes} bytes`);
  });
}
