// Every JSON text the module emits, from two builds, compared byte for byte:
//   node bench/compare-json-output.mjs DIR_A DIR_B
// DIR_x holds an nn.mjs + nn.wasm pair (e.g. /tmp/json-base and web/wasm). Covers catalog(),
// regressionCatalog(), normalizeSpec of every spec in examples/ and tests/fuzz/corpus/spec/
// (and its error message where refused), each trainer's specJson/saveModel/runRecord/
// exportTorch after a few epochs, readRunRecord, the tabular pages' summaryJson and
// preparationJson (ames.csv, iris.csv), and the messages for broken specs and model files.
// Written for the JSON replacement (docs/performance.md, "Size, fifth round").
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

async function load(dir) {
  const { default: createNNModule } = await import(new URL(`file://${resolve(dir, 'nn.mjs')}`).href);
  return createNNModule({ wasmBinary: readFileSync(resolve(dir, 'nn.wasm')) });
}

// The code version a record or script carries names the commit the build was configured from.
const unversioned = (v) => (typeof v === 'string' ? v.replace(/descent \d+\.\d+\.\d+ \([^)]*\)/g, 'descent (version)') : v);
const attempt = (fn) => { try { return unversioned(fn()); } catch (e) { return `(threw) ${e.message}`; } };

function outputs(core) {
  const out = new Map();
  out.set('catalog', core.catalog());
  out.set('regressionCatalog', core.regressionCatalog());
  const specs = [];
  for (const dir of ['examples', 'tests/fuzz/corpus/spec'])
    for (const f of readdirSync(resolve(root, dir)).filter((f) => f.endsWith('.json') || dir.includes('corpus')))
      specs.push([`${dir}/${f}`, readFileSync(resolve(root, dir, f), 'utf8')]);
  for (const [name, text] of specs) out.set(`normalizeSpec ${name}`, attempt(() => core.normalizeSpec(text)));
  for (const [name, text] of specs) {
    if (/csvFile|"table"|"idx"|"image"|source.*mnist/i.test(text)) continue;  // needs a file the page supplies
    const t = attempt(() => new core.Trainer(text));
    if (typeof t === 'string') continue;
    attempt(() => t.trainEpochs(3));
    out.set(`specJson ${name}`, attempt(() => t.specJson()));
    const model = attempt(() => t.saveModel(true));
    out.set(`saveModel ${name}`, model);
    out.set(`runRecord ${name}`, attempt(() => t.runRecord()));
    out.set(`readRunRecord ${name}`, attempt(() => core.readRunRecord(t.runRecord())));
    out.set(`exportTorch ${name}`, attempt(() => t.exportTorch(5)));
    out.set(`loadModel cut ${name}`, attempt(() => t.loadModel(model.slice(0, 200))));
    out.set(`loadModel twice ${name}`, attempt(() => t.loadModel(`{"epoch": 1, ${model.slice(1)}`)));
    t.delete();
  }
  for (const [csv, spec] of [['ames.csv', 'examples/house-prices.json'], ['iris.csv', 'examples/iris-csv.json']]) {
    const text = readFileSync(resolve(root, 'examples/data', csv), 'utf8');
    const table = attempt(() => new core.Table(text));
    if (typeof table !== 'string') { out.set(`summaryJson ${csv}`, table.summaryJson()); table.delete(); }
    const specText = readFileSync(resolve(root, spec), 'utf8');
    const tt = attempt(() => new core.TabularTrainer(specText, text));
    if (typeof tt === 'string') { out.set(`TabularTrainer ${csv}`, tt); continue; }
    tt.trainEpochs(2);
    out.set(`preparationJson ${csv}`, tt.preparationJson());
    out.set(`tabular specJson ${csv}`, tt.specJson());
    out.set(`tabular exportTorch ${csv}`, attempt(() => tt.exportTorch(3)));
    tt.delete();
  }
  // Invalid UTF-8 in a column name: the tabular JSON writes U+FFFD.
  const bad = attempt(() => new core.Table('a\udc80b,y\n1,2\n3,4\n'));
  if (typeof bad !== 'string') { out.set('summaryJson lone surrogate', bad.summaryJson()); bad.delete(); }
  for (const text of ['{"seed": 1', '{"seed": 1, "seed": 2}', '{"optimizer": {"learningRate": 1e400}}', '[1,]', 'NaN'])
    out.set(`refused ${text}`, attempt(() => core.normalizeSpec(text)));
  return out;
}

const [a, b] = await Promise.all(process.argv.slice(2, 4).map(load));
const [oa, ob] = [outputs(a), outputs(b)];
// A syntax error's message after "is not valid JSON…: " is the parser's own wording, which
// changed on purpose with the parser (nlohmann's "[json.exception.parse_error.101] …" then);
// what comes before it must not.
const syntax = (v) => /^\(threw\) .* is not valid JSON[^:]*: /.exec(v ?? '')?.[0];
let same = 0, bytes = 0, reworded = 0;
const differ = [];
for (const [key, va] of oa) {
  const vb = ob.get(key);
  if (va === vb) { ++same; bytes += va.length; } else if (syntax(va) && syntax(va) === syntax(vb)) ++reworded;
  else differ.push([key, va, vb]);
}
console.log(`${same} of ${oa.size} outputs identical (${bytes} bytes), ${reworded} syntax errors reworded, ${differ.length} differ`);
for (const [key, va, vb] of differ) {
  let i = 0;
  while (i < Math.min(va?.length ?? 0, vb?.length ?? 0) && va[i] === vb[i]) ++i;
  console.log(`DIFFERS ${key} at ${i}:\n  A: ${va?.slice(Math.max(0, i - 40), i + 80)}\n  B: ${vb?.slice(Math.max(0, i - 40), i + 80)}`);
}
process.exitCode = differ.length ? 1 : 0;
